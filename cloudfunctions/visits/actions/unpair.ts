/** Ends a pairing: kept for the history (inactive, with who, when and why), the visitor off the household. */
import { DomainError, type Payload, type ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { endPairing, planById } from '../../shared/repo/visit-plans';
import { checkText } from '../../shared/security';

export async function unpair(
  p: Payload<'visits', 'unpair'>,
  ctx: ScopedContext<'visits', 'unpair'>,
): Promise<ResultOf<'visits', 'unpair'>> {
  const caller = await ctx.caller();
  const plan = await planById(p.pairingId);
  if (!plan || plan.kind !== 'pairing' || !plan.active) throw new DomainError('VISIT.PLAN_NOT_FOUND');
  // a pairing is no target kind of the table: its path against the grants that let the caller in
  if (!ctx.grants.some((g) => plan.orgPath.includes(g.orgId))) throw new DomainError('AUTH.OUT_OF_SCOPE');
  await checkText(caller.openid, [p.reason], 2);
  await endPairing(plan, caller.openid, ctx.now, p.reason);
  return { id: plan._id };
}
