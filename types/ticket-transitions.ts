/**
 * The ticket lifecycle as data: for every action, the statuses and levels it applies in, who may take
 * it, and where it leads. Handlers (and the demo seed) decide with `decideFor` / `decide` (which throw
 * the domain error a refused action gets), the client derives its buttons from `allowedActions`, and
 * `applyEvent` / `replay` rebuild a ticket's workflow state, the path scope checks read included, from
 * its append-only events alone, so the stored ticket can be checked against its history. What a
 * payload must carry is its schema's business (api/tickets.ts). Pure: no I/O, the clock comes in as
 * `now`.
 */
import { metresBetween } from './geo';
import type { GeoPoint, Level } from './org';
import { maskPhonesInText } from './privacy';
import { DomainError } from './result';
import { STAFF_ROLES, type RoleGrant } from './roles';
import {
  OPEN_STATUSES,
  type Rating,
  type RatingScore,
  type Ticket,
  type TicketAction,
  type TicketEvent,
  type TicketStatus,
  type UserTicketAction,
  USER_TICKET_ACTIONS,
} from './ticket';
import { filedState, HANDLER_ROLE, isCurrentHandler, orgPathOf } from './ticket-flow';
import { cstDate, DAY, HOUR } from './time';

/** An overdue ticket still overdue this long after its limit goes up one level (the sweeper). */
export const AUTO_ESCALATE_GRACE = 48 * HOUR;
/** A resolved ticket nobody rated closes itself after this long. */
export const AUTO_CLOSE_AFTER = 7 * DAY;
/** A closed ticket may be reopened (反弹) this long after closing. */
export const REOPEN_WINDOW = 30 * DAY;
/** Queue tab 即将超期: open, not yet overdue, due within this long. */
export const DUE_SOON = 24 * HOUR;
/** Duplicate hint (附议): same category, open, filed within this long, same building or this close. */
export const SIMILAR_WINDOW = 7 * DAY;
export const SIMILAR_RADIUS_M = 100;

/**
 * Who takes an action:
 * - handler: the handling role of the ticket's level (网格员 / 社区工作人员 / 街道工作人员) with a grant on
 *   the handling node (or above it on the ticket's path)
 * - supervisor: 督导员 whose grant (street or community) covers the ticket
 * - reporter: whoever filed it (a grid worker filing on behalf is the reporter of record, but see
 *   `notByFiler`: they may not judge their own work)
 * - neighbour: a resident whose bound home is near the ticket (`nearHome`), not yet a supporter (附议);
 *   never someone holding a staff role (staff never 附议: they handle, they do not co-sign)
 * - system: the sweeper
 */
export type ActorKind = 'handler' | 'supervisor' | 'reporter' | 'neighbour' | 'system';

export type Target =
  | { kind: 'same' }
  | { kind: 'status'; status: TicketStatus }
  /** escalate / autoEscalate: pending at the next level with new limits */
  | { kind: 'nextLevel' }
  /** route: pending at the chosen grid (of the ticket's community) with the grid's limits, on its path */
  | { kind: 'grid' }
  /** resolve: verifying when the category requires 核查, else resolved */
  | { kind: 'resolved' }
  /** verify: resolved when passed, back to processing when not */
  | { kind: 'verified' }
  /** rate: closed, or (不满意) reopened like `reopen` */
  | { kind: 'rated' }
  /** reopen: processing at the same level; the second reopen goes pending at the next level */
  | { kind: 'reopened' }
  /** sendBack (退回重办): pending again at the level that refused it, with that level's limits from now */
  | { kind: 'requeued' };

/**
 * One row of the table. Where the clock restarts is the target's business: nextLevel, grid, requeued
 * and reopened (and rated 不满意, which reopens) start new limits from the transition, stored on the event.
 */
export interface TransitionRule {
  from: readonly TicketStatus[];
  /** levels it applies at; all when absent */
  levels?: readonly Level[];
  actors: readonly ActorKind[];
  to: Target;
  /**
   * Appends to the timeline without building on what the user saw (附议, 催办, a progress note): it
   * takes no version, and a race lost to another writer is retried on the fresh ticket, not refused.
   */
  commutes?: true;
  /**
   * Judging the work (评价, 核查, 反弹) is not for the grid worker who filed the ticket on someone's behalf:
   * they would be rating their own resolution. The resident named rates it when their account is the
   * reporter; otherwise nobody does and the sweeper closes it (autoClose).
   */
  notByFiler?: true;
}

