/**
 * Tickets (诉求/工单): what residents file and handlers move through the three grid levels.
 * Statuses are data with groups and Chinese labels; the transition table lives in ticket-flow.ts.
 */
import * as z from 'zod/mini';
import { Level } from './org';

export const TICKET_STATUSES = ['pending', 'processing', 'verifying', 'resolved', 'closed', 'rejected'] as const;
export const TicketStatus = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof TicketStatus>;

export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  pending: '待签收',
  processing: '处理中',
  verifying: '待核查',
  resolved: '已办结',
  closed: '已结案',
  rejected: '不予受理',
};

/** Status groups, used by list tabs and by counters. */
export const OPEN_STATUSES = ['pending', 'processing', 'verifying'] as const satisfies readonly TicketStatus[];
export const DONE_STATUSES = ['resolved', 'closed'] as const satisfies readonly TicketStatus[];
export const isOpen = (s: TicketStatus): boolean => (OPEN_STATUSES as readonly TicketStatus[]).includes(s);
export const isDone = (s: TicketStatus): boolean => (DONE_STATUSES as readonly TicketStatus[]).includes(s);

export const URGENCIES = ['normal', 'urgent'] as const;
export const Urgency = z.enum(URGENCIES);
export type Urgency = z.infer<typeof Urgency>;
export const URGENCY_LABELS: Record<Urgency, string> = { normal: '一般', urgent: '紧急' };

export const TICKET_SOURCES = ['resident', 'patrol', 'visit', 'phone'] as const;
export const TicketSource = z.enum(TICKET_SOURCES);
export type TicketSource = z.infer<typeof TicketSource>;
export const TICKET_SOURCE_LABELS: Record<TicketSource, string> = {
  resident: '居民上报',
  patrol: '日常巡查',
  visit: '入户走访',
  phone: '电话反映',
};

export const MAX_PHOTOS = 9;
export const DESCRIPTION_MIN = 5;
export const DESCRIPTION_MAX = 500;

export const Ticket = z.object({
  _id: z.string(),
  /** human-readable and unique: 20261121-04217 */
  no: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  description: z.string(),
  photos: z.array(z.string()),
  urgency: Urgency,
  source: TicketSource,
  anonymous: z.boolean(),
  reporterId: z.string(),
  /** personal information: only current handlers and supervisors ever see it */
  reporterPhone: z.optional(z.string()),
  streetId: z.string(),
  communityId: z.string(),
  /** null when no grid was found: the ticket sits in the community's triage queue */
  gridId: z.nullable(z.string()),
  buildingId: z.optional(z.string()),
  addressText: z.string(),
  /** [street, community, grid?]: scope checks match a grant's orgId against it */
  orgPath: z.array(z.string()),
  status: TicketStatus,
  level: Level,
  /** the org node whose queue holds the ticket now */
  handlerOrgId: z.string(),
  /** when it must be accepted (签收) */
  responseDueAt: z.number(),
  /** when the current level must resolve it */
  dueAt: z.number(),
  overdue: z.boolean(),
  reopenCount: z.number(),
  /** bumped on every transition; a stale write is refused */
  version: z.number(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Ticket = z.infer<typeof Ticket>;

export const TICKET_ACTIONS = [
  'file',
  'accept',
  'reject',
  'progress',
  'escalate',
  'dispatch',
  'resolve',
  'verify',
  'rate',
  'reopen',
  'urge',
  'join',
  'markOverdue',
  'autoClose',
] as const;
export const TicketAction = z.enum(TICKET_ACTIONS);
export type TicketAction = z.infer<typeof TicketAction>;
export const TICKET_ACTION_LABELS: Record<TicketAction, string> = {
  file: '提交诉求',
  accept: '签收',
  reject: '不予受理',
  progress: '处置进展',
  escalate: '上报上级',
  dispatch: '派遣部门',
  resolve: '办结',
  verify: '核查',
  rate: '评价',
  reopen: '重新办理',
  urge: '催办',
  join: '附议',
  markOverdue: '超期',
  autoClose: '自动结案',
};

/** One append-only line of a ticket's history. */
export const TicketEvent = z.object({
  _id: z.string(),
  ticketId: z.string(),
  /** 1, 2, 3 … per ticket, so the timeline has a total order */
  seq: z.number(),
  action: TicketAction,
  actorId: z.string(),
  actorRole: z.string(),
  from: z.nullable(TicketStatus),
  to: TicketStatus,
  level: Level,
  orgId: z.string(),
  note: z.optional(z.string()),
  photos: z.array(z.string()),
  at: z.number(),
});
export type TicketEvent = z.infer<typeof TicketEvent>;

/** A ticket as a list row. */
export interface TicketSummary {
  id: string;
  no: string;
  categoryName: string;
  description: string;
  status: TicketStatus;
  urgency: Urgency;
  level: Level;
  addressText: string;
  createdAt: number;
  dueAt: number;
  overdue: boolean;
  /** first photo, as a URL the client can show */
  thumb?: string;
}

export interface TimelineEntry {
  seq: number;
  action: TicketAction;
  actionLabel: string;
  /** "网格员" — handlers appear by role, never by name, to residents */
  actorLabel: string;
  to: TicketStatus;
  level: Level;
  note?: string;
  photos: string[];
  at: number;
}

export interface TicketDetail extends TicketSummary {
  photos: string[];
  source: TicketSource;
  anonymous: boolean;
  handlerOrgName: string;
  /** shown only to current handlers and supervisors; masked or absent otherwise */
  reporter?: { name: string; phone?: string };
  timeline: TimelineEntry[];
}

/** A page of a list; `hasMore` drives "加载更多". */
export interface Page<T> {
  items: T[];
  hasMore: boolean;
  /** opaque cursor for the next page */
  next?: string;
}
