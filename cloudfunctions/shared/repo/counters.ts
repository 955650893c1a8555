/** Rate counters (types/limits.ts): one document per user × rule × window start, read by _id. */
import { COLLECTIONS, type RateCounter } from '@lx/types';
import { db, type Transaction } from '../cloud';
import { commuting, getInTx } from './tx';

const counters = () => db().collection(COLLECTIONS.rateCounters);

/** The counters with these ids, in that order (null: none yet); one read. */
export async function readCounters(ids: readonly string[]): Promise<(RateCounter | null)[]> {
  if (ids.length === 0) return [];
  const _ = db().command;
  const res = await counters()
    .where({ _id: ids.length === 1 ? ids[0] : _.in([...ids]) })
    .limit(ids.length)
    .get();
  const byId = new Map((res.data as unknown as RateCounter[]).map((c) => [c._id, c]));
  return ids.map((id) => byId.get(id) ?? null);
}

type Next = (prev: RateCounter | null) => RateCounter | null;

/**
 * Inside the caller's transaction: reads the counter fresh (so two concurrent calls conflict and the
 * retried one sees the other's count), lets `next` refuse by throwing, and writes what it returns
 * (null: nothing left to count, the document goes).
 */
export async function bumpInTx(tx: Transaction, id: string, next: Next): Promise<void> {
  const prev = await getInTx<RateCounter>(tx, COLLECTIONS.rateCounters, id);
  const doc = next(prev);
  if (!doc) {
    if (prev) await tx.collection(COLLECTIONS.rateCounters).doc(id).remove();
    return;
  }
  const { _id, ...fields } = doc;
  await tx.collection(COLLECTIONS.rateCounters).doc(_id).set({ data: fields });
}

/** The same in a transaction of its own (a count with no write of the action's to ride on). */
export const bump = (id: string, next: Next): Promise<void> =>
  commuting(() => db().runTransaction((tx) => bumpInTx(tx, id, next)));
