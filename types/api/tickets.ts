/** `tickets` actions: categories, filing, my tickets, detail, the handler's queue. */
import * as z from 'zod/mini';
import type { CategoryOption } from '../category';
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  MAX_PHOTOS,
  type Page,
  type TicketDetail,
  type TicketSummary,
  Urgency,
} from '../ticket';
import { cursor, Empty, FileId, id, Phone } from './common';

export const FileTicketPayload = z.object({
  categoryId: id('诉求类别'),
  description: z
    .string('请填写问题描述')
    .check(
      z.trim(),
      z.minLength(DESCRIPTION_MIN, `问题描述至少 ${DESCRIPTION_MIN} 个字`),
      z.maxLength(DESCRIPTION_MAX, `问题描述不能超过 ${DESCRIPTION_MAX} 个字`),
    ),
  photos: z._default(z.array(FileId).check(z.maxLength(MAX_PHOTOS, `最多上传 ${MAX_PHOTOS} 张照片`)), []),
  urgency: z._default(z.enum(Urgency.options, '请选择紧急程度'), 'normal'),
  anonymous: z._default(z.boolean(), false),
  phone: z.optional(Phone),
  /** omitted: the reporter's home building */
  buildingId: z.optional(id('楼栋')),
});

export const MINE_TABS = ['all', 'open', 'done', 'rejected'] as const;
export const MineTicketsPayload = z.object({
  tab: z._default(z.enum(MINE_TABS, '列表分类无效'), 'all'),
  cursor,
});
export const TicketIdPayload = z.object({ id: id('诉求') });

export const QUEUE_TABS = ['pending', 'processing', 'done'] as const;
export const QueuePayload = z.object({
  tab: z._default(z.enum(QUEUE_TABS, '列表分类无效'), 'pending'),
  /** one of the caller's grids; omitted: all of them */
  gridId: z.optional(id('网格')),
  cursor,
});

export const TICKETS_ACTIONS = {
  categories: Empty,
  file: FileTicketPayload,
  mine: MineTicketsPayload,
  detail: TicketIdPayload,
  queue: QueuePayload,
} as const;

export interface TicketsResults {
  categories: CategoryOption[];
  file: { id: string; no: string };
  mine: Page<TicketSummary>;
  detail: TicketDetail;
  queue: Page<TicketSummary> & { counts: Record<(typeof QUEUE_TABS)[number], number> };
}