const OPEN = OPEN_STATUSES;
const BELOW_STREET: readonly Level[] = ['grid', 'community'];

export const TRANSITIONS: Record<Exclude<TicketAction, 'file'>, TransitionRule> = {
  accept: { from: ['pending'], actors: ['handler'], to: { kind: 'status', status: 'processing' } },
  reject: { from: ['pending'], actors: ['handler'], to: { kind: 'status', status: 'rejected' } },
  progress: { from: ['processing'], actors: ['handler'], to: { kind: 'same' }, commutes: true },
  escalate: { from: ['pending', 'processing'], levels: BELOW_STREET, actors: ['handler'], to: { kind: 'nextLevel' } },
  route: { from: ['pending'], levels: ['community'], actors: ['handler'], to: { kind: 'grid' } },
  dispatch: { from: ['processing'], levels: ['street'], actors: ['handler'], to: { kind: 'same' } },
  resolve: { from: ['processing'], actors: ['handler'], to: { kind: 'resolved' } },
  verify: { from: ['verifying'], actors: ['supervisor'], to: { kind: 'verified' }, notByFiler: true },
  rate: { from: ['resolved'], actors: ['reporter'], to: { kind: 'rated' }, notByFiler: true },
  reopen: { from: ['resolved', 'closed'], actors: ['reporter'], to: { kind: 'reopened' }, notByFiler: true },
  urge: { from: OPEN, actors: ['reporter', 'supervisor'], to: { kind: 'same' }, commutes: true },
  join: { from: OPEN, actors: ['neighbour'], to: { kind: 'same' }, commutes: true },
  // 退回重办: a supervisor covering the ticket finds the 不予受理 unjustified; the refusing level takes it again
  sendBack: { from: ['rejected'], actors: ['supervisor'], to: { kind: 'requeued' } },
  markOverdue: { from: OPEN, actors: ['system'], to: { kind: 'same' } },
  autoEscalate: {
    from: ['pending', 'processing'],
    levels: BELOW_STREET,
    actors: ['system'],
    to: { kind: 'nextLevel' },
  },
  autoClose: { from: ['resolved'], actors: ['system'], to: { kind: 'status', status: 'closed' } },
};

/** Whether an action commutes with concurrent writers (no version taken, a lost race retried). */
export const commutes = (action: Exclude<TicketAction, 'file'>): boolean => TRANSITIONS[action].commutes === true;

export const NEXT_LEVEL: Record<Level, Level | null> = { grid: 'community', community: 'street', street: null };

/** The workflow part of a ticket: what events change, and what `replay` rebuilds. */
export const FLOW_FIELDS = [
  'status',
  'level',
  'handlerOrgId',
  'gridId',
  'orgPath',
  'dueAt',
  'responseDueAt',
  'overdue',
  'overdueAt',
  'reopenCount',
  'department',
  'resolvedAt',
  'resolvedLevel',
  'closedAt',
  'rating',
  'urgeCount',
  'lastUrgedAt',
  'lastReporterUrgeAt',
  'supporters',
  'joinCount',
  'version',
  'updatedAt',
] as const satisfies readonly (keyof Ticket)[];
export type FlowState = Pick<Ticket, (typeof FLOW_FIELDS)[number]>;

export function flowState(t: FlowState): FlowState {
  const out: Record<string, unknown> = {};
  for (const f of FLOW_FIELDS) if (t[f] !== undefined) out[f] = t[f];
  return out as FlowState;
}

/** The ticket fields the table reads besides the flow state (set at filing, never changed by an event). */
export type FlowTicket = FlowState &
  Pick<Ticket, 'reporterId' | 'streetId' | 'communityId' | 'requiresVerification' | 'requiresAfterPhotos' | '_id'> &
  Partial<Pick<Ticket, 'buildingId' | 'point' | 'filedBy'>>;

/** Where a viewer lives (their bound home): the building, its community and the building's centre. */
export interface Home {
  buildingId: string;
  communityId: string;
  center?: GeoPoint;
}

/**
 * The tickets a resident could have been shown to 附议 (the duplicate hint's place rule): in their
 * community, and in their building or within SIMILAR_RADIUS_M of it. No home, no neighbourhood.
 */
export function nearHome(
  t: Pick<Ticket, 'communityId'> & Partial<Pick<Ticket, 'buildingId' | 'point'>>,
  home?: Home,
): boolean {
  if (!home || t.communityId !== home.communityId) return false;
  if (t.buildingId !== undefined && t.buildingId === home.buildingId) return true;
  return !!home.center && !!t.point && metresBetween(home.center, t.point) <= SIMILAR_RADIUS_M;
}

