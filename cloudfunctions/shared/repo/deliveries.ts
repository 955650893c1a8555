/**
 * Notice deliveries (one row per notice and resident, `${noticeId}:${userId}`): the pusher's claim
 * before each send, so nobody is messaged twice, and its retries.
 */
import { COLLECTIONS, type NoticeDelivery } from '@lx/types';
import { db, isDuplicate } from '../cloud';
import { BY_ID, nextAfter } from './paging';

const deliveries = () => db().collection(COLLECTIONS.noticeDeliveries);

/** Claims the delivery before sending; false when another run already handled this user. */
export async function claimDelivery(d: NoticeDelivery): Promise<boolean> {
  try {
    await deliveries().add({ data: { ...d } });
    return true;
  } catch (e) {
    if (isDuplicate(e)) return false;
    throw e;
  }
}

/** Re-claims a failed delivery for another attempt: only the run whose update lands may send. */
export async function reclaimFailed(d: NoticeDelivery, now: number): Promise<boolean> {
  const res = await deliveries()
    .where({ _id: d._id, status: 'failed', attempts: d.attempts })
    .update({ data: { status: 'sending', attempts: d.attempts + 1, updatedAt: now } });
  return res.stats.updated === 1;
}

export async function settleDelivery(id: string, data: Partial<NoticeDelivery>): Promise<void> {
  await deliveries()
    .doc(id)
    .update({ data: { ...data } });
}

/** The first `limit` failed deliveries with attempts left, in _id order. */
export function retryableDeliveries(noticeId: string, maxAttempts: number, limit: number): Promise<NoticeDelivery[]> {
  const _ = db().command;
  const cond = { noticeId, status: 'failed', attempts: _.lt(maxAttempts) };
  return nextAfter<NoticeDelivery>(COLLECTIONS.noticeDeliveries, cond, BY_ID, null, limit);
}
