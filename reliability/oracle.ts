/**
 * The verdict each action's declaration in the permissions table gives a caller, computed from the
 * declaration itself (ACTION_ACCESS: who, roles, pick, scope rule and target) and the documents it
 * names, never by calling the enforcement code under test. Transitions take their actors from the
 * transition table (TRANSITIONS[action].actors): who is the handler, supervisor, reporter or a
 * neighbour of the ticket is worked out here from the ticket's level, handler and path.
 */
import {
  ACTION_ACCESS,
  canGrant,
  type Access,
  type GrantRole,
  type Invitation,
  type Notice,
  type OrgNode,
  type RoleGrant,
  type Ticket,
  type User,
} from '@lx/types';
import { TRANSITIONS } from '@lx/types/ticket-transitions';
import type { Cloud } from './harness';

/** 'ok', or the refusal code the declaration gives. */
export type Verdict = 'ok' | string;
type AnyAccess = Access<Record<string, unknown>, never> | { who: 'transition' };

const HANDLER_ROLE = { grid: 'gridWorker', community: 'communityStaff', street: 'streetStaff' } as const;
const STAFF = ['gridWorker', 'communityStaff', 'streetStaff', 'supervisor', 'admin'];
const NEEDED = { handler: (t: Ticket) => HANDLER_ROLE[t.level], supervisor: () => 'supervisor' } as const;

export const accessOf = (fn: string, action: string): AnyAccess =>
  (ACTION_ACCESS as unknown as Record<string, Record<string, AnyAccess>>)[fn][action];

interface Subject {
  id: string;
  type?: OrgNode['type'];
  path: readonly string[];
  reaches: readonly string[];
  role?: GrantRole;
}

function subject(cloud: Cloud, kind: string, id: string): Subject | null {
  const store = cloud.emu.store;
  if (kind === 'notice') {
    const n = store.get('notices', id) as unknown as Notice | null;
    return n && { id, path: n.orgPath, reaches: [n.streetId, ...n.reachCommunities, ...n.reachGrids] };
  }
  if (kind === 'invitation') {
    const i = store.get('invitations', id.toUpperCase().replace(/[^0-9A-Z]/g, '')) as unknown as Invitation | null;
    return i && { id: i.orgId, type: i.orgType, path: i.orgPath, reaches: [], role: i.role };
  }
  const o = store.get('org_nodes', id) as unknown as OrgNode | null;
  return o && { id, type: o.type, path: o.path, reaches: [] };
}

const fieldValue = (p: Record<string, unknown>, field: string | readonly string[]) =>
  (typeof field === 'string' ? [field] : field).map((f) => p[f]).find((v) => typeof v === 'string') as
    string | undefined;

const MISSING: Record<string, string> = {
  org: 'ORG.NOT_FOUND',
  notice: 'NOTICE.NOT_FOUND',
  invitation: 'INVITE.NOT_FOUND',
};

type RolesAccess = Extract<AnyAccess, { who: 'roles' }>;
type TargetScope = Extract<NonNullable<RolesAccess['scope']>, { target: unknown }>;

/** A target-reading scope rule on the held grants (the target named by the payload, read here). */
function onTarget(cloud: Cloud, scope: TargetScope, p: Record<string, unknown>, held: RoleGrant[]): Verdict {
  const t = scope.target;
  const id = fieldValue(p, t.field) ?? (t.absent === 'street' ? 'street-jiuzhou' : undefined);
  if (id === undefined) return 'ok';
  const s = subject(cloud, t.kind, id);
  if (!s || (t.types && !t.types.includes(s.type as never))) return t.missing ?? MISSING[t.kind];
  const covers = (g: RoleGrant) => s.path.includes(g.orgId);
  const rule: Record<string, (g: RoleGrant) => boolean> = {
    covers,
    grant: covers,
    reaches: (g) => covers(g) || s.reaches.includes(g.orgId),
    along: (g) => covers(g) || g.orgPath.includes(s.id),
  };
  if (!held.some(rule[scope.rule])) return 'AUTH.OUT_OF_SCOPE';
  if (scope.rule !== 'grant') return 'ok';
  const role = (s.role ?? p.role) as never;
  return s.type && canGrant(held, role, { type: s.type, path: s.path }) ? 'ok' : 'ROLE.NOT_GRANTABLE';
}

function byRoles(cloud: Cloud, a: RolesAccess, p: Record<string, unknown>, grants: RoleGrant[]): Verdict {
  const picked = a.pick ? p[a.pick] : undefined;
  const held = grants.filter((g) => a.roles.includes(g.role) && (typeof picked !== 'string' || g.role === picked));
  if (held.length === 0) return 'AUTH.FORBIDDEN';
  const scope = a.scope;
  if (!scope) return 'ok';
  if (scope.rule !== 'holds') return onTarget(cloud, scope as TargetScope, p, held);
  const id = fieldValue(p, scope.field);
  return id === undefined || held.some((g) => g.orgId === id) ? 'ok' : 'AUTH.OUT_OF_SCOPE';
}

