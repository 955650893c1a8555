/**
 * Who read a notice and who was told in person (入户告知): rows only the notices function keeps. Each
 * row and the counters on its notice move in one transaction, so the figures always equal the rows.
 */
import { COLLECTIONS, type NoticeRead, type NoticeVisit } from '@lx/types';
import { db, isDuplicate } from '../../shared/cloud';
import { readAll } from '../../shared/repo/paging';

export const readId = (noticeId: string, userId: string): string => `${noticeId}:${userId}`;

export async function readNoticeIds(userId: string, noticeIds: readonly string[]): Promise<Set<string>> {
  if (noticeIds.length === 0) return new Set();
  const _ = db().command;
  const res = await db()
    .collection(COLLECTIONS.noticeReads)
    .where({ userId, noticeId: _.in([...noticeIds]) })
    .field({ noticeId: true })
    .limit(1000)
    .get();
  return new Set(res.data.map((r) => r.noticeId as string));
}

/** Counter fields a read or a visit adds one to. */
function counterIncs(prefix: 'reads' | 'informed', communityId?: string, gridId?: string): Record<string, object> {
  const _ = db().command;
  const inc: Record<string, object> = { [`${prefix}.total`]: _.inc(1) };
  if (communityId) inc[`${prefix}.communities.${communityId}`] = _.inc(1);
  if (gridId) inc[`${prefix}.grids.${gridId}`] = _.inc(1);
  return inc;
}

/** Adds the row and moves its notice's counters; false when the row existed (its id is deterministic). */
async function recordOnce(
  coll: string,
  row: NoticeRead | NoticeVisit,
  counters: Record<string, object> | null,
): Promise<boolean> {
  try {
    await db().runTransaction(async (tx) => {
      await tx.collection(coll).add({ data: { ...row } });
      if (counters) await tx.collection(COLLECTIONS.notices).doc(row.noticeId).update({ data: counters });
    });
    return true;
  } catch (e) {
    if (isDuplicate(e)) return false;
    throw e;
  }
}

/** Records a read once; returns false when the user had read it already. */
export const recordRead = (read: NoticeRead): Promise<boolean> =>
  recordOnce(COLLECTIONS.noticeReads, read, read.counted ? counterIncs('reads', read.communityId, read.gridId) : null);

export const recordVisit = (v: NoticeVisit): Promise<boolean> =>
  recordOnce(COLLECTIONS.noticeVisits, v, counterIncs('informed', v.communityId, v.gridId));

export const readsInGrid = (noticeId: string, gridId: string) =>
  readAll<NoticeRead>(COLLECTIONS.noticeReads, { noticeId, gridId, counted: true }, { batch: 1000 });

export const visitsInGrid = (noticeId: string, gridId: string) =>
  readAll<NoticeVisit>(COLLECTIONS.noticeVisits, { noticeId, gridId }, { batch: 1000 });
