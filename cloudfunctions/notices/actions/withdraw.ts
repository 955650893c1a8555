/**
 * Withdraw a published notice: residents stop seeing it and the pusher stops sending it; the record,
 * its reads and deliveries stay (who was told what, and when, is part of the office's record).
 */
import { DomainError, type Payload, type ResultOf } from '@lx/types';
import { authorize } from '../../shared/authz';
import type { ActionContext } from '../../shared/context';
import { getNotice, updateNoticeIf } from '../../shared/repo/notices';
import { COMPOSERS } from '../roles';

export async function withdraw(
  p: Payload<'notices', 'withdraw'>,
  ctx: ActionContext,
): Promise<ResultOf<'notices', 'withdraw'>> {
  const caller = await ctx.caller();
  const n = await getNotice(p.id);
  if (!n) throw new DomainError('NOTICE.NOT_FOUND');
  authorize(caller, COMPOSERS, n.orgPath);
  if (n.status !== 'published') throw new DomainError('NOTICE.NOT_WITHDRAWABLE');
  if (!(await updateNoticeIf(n._id, 'published', { status: 'withdrawn', withdrawnAt: ctx.now, updatedAt: ctx.now }))) {
    throw new DomainError('NOTICE.NOT_WITHDRAWABLE');
  }
  return { id: n._id };
}
