import { DomainError, isInviteCodeShape, normalizeInviteCode, type Payload, type ResultOf } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { getInvitation, redeemInvitation } from '../../shared/repo/invitations';
import { findOrRegister, toMe } from './me';

/** Enter or scan an invitation code: the caller gains its role at its org node (one time only). */
export async function redeem(p: Payload<'org', 'redeem'>, ctx: ActionContext): Promise<ResultOf<'org', 'redeem'>> {
  // scanning the code may be the very first thing a new colleague does in the mini-program
  const caller = await findOrRegister(ctx.openid, ctx.now);
  const code = normalizeInviteCode(p.code);
  if (!isInviteCodeShape(code)) throw new DomainError('INVITE.NOT_FOUND');
  // read outside the transaction first: a transaction's read of a missing document aborts it
  if (!(await getInvitation(code))) throw new DomainError('INVITE.NOT_FOUND');
  const { inv, user } = await redeemInvitation(code, caller._id, ctx.now);
  return { me: await toMe(user), role: inv.role, orgName: inv.orgName };
}