export interface Viewer {
  /** OPENID; '' for nobody */
  id: string;
  grants: readonly Pick<RoleGrant, 'role' | 'orgId'>[];
  now: number;
  /** the viewer's bound home; absent: none (nobody is anybody's neighbour without one) */
  home?: Home;
}

const holdsStaffRole = (v: Viewer) => v.grants.some((g) => (STAFF_ROLES as readonly string[]).includes(g.role));

/** The actor kinds the viewer holds on this ticket right now. */
export function actorKinds(t: FlowTicket, v: Viewer): Set<ActorKind> {
  const kinds = new Set<ActorKind>();
  if (!v.id) return kinds;
  if (isCurrentHandler(v.grants, t)) kinds.add('handler');
  if (v.grants.some((g) => g.role === 'supervisor' && t.orgPath.includes(g.orgId))) kinds.add('supervisor');
  if (v.id === t.reporterId) kinds.add('reporter');
  else if (!kinds.has('handler') && !kinds.has('supervisor') && !holdsStaffRole(v) && nearHome(t, v.home))
    kinds.add('neighbour');
  return kinds;
}

/** The role whose grant an actor kind needs, to tell 无权限 from 不在您负责的范围内. */
function neededRole(kind: ActorKind, level: Level): RoleGrant['role'] | null {
  if (kind === 'handler') return HANDLER_ROLE[level];
  if (kind === 'supervisor') return 'supervisor';
  return null;
}

/** Why `action` is refused for `viewer` now, or null when it is allowed (payload aside). */
export function refusal(
  t: FlowTicket,
  action: Exclude<TicketAction, 'file'>,
  v: Viewer,
): Extract<ConstructorParameters<typeof DomainError>[0], string> | null {
  const rule = TRANSITIONS[action];
  if (rule.notByFiler && t.filedBy !== undefined && t.filedBy === v.id) return 'AUTH.FORBIDDEN';
  const kinds = actorKinds(t, v);
  const as = rule.actors.filter((k) => kinds.has(k));
  if (as.length === 0 && !rule.actors.includes('system')) {
    const roles = rule.actors.map((k) => neededRole(k, t.level)).filter((r): r is RoleGrant['role'] => !!r);
    return v.grants.some((g) => roles.includes(g.role)) ? 'AUTH.OUT_OF_SCOPE' : 'AUTH.FORBIDDEN';
  }
  if (!rule.from.includes(t.status)) return 'TICKET.ILLEGAL_TRANSITION';
  if (rule.levels && !rule.levels.includes(t.level)) return 'TICKET.ILLEGAL_TRANSITION';
  return guardRefusal(t, action, v, as);
}

type Refusal = ReturnType<typeof refusal>;
type Guard = (t: FlowTicket, v: Viewer, as: readonly ActorKind[]) => Refusal;

/** Conditions beyond status and level, per action. */
const GUARDS: Partial<Record<Exclude<TicketAction, 'file'>, Guard>> = {
  route: (t) => (t.gridId === null ? null : 'TICKET.ILLEGAL_TRANSITION'),
  join: (t, v) => (t.supporters.includes(v.id) ? 'TICKET.ALREADY_JOINED' : null),
  reopen: (t, v) =>
    t.status === 'closed' && (t.closedAt ?? 0) + REOPEN_WINDOW < v.now ? 'TICKET.REOPEN_EXPIRED' : null,
  // supervisors urge any time (督办); the reporter once a China-time day, after the limit ran out
  urge: (t, v, as) => {
    if (as.includes('supervisor')) return null;
    if (v.now < t.dueAt) return 'TICKET.URGE_NOT_DUE';
    const today = t.lastReporterUrgeAt !== undefined && cstDate(t.lastReporterUrgeAt) === cstDate(v.now);
    return today ? 'TICKET.URGE_TOO_SOON' : null;
  },
  markOverdue: (t, v) => (!t.overdue && t.dueAt < v.now ? null : 'TICKET.ILLEGAL_TRANSITION'),
  autoEscalate: (t, v) => (t.overdue && t.dueAt + AUTO_ESCALATE_GRACE <= v.now ? null : 'TICKET.ILLEGAL_TRANSITION'),
  autoClose: (t, v) => ((t.resolvedAt ?? Infinity) + AUTO_CLOSE_AFTER <= v.now ? null : 'TICKET.ILLEGAL_TRANSITION'),
};

