/**
 * `tickets` actions: categories, filing (by a resident, or by a grid worker on someone's behalf), my
 * tickets, detail, the duplicate hint, every workflow transition, the handlers' queues and the
 * supervisor's overdue board. Conditional requirements are discriminated unions (verify: a failed
 * check needs a note; rate: 不满意 needs a comment), so the form and the handler share one rule.
 */
import * as z from 'zod/mini';
import type { CategoryOption } from '../category';
import { GeoPoint, type Level, LEVELS } from '../org';
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  Department,
  MAX_PHOTOS,
  type Page,
  type TicketDetail,
  type TicketStatus,
  type TicketSummary,
  TicketSource,
  Urgency,
} from '../ticket';
import type { AccessTable } from '../permissions';
import { STAFF_ROLES } from '../roles';
import { RequestId } from '../requests';
import { cursor, Empty, FileIds, id, lineText, payloadObject, personName, Phone, visibleText } from './common';

/** free text must show something: zero-width, bidi and control characters go (api/common.ts) */
const text = visibleText;
const photos = FileIds(MAX_PHOTOS);
/** the ticket's version the user saw: a stale one is refused with COMMON.CONFLICT */
const version = z.int('请刷新后重试').check(z.positive('请刷新后重试'));
const ticketId = id('诉求');
/** a point on the earth, as the map picks it (org.ts GeoPoint: binding by map takes the same) */
export const Point = GeoPoint;

export const FileTicketPayload = payloadObject({
  categoryId: id('诉求类别'),
  description: text('问题描述', DESCRIPTION_MIN, DESCRIPTION_MAX),
  photos,
  urgency: z._default(z.enum(Urgency.options, '请选择紧急程度'), 'normal'),
  anonymous: z._default(z.boolean('匿名设置无效'), false),
  phone: z.optional(Phone),
  /**
   * where: another building; or a point (with the place in words); or only the place in words (东门路灯:
   * the reporter's own grid handles it, the ticket keeps the words); none: the reporter's home building
   */
  buildingId: z.optional(id('楼栋')),
  point: z.optional(Point),
  addressText: z.optional(text('问题位置', 2, 60)),
  /** omitted or resident: filed by the reporter; patrol / visit / phone: a grid worker on someone's behalf */
  source: z.optional(z.enum(TicketSource.options, '来源无效')),
  /** on behalf: the resident met or who called (personal information) */
  residentName: z.optional(personName('居民姓名', 20)),
  /** one per filing the user means (a retry sends the same): the first answer comes back */
  requestId: RequestId,
}).check(
  z.refine((p) => !p.point || !!p.buildingId || !!p.addressText, {
    error: '请填写问题位置',
    path: ['addressText'],
  }),
);

export const MINE_TABS = ['all', 'open', 'done', 'rejected'] as const;
export const MineTicketsPayload = payloadObject({
  tab: z._default(z.enum(MINE_TABS, '列表分类无效'), 'all'),
  cursor,
});
export const TicketIdPayload = payloadObject({ id: ticketId });

/** 附议 hint before filing: open tickets of the category in the same building or within ~100 m, last 7 days. */
export const SimilarPayload = payloadObject({
  categoryId: id('诉求类别'),
  /** omitted with no point: the caller's home building */
  buildingId: z.optional(id('楼栋')),
  point: z.optional(Point),
});

