import { DomainError, isInviteCodeShape, normalizeInviteCode, type Payload, type ResultOf } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { getInvitation, redeemInvitation } from '../../shared/repo/invitations';
import { toMe } from './me';

/** Enter or scan an invitation code: the caller gains its role at its org node (one time only). */
export async function redeem(p: Payload<'org', 'redeem'>, ctx: ActionContext): Promise<ResultOf<'org', 'redeem'>> {
  const caller = await ctx.caller();
  const code = normalizeInviteCode(p.code);
  if (!isInviteCodeShape(code)) throw new DomainError('INVITE.NOT_FOUND');
  // read outside the transaction first: a transaction's read of a missing document aborts it
  if (!(await getInvitation(code))) throw new DomainError('INVITE.NOT_FOUND');
  const { inv, user } = await redeemInvitation(code, caller.openid, ctx.now);
  return { me: await toMe(user), role: inv.role, orgName: inv.orgName };
}
