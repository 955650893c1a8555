/**
 * Tickets (诉求/工单): what residents file and handlers move through the three grid levels.
 * Statuses are data with groups and Chinese labels; the transition table lives in
 * ticket-transitions.ts, routing and deadlines in ticket-flow.ts.
 */
import * as z from 'zod/mini';
import { GeoPoint, Level } from './org';

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

/** 满意 / 基本满意 / 不满意: the reporter's rating when confirming (不满意 reopens the ticket). */
export const RATING_SCORES = ['satisfied', 'basic', 'unsatisfied'] as const;
export const RatingScore = z.enum(RATING_SCORES);
export type RatingScore = z.infer<typeof RatingScore>;
export const RATING_LABELS: Record<RatingScore, string> = {
  satisfied: '满意',
  basic: '基本满意',
  unsatisfied: '不满意',
};
export const Rating = z.object({ score: RatingScore, comment: z.optional(z.string()), at: z.number() });
export type Rating = z.infer<typeof Rating>;

/** Departments the street may dispatch to (街乡吹哨、部门报到). */
export const DEPARTMENTS = [
  '城管执法中队',
  '区环卫所',
  '区住建局',
  '区住建局物业科',
  '市政管理处',
  '市政管理处路灯所',
  '供电公司',
  '自来水公司',
  '燃气公司',
  '消防救援站',
  '派出所',
  '司法所',
  '市场监管局特种设备科',
  '街道社保所',
  '街道民政所',
  '区残联',
] as const;
export const Department = z.enum(DEPARTMENTS, '请选择派遣部门');
export type Department = z.infer<typeof Department>;

/** WeChat's asynchronous image check of one photo (security.mediaCheckAsync → wxa_media_check push). */
export const PHOTO_REVIEW_STATES = ['pending', 'pass', 'risky'] as const;
export const PhotoReview = z.object({
  fileId: z.string(),
  traceId: z.string(),
  state: z.enum(PHOTO_REVIEW_STATES),
});
export type PhotoReview = z.infer<typeof PhotoReview>;

/**
 * media_checks/<traceId>: what a pending image check is about: a ticket's photo, a user's avatar or a
 * notice's image (WeChat pushes every verdict to one function, which routes it by this record; a
 * record without a kind is a ticket's, as all were before avatars and notices were judged).
 */