function guardRefusal(t: FlowTicket, action: Exclude<TicketAction, 'file'>, v: Viewer, as: ActorKind[]): Refusal {
  return GUARDS[action]?.(t, v, as) ?? null;
}

/** What the viewer may do now: the client shows exactly these buttons. */
export function allowedActions(t: FlowTicket, v: Viewer): UserTicketAction[] {
  return USER_TICKET_ACTIONS.filter((a) => refusal(t, a, v) === null);
}

/** What an action carries besides who and when (already validated by its payload schema). */
export interface TransitionInput {
  action: Exclude<TicketAction, 'file'>;
  note?: string;
  photos?: readonly string[];
  department?: string;
  /** route: the grid chosen (it must be one of the ticket's community) */
  grid?: { id: string; communityId?: string };
  passed?: boolean;
  rating?: { score: RatingScore; comment?: string };
}

export interface DecideContext {
  now: number;
  actorId: string;
  actorRole: string;
  /** due times for the ticket's category and urgency at `level`, starting at `from` */
  due(level: Level, from: number): { responseDueAt: number; dueAt: number };
}

/** The handling node at `level` for a ticket (the street or community on its path, or its grid). */
export function handlerAt(t: Pick<Ticket, 'streetId' | 'communityId' | 'gridId'>, level: Level): string {
  if (level === 'street') return t.streetId;
  if (level === 'community') return t.communityId;
  return t.gridId ?? t.communityId;
}

/** pending in the queue of `level` (at `gridId` for the grid level), with that level's limits from now */
function moveTo(
  t: FlowTicket,
  base: TicketEvent,
  ctx: DecideContext,
  level: Level,
  gridId: string | null,
): TicketEvent {
  const due = ctx.due(level, ctx.now);
  const orgId = handlerAt({ streetId: t.streetId, communityId: t.communityId, gridId }, level);
  const e: TicketEvent = {
    ...base,
    to: 'pending',
    level,
    orgId,
    gridId,
    dueAt: due.dueAt,
    responseDueAt: due.responseDueAt,
  };
  // a new grid puts the ticket on a new path: scope checks read it, so the event records it
  if (gridId !== t.gridId) e.orgPath = orgPathOf(t, gridId);
  return e;
}

/** 反弹: back to work at the same level; the second time (below the street) up a level */
function reopened(t: FlowTicket, base: TicketEvent, ctx: DecideContext): TicketEvent {
  const next = NEXT_LEVEL[t.level];
  if (t.reopenCount + 1 >= 2 && next) return { ...moveTo(t, base, ctx, next, t.gridId), escalated: true };
  return { ...base, to: 'processing', dueAt: ctx.due(t.level, ctx.now).dueAt };
}

type Build = (t: FlowTicket, base: TicketEvent, input: TransitionInput, ctx: DecideContext) => TicketEvent;

/** The event each kind of target makes, from the event's common part. */
const BUILD: Record<Target['kind'], Build> = {
  same: (t, base, input, ctx) => {
    if (input.action === 'dispatch') return { ...base, department: input.department };
    if (input.action === 'urge' && ctx.actorId === t.reporterId) return { ...base, byReporter: true };
    return base;
  },
  status: (_t, base, input) => {
    const to = TRANSITIONS[input.action].to;
    return { ...base, to: to.kind === 'status' ? to.status : base.to };
  },
  nextLevel: (t, base, _input, ctx) => {
    const next = NEXT_LEVEL[t.level];
    if (!next) throw new DomainError('TICKET.ILLEGAL_TRANSITION');
    return moveTo(t, base, ctx, next, t.gridId);
  },
  grid: (t, base, input, ctx) => {
    if (!input.grid) throw new DomainError('COMMON.VALIDATION');
    if (input.grid.communityId !== t.communityId) throw new DomainError('TICKET.GRID_NOT_IN_COMMUNITY');
    return moveTo(t, base, ctx, 'grid', input.grid.id);
  },
  resolved: (t, base) => ({ ...base, to: t.requiresVerification ? 'verifying' : 'resolved' }),
  verified: (_t, base, input) => ({ ...base, to: input.passed ? 'resolved' : 'processing', passed: !!input.passed }),
  rated: (t, base, input, ctx) => {
    const r = input.rating;
    if (!r) throw new DomainError('COMMON.VALIDATION');
    const rating: Rating = { score: r.score, at: ctx.now, ...(r.comment ? { comment: r.comment } : {}) };
    if (r.score === 'unsatisfied') return { ...reopened(t, base, ctx), rating };
    return { ...base, to: 'closed', rating };
  },
  reopened: (t, base, _input, ctx) => reopened(t, base, ctx),
  requeued: (t, base, _input, ctx) => moveTo(t, base, ctx, t.level, t.gridId),
};

