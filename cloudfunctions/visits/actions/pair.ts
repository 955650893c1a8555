/**
 * 结对帮扶 1+1: a party member of the household's community, or a grid worker of its grid, paired with
 * it every N days. The household is no target kind of the permissions table, so its path is checked
 * here against the grants that let the caller in; the pairing and the household's `pairedWith` are
 * written together with the request's record (a retry answers the first pairing).
 */
import { DomainError, newPairing, PAIRING_ROLES, type PairingRole, type Payload, type ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { findUser } from '../../shared/repo/users';
import { insertPairing } from '../../shared/repo/visit-plans';
import { getHousehold } from '../../shared/repo/visits';
import { randomId } from '../../shared/ticket-ids';

export async function pair(
  p: Payload<'visits', 'pair'>,
  ctx: ScopedContext<'visits', 'pair'>,
): Promise<ResultOf<'visits', 'pair'>> {
  const caller = await ctx.caller();
  const h = await getHousehold(p.householdId);
  if (!h) throw new DomainError('VISIT.HOUSEHOLD_NOT_FOUND');
  if (!ctx.grants.some((g) => h.orgPath.includes(g.orgId))) throw new DomainError('AUTH.OUT_OF_SCOPE');
  const visitor = await findUser(p.visitorId);
  // a party member is granted at the community, a grid worker at the grid: both on the household's path
  const grant = visitor?.roles.find(
    (g) => (PAIRING_ROLES as readonly string[]).includes(g.role) && h.orgPath.includes(g.orgId),
  );
  if (!visitor || !grant) throw new DomainError('VISIT.NOT_A_VISITOR');
  const pairing = newPairing(h, {
    id: randomId(20),
    visitorId: visitor._id,
    visitorRole: grant.role as PairingRole,
    everyDays: p.everyDays,
    since: ctx.now,
    by: caller.openid,
    now: ctx.now,
  });
  const result = { id: pairing._id };
  await insertPairing(pairing, ctx.record(result));
  return result;
}
