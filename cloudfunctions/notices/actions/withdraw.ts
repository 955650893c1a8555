/**
 * Withdraw a published notice: residents stop seeing it and the pusher stops sending it; the record,
 * its reads and deliveries stay (who was told what, and when, is part of the office's record).
 */
import { DomainError, type Payload, type ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { updateNoticeIf } from '../../shared/repo/notices';

export async function withdraw(
  _: Payload<'notices', 'withdraw'>,
  ctx: ScopedContext<'notices', 'withdraw'>,
): Promise<ResultOf<'notices', 'withdraw'>> {
  const n = ctx.target;
  if (n.status !== 'published') throw new DomainError('NOTICE.NOT_WITHDRAWABLE');
  if (!(await updateNoticeIf(n._id, 'published', { status: 'withdrawn', withdrawnAt: ctx.now, updatedAt: ctx.now }))) {
    throw new DomainError('NOTICE.NOT_WITHDRAWABLE');
  }
  return { id: n._id };
}
