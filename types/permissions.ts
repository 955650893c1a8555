/**
 * The permissions table's vocabulary and its rules. Every action of the action map declares who may
 * call it, beside its payload schema (`*_ACCESS` in api/<function>.ts; a missing declaration does not
 * compile). The dispatcher enforces a declaration before the handler runs
 * (cloudfunctions/shared/permissions.ts), always in this order, so that a caller holding none of the
 * roles learns nothing about the target, not even whether it exists:
 *   identity (AUTH.NO_IDENTITY, AUTH.NOT_REGISTERED) → roles (AUTH.FORBIDDEN, before any read of the
 *   target) → the target, read once and handed to the handler → its scope (AUTH.OUT_OF_SCOPE,
 *   ROLE.NOT_GRANTABLE).
 * Tickets are the exception: who may act on one comes from the transition table
 * (ticket-transitions.ts), which needs the ticket itself, so the ticket is read first and residents
 * with no part in it are told it does not exist.
 * Pure: no I/O.
 */
import type * as z from 'zod/mini';
import type { ErrorCode } from './errors';
import type { Invitation } from './invitation';
import type { LimitName } from './limits';
import type { Notice } from './notice';
import type { OrgNode, OrgType } from './org';
import { canGrant, STAFF_ROLES, type GrantRole, type RoleGrant } from './roles';
import type { Ticket, UserTicketAction } from './ticket';
import { canViewTicket } from './ticket-flow';
import { type Home, nearHome, refusal } from './ticket-transitions';

/** What a scope is checked against, read by the id the payload names. */
export interface Targets {
  org: OrgNode;
  notice: Notice;
  invitation: Invitation;
}
export type TargetKind = keyof Targets;

/** Payload fields holding a string (an id, a code). */
type StringField<P> = { [K in keyof P]-?: NonNullable<P[K]> extends string ? K : never }[keyof P] & string;

export interface TargetRef<P> {
  kind: TargetKind;
  /** the payload field naming it; several: the first one present (a field kept under its old name) */
  field: StringField<P> | readonly StringField<P>[];
  /** the payload leaves it out: no target (the handler works on the caller's whole scope) or the street */
  absent?: 'none' | 'street';
  /** org nodes of other types are refused like a missing one */
  types?: readonly OrgType[];
  /** the code for a missing target (defaults: ORG.NOT_FOUND, NOTICE.NOT_FOUND, INVITE.NOT_FOUND) */
  missing?: ErrorCode;
}

/**
 * Which held grants pass for a target:
 * - covers: the grant's node is on the target's path (a grant covers its node's whole subtree);
 * - reaches: covers, or the grant's node is one the target reaches (a notice's communities and grids);
 * - along: covers, or the target is above the grant's node (browsing down the tree to one's own part);
 * - grant: canGrant for the role named by the target or the payload (ROLE.NOT_GRANTABLE when a
 *   granting grant covers the node but may not grant that role there).
 */
export type ScopeRule = 'covers' | 'reaches' | 'along' | 'grant';

export type Scope<P> =
  | { rule: ScopeRule; target: TargetRef<P> }
  /** the id the payload names (if any) must be the node of one of the held grants; nothing is read */
  | { rule: 'holds'; field: StringField<P> | readonly StringField<P>[] };

type RoleField<P> = { [K in keyof P]-?: NonNullable<P[K]> extends GrantRole ? K : never }[keyof P] & string;

/**
 * What the dispatcher does around the handler besides letting the caller in: a creating action
 * answers a retry with its first result (`once`: the payload's requestId, types/requests.ts); rate
 * limits are counted on the caller (types/limits.ts, COMMON.RATE_LIMITED).
 */
export interface Guards<P> {
  once?: P extends { requestId: string } ? true : never;
  limits?: readonly LimitName[];
}

/** Who may call. */
export type Who<P, A extends string = string> =
  /** anyone, even without an identity (the category list) */
  | { who: 'public' }
  /** a WeChat identity; the user need not be registered yet (me, redeem, the address tree) */
  | { who: 'identified' }
  /** a registered user: every resident */
  | { who: 'signedIn' }
  /** the reporter, a supporter or staff in scope may open the ticket the payload's id names */
  | { who: 'ticketViewer' }
  | {
      /** holds one of these roles somewhere */
      who: 'roles';
      roles: readonly GrantRole[];
      /** a payload field naming one of the roles: only that one counts (a queue of one's roles) */
      pick?: RoleField<P>;
      /** absent: anywhere (a list the handler narrows to the grants' scope itself) */
      scope?: Scope<P>;
    }
  /** a ticket transition: who, from the transition table (TRANSITIONS[action].actors) */
  | (A extends UserTicketAction ? { who: 'transition' } : never);
export type Access<P, A extends string = string> = Guards<P> & Who<P, A>;

/** One declaration per action of a function; a missing or an extra one is a compile error. */
export type AccessTable<S> = { [A in keyof S & string]: Access<z.output<S[A] & z.ZodMiniType>, A> };

