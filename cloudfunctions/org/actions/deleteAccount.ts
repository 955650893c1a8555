import { DomainError, STAFF_ROLES, type Payload, type ResultOf } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { deleteAccount as deleteInTx } from '../../shared/repo/account';

/**
 * 注销账号: the caller's tickets stay, detached from them (已注销用户); everything else about them goes,
 * in one transaction with the account event (repo/account.ts). Staff first hand their duties back: a
 * queue must not lose the person it is waiting on, and their handling stays on the record under them.
 */
export async function deleteAccount(
  _: Payload<'org', 'deleteAccount'>,
  ctx: ActionContext,
): Promise<ResultOf<'org', 'deleteAccount'>> {
  const caller = await ctx.caller();
  if (caller.grants.some((g) => (STAFF_ROLES as readonly string[]).includes(g.role))) {
    throw new DomainError('ACCOUNT.STAFF_ROLES');
  }
  const tickets = await deleteInTx(caller.user, ctx.now, (n) => ctx.record({ deleted: true, tickets: n }));
  return { deleted: true, tickets };
}