/** The actor kinds of the transition table the caller holds on the ticket. */
export function actorKinds(t: Ticket, who: string, grants: RoleGrant[]): Set<string> {
  const kinds = new Set<string>();
  const handlerAt = t.orgPath.indexOf(t.handlerOrgId);
  const above = handlerAt >= 0 ? t.orgPath.slice(0, handlerAt + 1) : [t.handlerOrgId];
  if (grants.some((g) => g.role === HANDLER_ROLE[t.level] && above.includes(g.orgId))) kinds.add('handler');
  if (grants.some((g) => g.role === 'supervisor' && t.orgPath.includes(g.orgId))) kinds.add('supervisor');
  if (who === t.reporterId) kinds.add('reporter');
  else if (kinds.size === 0) kinds.add('neighbour');
  return kinds;
}

/**
 * A neighbour may 附议 only a ticket they could have been shown (issue 11, item 1): their bound home
 * in the ticket's building, or in its community. 'near' and 'far' are the two answers; 'unsure' (same
 * community, another building: it depends on metres the seed does not place) is not counted.
 */
function nearness(cloud: Cloud, t: Ticket, u: User | null): 'near' | 'far' | 'unsure' {
  const home = u?.address;
  if (!home) return 'far';
  if (home.buildingId === t.buildingId) return 'near';
  return home.communityId === t.communityId ? 'unsure' : 'far';
}

/** 附议: the neighbours near the ticket; anyone else is no neighbour of it. */
function onJoin(cloud: Cloud, t: Ticket, kinds: Set<string>, u: User | null, knows: boolean): Verdict | null {
  if (!kinds.has('neighbour')) return knows ? 'AUTH.FORBIDDEN' : 'TICKET.NOT_FOUND';
  const near = nearness(cloud, t, u);
  return near === 'unsure' ? null : near === 'near' ? 'ok' : 'refused';
}

function onTicket(cloud: Cloud, action: string | undefined, t: Ticket, who: string, u: User | null): Verdict | null {
  const grants = u?.roles ?? [];
  const party = who === t.reporterId || grants.some((g) => STAFF.includes(g.role) && t.orgPath.includes(g.orgId));
  if (action === undefined) return party || t.supporters.includes(who) ? 'ok' : 'TICKET.NOT_FOUND';
  const staff = grants.some((g) => STAFF.includes(g.role));
  const kinds = actorKinds(t, who, grants);
  if (action === 'join') return onJoin(cloud, t, kinds, u, staff || party);
  if (!party && !staff) return 'TICKET.NOT_FOUND';
  const actors = TRANSITIONS[action as keyof typeof TRANSITIONS].actors;
  if (actors.some((k) => kinds.has(k))) return 'ok';
  const roles = actors.flatMap((k) => (k in NEEDED ? [NEEDED[k as keyof typeof NEEDED](t)] : []));
  return grants.some((g) => (roles as string[]).includes(g.role)) ? 'AUTH.OUT_OF_SCOPE' : 'AUTH.FORBIDDEN';
}

/**
 * What the declaration says for `who` calling fn.action with payload p. null: not decidable from the
 * declaration here (a 附议 whose answer depends on distance), so the row is not counted.
 */
export function declaredVerdict(
  cloud: Cloud,
  fn: string,
  action: string,
  p: Record<string, unknown>,
  who: string,
): Verdict | null {
  const a = accessOf(fn, action);
  if (a.who === 'public') return 'ok';
  if (!who) return 'AUTH.NO_IDENTITY';
  if (a.who === 'identified') return 'ok';
  const u = cloud.emu.store.get('users', who) as unknown as User | null;
  if (!u) return 'AUTH.NOT_REGISTERED';
  if (a.who === 'signedIn') return 'ok';
  if (a.who === 'roles') return byRoles(cloud, a, p, u.roles);
  const t = typeof p.id === 'string' ? (cloud.emu.store.get('tickets', p.id) as unknown as Ticket | null) : null;
  if (!t) return 'TICKET.NOT_FOUND';
  return onTicket(cloud, a.who === 'transition' ? action : undefined, t, who, u);
}

/** Does the declaration name a target whose scope is checked (so own and other scope both run)? */
export const hasScope = (fn: string, action: string): boolean => {
  const a = accessOf(fn, action);
  return a.who === 'transition' || a.who === 'ticketViewer' || (a.who === 'roles' && !!a.scope);
};