/** The target the dispatcher read for a declaration, as the handler receives it. */
export type TargetOf<X> = X extends { who: 'ticketViewer' | 'transition' }
  ? Ticket
  : X extends { scope: { target: { kind: infer K extends TargetKind } } }
    ? Targets[K] | (X extends { scope: { target: { absent: 'none' } } } ? undefined : never)
    : undefined;

/** What a scope rule reads off a target. */
export interface Subject {
  id: string;
  /** the node's type, for the grant rule (a notice has none: nothing is granted on it) */
  type?: OrgType;
  path: readonly string[];
  /** nodes reached besides the path (a notice's street, communities and grids) */
  reaches?: readonly string[];
  /** the role a grant rule is about, when the target names it (an invitation) */
  role?: GrantRole;
}

export function subjectOf<K extends TargetKind>(kind: K, doc: Targets[K]): Subject {
  if (kind === 'notice') {
    const n = doc as Notice;
    return {
      id: n._id,
      path: n.orgPath,
      reaches: [n.streetId, ...n.reachCommunities, ...n.reachGrids],
    };
  }
  if (kind === 'invitation') {
    const i = doc as Invitation;
    return { id: i.orgId, type: i.orgType, path: i.orgPath, role: i.role };
  }
  const o = doc as OrgNode;
  return { id: o._id, type: o.type, path: o.path };
}

/** The caller's grants among `roles`, narrowed to the picked role when the payload names one. */
export function heldGrants(grants: readonly RoleGrant[], roles: readonly GrantRole[], picked?: unknown): RoleGrant[] {
  const counted = typeof picked === 'string' ? roles.filter((r) => r === picked) : roles;
  return grants.filter((g) => counted.includes(g.role));
}

const PASSES: Record<Exclude<ScopeRule, 'grant'>, (g: RoleGrant, s: Subject) => boolean> = {
  covers: (g, s) => s.path.includes(g.orgId),
  reaches: (g, s) => s.path.includes(g.orgId) || (s.reaches ?? []).includes(g.orgId),
  along: (g, s) => s.path.includes(g.orgId) || g.orgPath.includes(s.id),
};
/** One grant against one subject (a handler narrowing a list to what the grants it was let in with pass). */
export const passes = (rule: Exclude<ScopeRule, 'grant'>, g: RoleGrant, s: Subject): boolean => PASSES[rule](g, s);

/** The held grants that pass the rule for the subject, or why none does. */
export function scopeDecision(
  rule: ScopeRule,
  held: readonly RoleGrant[],
  s: Subject,
  payloadRole?: unknown,
): RoleGrant[] | 'AUTH.OUT_OF_SCOPE' | 'ROLE.NOT_GRANTABLE' {
  const passing = held.filter((g) => passes(rule === 'grant' ? 'covers' : rule, g, s));
  if (passing.length === 0) return 'AUTH.OUT_OF_SCOPE';
  if (rule !== 'grant') return passing;
  const role = s.role ?? (payloadRole as GrantRole);
  return s.type && canGrant(held, role, { type: s.type, path: s.path }) ? passing : 'ROLE.NOT_GRANTABLE';
}

/** 'holds': the named node must be one the held grants sit at. */
export const holdsRefusal = (held: readonly RoleGrant[], id: string | undefined): 'AUTH.OUT_OF_SCOPE' | null =>
  id === undefined || held.some((g) => g.orgId === id) ? null : 'AUTH.OUT_OF_SCOPE';

export interface TicketViewer {
  id: string;
  grants: readonly RoleGrant[];
  now: number;
  /** the caller's bound home: 附议 is for the neighbours of a ticket (nearHome) */
  home?: Home;
}

/**
 * Opening a ticket (no action) or acting on it. Residents (party members included: for tickets they
 * are residents) with no part in it learn nothing, not even that it exists; staff learn why they may
 * not act (无权限 / 不在范围), from the transition table. The table's other refusals (state, level,
 * guards) are the transition's own business, not authorization.
 */
export function ticketRefusal(
  t: Ticket,
  v: TicketViewer,
  action?: UserTicketAction,
): 'TICKET.NOT_FOUND' | 'AUTH.FORBIDDEN' | 'AUTH.OUT_OF_SCOPE' | null {
  const party = canViewTicket(v.id, v.grants, t) || t.supporters.includes(v.id);
  if (!action) return party ? null : 'TICKET.NOT_FOUND';
  const staff = v.grants.some((g) => (STAFF_ROLES as readonly string[]).includes(g.role));
  // 附议 is offered only near one's home: anyone else, staff included, is told it does not exist, so
  // joining cannot probe for tickets (whatever else the payload carries)
  const neighbour = action === 'join' && nearHome(t, v.home);
  if (!party && !neighbour && (action === 'join' || !staff)) return 'TICKET.NOT_FOUND';
  const why = refusal(t, action, v);
  return why === 'AUTH.FORBIDDEN' || why === 'AUTH.OUT_OF_SCOPE' ? why : null;
}
