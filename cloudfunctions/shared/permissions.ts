/**
 * Enforcement of the permissions table (types/permissions.ts, declared per action in types/api/*.ts):
 * the dispatcher calls `enforce` before the handler runs and hands it what was read (the target) and
 * which of the caller's grants passed. The one read of the target goes through the repositories, so
 * the handler never reads it again. Also the checks a handler makes on a second node (a moved node's
 * old place, a notice's grid), with the same codes.
 */
import {
  DomainError,
  heldGrants,
  holdsRefusal,
  normalizeInviteCode,
  scopeDecision,
  subjectOf,
  ticketRefusal,
  type Access,
  type ErrorCode,
  type GrantRole,
  type RoleGrant,
  type TargetKind,
  type TargetRef,
  type Targets,
  type Ticket,
  type UserTicketAction,
} from '@lx/types';
import type { Caller } from './caller';
import type { ActionContext } from './context';
import { getInvitation } from './repo/invitations';
import { getNotice } from './repo/notices';
import { getNode, streetNode } from './repo/org';
import { getTicket } from './repo/tickets';
import { homeOf } from './ticket-home';

/** What the handler receives besides its payload once the declaration let the call through. */
export interface Granted {
  /** the target the scope rule was checked on (undefined: the declaration names none) */
  target: unknown;
  /** the caller's grants among the declared roles that passed the scope rule (empty: no roles declared) */
  grants: RoleGrant[];
}

type Payload = Record<string, unknown>;
/** Any declaration (a transition's included). */
export type AnyAccess = Access<Payload, UserTicketAction>;

const LOAD: { [K in TargetKind]: (id: string) => Promise<Targets[K] | null> } = {
  org: getNode,
  notice: getNotice,
  invitation: (code) => getInvitation(normalizeInviteCode(code)),
};
const MISSING: Record<TargetKind, ErrorCode> = {
  org: 'ORG.NOT_FOUND',
  notice: 'NOTICE.NOT_FOUND',
  invitation: 'INVITE.NOT_FOUND',
};

const named = (p: Payload, field: string | readonly string[]): string | undefined => {
  for (const f of typeof field === 'string' ? [field] : field) if (typeof p[f] === 'string') return p[f] as string;
  return undefined;
};

/** The target the payload names, read once; undefined when it names none and may not. */
async function load(ref: TargetRef<Payload>, p: Payload): Promise<Targets[TargetKind] | undefined> {
  const id = named(p, ref.field);
  const missing = new DomainError(ref.missing ?? MISSING[ref.kind]);
  if (id === undefined && ref.absent !== 'street') return undefined;
  const doc = id === undefined ? await streetNode() : await LOAD[ref.kind](id);
  if (!doc) throw missing;
  if (ref.types && !ref.types.includes((doc as Targets['org']).type)) throw missing;
  return doc;
}

async function byRoles(access: Extract<AnyAccess, { who: 'roles' }>, p: Payload, caller: Caller): Promise<Granted> {
  const held = heldGrants(caller.grants, access.roles, access.pick ? p[access.pick] : undefined);
  // before any read of the target: a caller without the roles learns nothing about it
  if (held.length === 0) throw new DomainError('AUTH.FORBIDDEN');
  const scope = access.scope;
  if (!scope) return { target: undefined, grants: held };
  if (scope.rule === 'holds') {
    const why = holdsRefusal(held, named(p, scope.field));
    if (why) throw new DomainError(why);
    return { target: undefined, grants: held };
  }
  const target = await load(scope.target, p);
  if (target === undefined) return { target, grants: held };
  const passing = scopeDecision(scope.rule, held, subjectOf(scope.target.kind, target), p.role);
  if (typeof passing === 'string') throw new DomainError(passing);
  return { target, grants: passing };
}

async function onTicket(action: UserTicketAction | undefined, p: Payload, ctx: ActionContext): Promise<Granted> {
  const caller = await ctx.caller();
  const ticket: Ticket | null = typeof p.id === 'string' ? await getTicket(p.id) : null;
  if (!ticket) throw new DomainError('TICKET.NOT_FOUND');
  // 附议 is for the ticket's neighbours: only then does the caller's home matter
  const home = action === 'join' ? await homeOf(caller) : undefined;
  const why = ticketRefusal(ticket, { id: caller.openid, grants: caller.grants, now: ctx.now, home }, action);
  if (why) throw new DomainError(why);
  return { target: ticket, grants: caller.grants };
}

/** Throws the refusal's code, or says what the handler may work on. */
export async function enforce(access: AnyAccess, action: string, p: Payload, ctx: ActionContext): Promise<Granted> {
  switch (access.who) {
    case 'public':
      return { target: undefined, grants: [] };
    case 'identified':
      if (!ctx.openid) throw new DomainError('AUTH.NO_IDENTITY');
      return { target: undefined, grants: [] };
    case 'signedIn':
      return { target: undefined, grants: (await ctx.caller()).grants };
    case 'ticketViewer':
      return onTicket(undefined, p, ctx);
    case 'transition':
      return onTicket(action as UserTicketAction, p, ctx);
    case 'roles':
      return byRoles(access, p, await ctx.caller());
  }
}

/** The caller's grants among `roles` that cover the node at `path` (none: an empty list). */
export const covering = (caller: Caller, roles: readonly GrantRole[], path: readonly string[]): RoleGrant[] =>
  caller.grants.filter((g) => roles.includes(g.role) && path.includes(g.orgId));

/**
 * A second node a handler works on (the table checked the first): AUTH.FORBIDDEN without any of the
 * roles, AUTH.OUT_OF_SCOPE when none covers the node.
 */
export function requireCovering(caller: Caller, roles: readonly GrantRole[], path: readonly string[]): RoleGrant {
  const found = covering(caller, roles, path)[0];
  if (found) return found;
  throw new DomainError(heldGrants(caller.grants, roles).length ? 'AUTH.OUT_OF_SCOPE' : 'AUTH.FORBIDDEN');
}