// ---- transitions (one payload per action; every one names the ticket, the versioned ones the version seen)
export const AcceptPayload = payloadObject({ id: ticketId, version, note: z.optional(text('签收说明', 1, 200)) });
export const RejectPayload = payloadObject({ id: ticketId, version, reason: text('不予受理的理由', 2, 200) });
/** progress, urge and join commute (ticket-transitions.ts): they take no version, a sent one is dropped */
export const ProgressPayload = payloadObject({ id: ticketId, note: text('处置进展', 2, 500), photos });
export const EscalatePayload = payloadObject({ id: ticketId, version, reason: text('上报理由', 2, 200) });
/** community triage → one of the community's grids */
export const RoutePayload = payloadObject({ id: ticketId, version, gridId: id('网格') });
export const DispatchPayload = payloadObject({
  id: ticketId,
  version,
  department: Department,
  note: z.optional(text('派遣说明', 1, 200)),
});
/** after-photos are required when the category demands them (TICKET.AFTER_PHOTOS_REQUIRED) */
export const ResolvePayload = payloadObject({ id: ticketId, version, note: text('办结说明', 2, 500), photos });
export const VerifyPayload = z.discriminatedUnion(
  'passed',
  [
    z.object({ id: ticketId, version, passed: z.literal(true), note: z.optional(text('核查意见', 1, 200)), photos }),
    z.object({ id: ticketId, version, passed: z.literal(false), note: text('核查不通过的原因', 2, 200), photos }),
  ],
  '请选择核查结果',
);
export const RatePayload = z.discriminatedUnion(
  'score',
  [
    z.object({
      id: ticketId,
      version,
      score: z.enum(['satisfied', 'basic'], '请选择评价'),
      comment: z.optional(text('评价内容', 1, 200)),
    }),
    z.object({ id: ticketId, version, score: z.literal('unsatisfied'), comment: text('不满意的原因', 2, 200) }),
  ],
  '请选择评价',
);
export const ReopenPayload = payloadObject({ id: ticketId, version, reason: text('重新办理的理由', 2, 200) });
/** 催办 / 督办 says what is wrong, so the handlers read more than a count (a cooldown holds each, limits.ts) */
export const UrgePayload = payloadObject({ id: ticketId, note: lineText('催办说明', 2, 100) });
export const JoinPayload = payloadObject({ id: ticketId, note: z.optional(text('附议说明', 1, 100)) });
/** 退回重办: a supervisor overrules a 不予受理; the handlers read why */
export const SendBackPayload = payloadObject({ id: ticketId, version, reason: text('退回重办的理由', 2, 200) });

/** Handler queues: 待签收 / 处理中 / 即将超期 / 已超期 / 已办结. */
export const QUEUE_TABS = ['pending', 'processing', 'dueSoon', 'overdue', 'done'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];
export const QUEUE_TAB_LABELS: Record<QueueTab, string> = {
  pending: '待签收',
  processing: '处理中',
  dueSoon: '即将超期',
  overdue: '已超期',
  done: '已办结',
};
export const HANDLER_ROLES = ['gridWorker', 'communityStaff', 'streetStaff'] as const;
export type HandlerRole = (typeof HANDLER_ROLES)[number];
/** 搜索 is at most this long, and splits into at most QUERY_WORDS words (the rest is ignored). */
export const QUERY_MAX = 40;
export const QUERY_WORDS = 4;
export const QueuePayload = payloadObject({
  tab: z._default(z.enum(QUEUE_TABS, '列表分类无效'), 'pending'),
  /** whose queue (a user may hold several roles); omitted: the first handler role the caller holds */
  role: z.optional(z.enum(HANDLER_ROLES, '角色无效')),
  /** one of the caller's nodes for that role; omitted: all of them */
  orgId: z.optional(id('网格')),
  /** @deprecated the foundation's name for orgId (grid workers) */
  gridId: z.optional(id('网格')),
  /** 搜索: a ticket number (or its tail), or words that must all appear in the category or description */
  q: z.optional(lineText('搜索内容', 1, QUERY_MAX)),
  /** 筛选: one category, one building, one source (居民上报 / 代办 ways / 走访) */
  categoryId: z.optional(id('诉求类别')),
  buildingId: z.optional(id('楼栋')),
  source: z.optional(z.enum(TicketSource.options, '来源无效')),
  cursor,
});

/** 我经手的: the tickets the caller handled or filed on someone's behalf (ticket-handlers.ts), newest change first. */
export const HandledPayload = payloadObject({ cursor });

export const BOARD_VIEWS = ['overdue', 'verifying', 'rejected'] as const;
/**
 * Supervisor's board: `overdue` (督办) — open tickets past their limit across the supervisor's scope,
 * most overdue first; `verifying` (待核查) — resolutions waiting for the supervisor's check, oldest first;
 * `rejected` (不予受理, PRODUCT.md: supervisors see every rejection) — tickets refused and not sent back
 * (退回重办), newest refusal first, each with its reason.
 */