export type MediaCheckRecord = {
  _id: string;
  fileId: string;
  state: (typeof PHOTO_REVIEW_STATES)[number];
  createdAt: number;
} & (
  | { kind?: 'ticket'; ticketId: string }
  | { kind: 'avatar'; userId: string }
  | { kind: 'notice'; noticeId: string }
  // a visit step's photo (types/visits.ts StepRecord.photoReviews)
  | { kind: 'visit'; visitId: string }
  // a 微心愿's completion photo (types/party-service.ts Wish.completion.photoReviews)
  | { kind: 'wish'; wishId: string }
);

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
  /** null when no grid was found: the ticket sits in its community's triage queue until routed (分派网格) */
  gridId: z.nullable(z.string()),
  buildingId: z.optional(z.string()),
  addressText: z.string(),
  /** where the problem is: the point given, or the building's centre (duplicate hint within ~100 m) */
  point: z.optional(GeoPoint),
  /** copied from the category at filing: a ticket keeps the rules it was filed under if the category changes */
  requiresVerification: z.boolean(),
  requiresAfterPhotos: z.boolean(),
  /** grid worker who filed on someone's behalf (source patrol / visit / phone); reporterId is then the worker */
  filedBy: z.optional(z.string()),
  /** the resident named on a visit or phone call (personal information, like reporterPhone) */
  reporterName: z.optional(z.string()),
  /** source visit: the 五步工作法 visit and the index of its concern this ticket was filed for */
  visitId: z.optional(z.string()),
  visitConcern: z.optional(z.number()),
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
  /** when the sweeper marked it overdue at the current level (cleared when a new limit starts) */
  overdueAt: z.optional(z.number()),
  reopenCount: z.number(),
  /** the street's dispatch (吹哨): which department was called */
  department: z.optional(z.string()),
  /** last 办结 (resolve) and the level that resolved it (小事不出网格、大事不出社区) */
  resolvedAt: z.optional(z.number()),
  resolvedLevel: z.optional(Level),
  /** 结案: rated or auto-closed */
  closedAt: z.optional(z.number()),
  rating: z.optional(Rating),
  /** 催办: the reporter may urge once a (China-time) day after the limit */
  urgeCount: z.number(),
  lastUrgedAt: z.optional(z.number()),
  lastReporterUrgeAt: z.optional(z.number()),
  /** 附议: residents who joined instead of filing a duplicate */
  supporters: z.array(z.string()),
  joinCount: z.number(),
  /** image checks of every photo on the ticket and its events; a risky one is hidden */
  photoReviews: z.optional(z.array(PhotoReview)),
  hiddenPhotos: z.optional(z.array(z.string())),
  /** 「我经手的」: the staff who handled it or filed it on someone's behalf (ticket-handlers.ts) */
  handlers: z.optional(z.array(z.string())),
  /** bumped on every transition (== number of events); a stale write is refused with COMMON.CONFLICT */
  version: z.number(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Ticket = z.infer<typeof Ticket>;

/** Actions a person (not the sweeper) takes on an existing ticket. */
export const USER_TICKET_ACTIONS = [
  'accept',
  'reject',
  'progress',
  'escalate',
  'route',
  'dispatch',
  'resolve',
  'verify',
  'rate',
  'reopen',
  'urge',
  'join',
  'sendBack',
] as const;
export type UserTicketAction = (typeof USER_TICKET_ACTIONS)[number];
export const SYSTEM_TICKET_ACTIONS = ['markOverdue', 'autoEscalate', 'autoClose'] as const;
export type SystemTicketAction = (typeof SYSTEM_TICKET_ACTIONS)[number];
export const TICKET_ACTIONS = ['file', ...USER_TICKET_ACTIONS, ...SYSTEM_TICKET_ACTIONS] as const;
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
  sendBack: '退回重办',
  route: '分派网格',
  markOverdue: '超期',
  autoEscalate: '超期自动上报',
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
  /** what the event changed beyond status/level/orgId, so `replay(events)` rebuilds the workflow fields */
  gridId: z.optional(z.nullable(z.string())),
  /** file and route: the ticket's (new) path, which scope checks read */
  orgPath: z.optional(z.array(z.string())),
  dueAt: z.optional(z.number()),
  responseDueAt: z.optional(z.number()),
  department: z.optional(z.string()),
  rating: z.optional(Rating),
  /** verify: passed or sent back */
  passed: z.optional(z.boolean()),
  /** reopen / 不满意: true when this was the second reopen and the ticket went up a level */
  escalated: z.optional(z.boolean()),
  /** urge: by the reporter (limited to once a day), not a supervisor's 督办 */
  byReporter: z.optional(z.boolean()),
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
  reopenCount: number;
  urgeCount: number;
  joinCount: number;
  department?: string;
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
  department?: string;
  rating?: { score: RatingScore; label: string; comment?: string };
  passed?: boolean;
}

export interface TicketDetail extends TicketSummary {
  /** send it back with every action: a stale version is refused with COMMON.CONFLICT */
  version: number;
  photos: string[];
  source: TicketSource;
  anonymous: boolean;
  handlerOrgId: string;
  handlerOrgName: string;
  communityId: string;
  gridId: string | null;
  responseDueAt: number;
  point?: { lat: number; lng: number };
  requiresVerification: boolean;
  requiresAfterPhotos: boolean;
  resolvedAt?: number;
  resolvedLevel?: Level;
  closedAt?: number;
  rating?: { score: RatingScore; label: string; comment?: string; at: number };
  /** the viewer has joined (附议) */
  joined: boolean;
  /** the viewer filed it */
  mine: boolean;
  /** what the viewer may do now, from the transition table (the client derives its buttons from it) */
  allowedActions: UserTicketAction[];
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