/**
 * The event an action appends (seq and _id follow the ticket's version), or the domain error its input
 * earns against this ticket: no after photos where the category asks for them, a grid of another
 * community. Who may act, in which state, is `refusal`'s (`decideFor` runs both). The new ticket state
 * is `applyEvent(ticket, event)`.
 */
export function decide(t: FlowTicket, input: TransitionInput, ctx: DecideContext): TicketEvent {
  if (input.action === 'resolve' && t.requiresAfterPhotos && (input.photos?.length ?? 0) === 0) {
    throw new DomainError('TICKET.AFTER_PHOTOS_REQUIRED');
  }
  const seq = t.version + 1;
  const base: TicketEvent = {
    _id: `${t._id}-${seq}`,
    ticketId: t._id,
    seq,
    action: input.action,
    actorId: ctx.actorId,
    actorRole: ctx.actorRole,
    from: t.status,
    to: t.status,
    level: t.level,
    orgId: t.handlerOrgId,
    photos: [...(input.photos ?? [])],
    at: ctx.now,
    // a phone typed into a note is masked: the ticket's reporterPhone is its one place (privacy.ts)
    ...(input.note ? { note: maskPhonesInText(input.note) } : {}),
  };
  return BUILD[TRANSITIONS[input.action].to.kind](t, base, input, ctx);
}

/** The rule check and the decision together, for a person acting (handlers call this). */
export function decideFor(
  t: FlowTicket,
  input: TransitionInput,
  v: Viewer,
  ctx: Omit<DecideContext, 'now' | 'actorId'>,
): TicketEvent {
  const why = refusal(t, input.action, v);
  if (why) throw new DomainError(why);
  return decide(t, input, { ...ctx, now: v.now, actorId: v.id });
}

/** A ticket's workflow state after one more event. */
export function applyEvent<T extends FlowState>(t: T, e: TicketEvent): T {
  return applyEventInPlace({ ...t }, e);
}

/**
 * `applyEvent` on the ticket itself (arrays are still replaced, never mutated), for callers that own
 * the object: the seed lives half a million events forward and copying each time would double its cost.
 */
export function applyEventInPlace<T extends FlowState>(n: T, e: TicketEvent): T {
  n.status = e.to;
  n.level = e.level;
  n.handlerOrgId = e.orgId;
  n.version = e.seq;
  n.updatedAt = e.at;
  if (e.gridId !== undefined) n.gridId = e.gridId;
  if (e.orgPath) n.orgPath = e.orgPath;
  if (e.dueAt !== undefined) {
    n.dueAt = e.dueAt;
    n.overdue = false;
    // assigned, not deleted: a delete turns a V8 object into a slow dictionary (the 100k seed feels it)
    n.overdueAt = undefined;
  }
  if (e.responseDueAt !== undefined) n.responseDueAt = e.responseDueAt;
  if (e.rating) n.rating = e.rating;
  applyActionEffects(n, e);
  return n;
}

function applyActionEffects(n: FlowState, e: TicketEvent): void {
  switch (e.action) {
    case 'markOverdue':
      n.overdue = true;
      n.overdueAt = e.at;
      break;
    case 'dispatch':
      if (e.department) n.department = e.department;
      break;
    case 'resolve':
      n.resolvedAt = e.at;
      n.resolvedLevel = e.level;
      break;
    case 'rate':
    case 'reopen':
      if (e.to === 'closed') n.closedAt = e.at;
      else n.reopenCount += 1;
      break;
    case 'autoClose':
      n.closedAt = e.at;
      break;
    case 'urge':
      n.urgeCount += 1;
      n.lastUrgedAt = e.at;
      if (e.byReporter) n.lastReporterUrgeAt = e.at;
      break;
    case 'join':
      n.supporters = [...n.supporters, e.actorId];
      n.joinCount += 1;
      break;
    default:
      break;
  }
}

/** The workflow state its events describe (the first event is `file`). */
export function replay(events: readonly TicketEvent[]): FlowState {
  const [first, ...rest] = [...events].sort((a, b) => a.seq - b.seq);
  if (!first || first.action !== 'file') throw new Error('replay needs the file event first');
  let s = filedState(first);
  for (const e of rest) s = applyEvent(s, e);
  return flowState(s);
}