export const BoardPayload = payloadObject({
  view: z._default(z.enum(BOARD_VIEWS, '列表分类无效'), 'overdue'),
  /** a community inside the caller's scope; omitted: the whole scope */
  orgId: z.optional(id('社区')),
  level: z.optional(z.enum(LEVELS, '层级无效')),
  cursor,
});

export const TICKETS_ACTIONS = {
  categories: Empty,
  file: FileTicketPayload,
  mine: MineTicketsPayload,
  detail: TicketIdPayload,
  similar: SimilarPayload,
  queue: QueuePayload,
  handled: HandledPayload,
  board: BoardPayload,
  accept: AcceptPayload,
  reject: RejectPayload,
  progress: ProgressPayload,
  escalate: EscalatePayload,
  route: RoutePayload,
  dispatch: DispatchPayload,
  resolve: ResolvePayload,
  verify: VerifyPayload,
  rate: RatePayload,
  reopen: ReopenPayload,
  urge: UrgePayload,
  join: JoinPayload,
  sendBack: SendBackPayload,
} as const;

const transition = { who: 'transition' } as const;
/** Transitions take their actors from the transition table (ticket-transitions.ts), on the ticket read once. */
export const TICKETS_ACCESS = {
  categories: { who: 'public' },
  // on someone's behalf: grid workers only (TICKET.SOURCE_FORBIDDEN, a filing rule)
  file: { who: 'signedIn', once: true, limits: ['file.hour', 'file.day'] },
  mine: { who: 'identified' },
  detail: { who: 'ticketViewer' },
  similar: { who: 'signedIn' },
  queue: { who: 'roles', roles: HANDLER_ROLES, pick: 'role', scope: { rule: 'holds', field: ['orgId', 'gridId'] } },
  // only ever the caller's own: a staff role anywhere lets them list what they themselves handled
  handled: { who: 'roles', roles: STAFF_ROLES },
  board: {
    who: 'roles',
    roles: ['supervisor'],
    scope: { rule: 'covers', target: { kind: 'org', field: 'orgId', absent: 'none' } },
  },
  accept: transition,
  reject: transition,
  progress: transition,
  escalate: transition,
  route: transition,
  dispatch: transition,
  resolve: transition,
  verify: transition,
  rate: transition,
  reopen: transition,
  urge: { ...transition, limits: ['urge.supervisor'] },
  join: transition,
  sendBack: transition,
} as const satisfies AccessTable<typeof TICKETS_ACTIONS>;

/** What every transition returns; the client refetches the detail for the timeline. */
export interface TransitionResult {
  id: string;
  status: TicketStatus;
  level: Level;
  version: number;
  dueAt: number;
}

export interface SimilarTicket {
  id: string;
  no: string;
  categoryName: string;
  /** the first 40 characters; absent for an anonymous ticket shown to a neighbour */
  description?: string;
  addressText: string;
  status: TicketStatus;
  createdAt: number;
  joinCount: number;
  sameBuilding: boolean;
  /** metres from the given point, when both have one */
  distanceM?: number;
  /** the caller filed it or has joined it already */
  mine: boolean;
  joined: boolean;
}

export interface BoardRow extends TicketSummary {
  handlerOrgName: string;
  /** hours past the limit at the time of the call */
  overdueHours: number;
  /** the `rejected` view: why and when it was refused (the 不予受理 event's note) */
  rejection?: { reason: string; at: number };
}

export interface TicketsResults {
  categories: CategoryOption[];
  file: { id: string; no: string; level: Level; handlerOrgId: string };
  mine: Page<TicketSummary>;
  detail: TicketDetail;
  similar: SimilarTicket[];
  queue: Page<TicketSummary> & { counts: Record<QueueTab, number>; role: HandlerRole; orgIds: string[] };
  handled: Page<TicketSummary>;
  board: Page<BoardRow> & { counts: Record<'total' | Level, number> };
  accept: TransitionResult;
  reject: TransitionResult;
  progress: TransitionResult;
  escalate: TransitionResult;
  route: TransitionResult;
  dispatch: TransitionResult;
  resolve: TransitionResult;
  verify: TransitionResult;
  rate: TransitionResult;
  reopen: TransitionResult;
  urge: TransitionResult;
  join: TransitionResult;
  sendBack: TransitionResult;
}
