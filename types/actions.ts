/**
 * The action map: cloud function → action → payload schema and result type. The client's
 * `callCloud` and the functions' dispatchers are both typed from here, so a renamed field breaks the
 * build instead of a user's request.
 */
import * as z from 'zod/mini';
import type { CategoryOption } from './category';
import type { OrgOption } from './org';
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  MAX_PHOTOS,
  type Page,
  type TicketDetail,
  type TicketSummary,
  Urgency,
} from './ticket';
import type { Me } from './user';

const id = (what: string) =>
  z.string(`请选择${what}`).check(z.minLength(1, `请选择${what}`), z.maxLength(64, `${what}无效`));
const cursor = z.optional(z.string().check(z.maxLength(80, '分页参数无效')));
/** File IDs as `cloud://…` in WeChat and `local://…` in the emulator. */
export const FileId = z.string('照片无效').check(z.regex(/^(cloud|local):\/\/[\w./-]{1,300}$/, '照片无效'));
export const Phone = z.string().check(z.regex(/^1\d{10}$/, '请填写 11 位手机号码'));

export const OrgChildrenPayload = z.object({
  /** omitted: the communities of the street office */
  parentId: z.optional(id('上级')),
});
export const BindAddressPayload = z.object({
  buildingId: id('楼栋'),
  room: z.optional(z.string().check(z.trim(), z.maxLength(20, '门牌号不能超过 20 个字'))),
});

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

const Empty = z.object({});

export const ACTION_SCHEMAS = {
  org: {
    me: Empty,
    children: OrgChildrenPayload,
    bindAddress: BindAddressPayload,
  },
  tickets: {
    categories: Empty,
    file: FileTicketPayload,
    mine: MineTicketsPayload,
    detail: TicketIdPayload,
    queue: QueuePayload,
  },
} as const;

export interface ActionResults {
  org: {
    me: Me;
    children: OrgOption[];
    bindAddress: Me;
  };
  tickets: {
    categories: CategoryOption[];
    file: { id: string; no: string };
    mine: Page<TicketSummary>;
    detail: TicketDetail;
    queue: Page<TicketSummary> & { counts: Record<(typeof QUEUE_TABS)[number], number> };
  };
}

export type FnName = keyof typeof ACTION_SCHEMAS;
export type ActionName<F extends FnName> = keyof (typeof ACTION_SCHEMAS)[F] & string;
type SchemaOf<F extends FnName, A extends ActionName<F>> = (typeof ACTION_SCHEMAS)[F][A];
/** What a caller sends (defaults may be omitted). */
export type PayloadIn<F extends FnName, A extends ActionName<F>> = z.input<SchemaOf<F, A> & z.ZodMiniType>;
/** What a handler receives after parsing. */
export type Payload<F extends FnName, A extends ActionName<F>> = z.output<SchemaOf<F, A> & z.ZodMiniType>;
export type ResultOf<F extends FnName, A extends ActionName<F>> = A extends keyof ActionResults[F]
  ? ActionResults[F][A]
  : never;

/** The event a cloud function receives. */
export interface CloudEvent {
  action: string;
  payload?: unknown;
}

export const PAGE_SIZE = 20;
