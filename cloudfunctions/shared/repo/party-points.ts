/**
 * The points ledger (types/party-points.ts): entries appended inside the transaction of what earned
 * them (a check-out, a wish confirmed, a visit completed), with the member's totals at the community
 * incremented in that same transaction, so totals never drift from the entries and a leaderboard is
 * one query. Also read by the members half (quarterly report, 红黄牌): totalsOf, entriesOf.
 */
import {
  applyEntry,
  COLLECTIONS,
  earnedEntry,
  emptyTotals,
  memberTotals,
  type MemberTotals,
  type PointEntry,
  type PointTotalsDoc,
  totalsDelta,
  totalsId,
} from '@lx/types';
import { db, isConflict, type Transaction } from '../cloud';
import { DomainError } from '@lx/types';
import { type Page, pageAfter, readAll } from './paging';
import { getInTx, type TxWrite } from './tx';

const C = COLLECTIONS;

/**
 * Inside the caller's transaction: the entry, unless one with its id is there already (a source
 * credits a member once: a retried check-out, a visit completed twice adds nothing), and its totals.
 * Answers whether it was written. Up to four operations: the entry read and write, the totals'
 * increment (and, the first time, the totals document written whole).
 */
export async function creditInTx(tx: Transaction, entry: PointEntry): Promise<boolean> {
  if (await getInTx<PointEntry>(tx, C.partyPoints, entry._id)) return false;
  const { _id, ...body } = entry;
  await tx.collection(C.partyPoints).doc(_id).set({ data: body });
  const _ = db().command;
  const d = totalsDelta(entry);
  const id = totalsId(entry.communityId, entry.userId);
  const inc: Record<string, unknown> = { points: _.inc(d.points), minutes: _.inc(d.minutes) };
  for (const [k, n] of Object.entries(d.counts)) inc[k] = _.inc(n);
  // lastServiceAt only moves forward: an entry may be credited late with its own earlier time
  if (d.serviceAt !== undefined) inc.lastServiceAt = (_.max as unknown as (n: number) => object)(d.serviceAt);
  const r = await tx.collection(C.partyPointTotals).doc(id).update({ data: inc });
  if (r.stats.updated > 0) return true;
  const { _id: tid, ...fresh } = applyEntry(emptyTotals(entry.communityId, entry.userId), entry);
  await tx.collection(C.partyPointTotals).doc(tid).set({ data: fresh });
  return true;
}

/** A correction (or any entry) with nothing else to ride on: its own transaction. */
export async function credit(entry: PointEntry, also: TxWrite): Promise<boolean> {
  try {
    return await db().runTransaction(async (tx) => {
      const written = await creditInTx(tx, entry);
      await also(tx);
      return written;
    });
  } catch (e) {
    if (isConflict(e)) throw new DomainError('COMMON.CONFLICT');
    throw e;
  }
}

const CHUNK = 100;
/** The members' totals at the community (members with no entry yet are left out). */
export async function totalsOf(communityId: string, userIds: string[]): Promise<MemberTotals[]> {
  const _ = db().command;
  const out: MemberTotals[] = [];
  const ids = [...new Set(userIds)].map((u) => totalsId(communityId, u));
  for (let i = 0; i < ids.length; i += CHUNK) {
    const docs = await readAll<PointTotalsDoc>(C.partyPointTotals, { _id: _.in(ids.slice(i, i + CHUNK)) });
    out.push(...docs.map(memberTotals));
  }
  return out;
}

/** A member's entries at every community with from ≤ at < to, oldest first. */
export function entriesOf(userId: string, fromMs: number, toMs: number): Promise<PointEntry[]> {
  const _ = db().command;
  return readAll<PointEntry>(
    C.partyPoints,
    { userId, at: _.and([_.gte(fromMs), _.lt(toMs)]) },
    { order: { field: 'at', dir: 'asc' } },
  );
}

/** A member's entries at a community, newest first (their own 积分明细). */
export const ledgerPage = (
  userId: string,
  communityId: string,
  cursor: string | undefined,
  size: number,
): Promise<Page<PointEntry>> =>
  pageAfter<PointEntry>(C.partyPoints, { userId, communityId }, { field: 'at', dir: 'desc' }, cursor, size, 'p');

/** The community's top members by points: one query. */
export async function leaderboard(communityId: string, size: number): Promise<MemberTotals[]> {
  const rows = await db()
    .collection(C.partyPointTotals)
    .where({ communityId })
    .orderBy('points', 'desc')
    .orderBy('_id', 'asc')
    .limit(size)
    .get();
  return (rows.data as unknown as PointTotalsDoc[]).map(memberTotals);
}

export async function getTotals(communityId: string, userId: string): Promise<MemberTotals | null> {
  const rows = await db()
    .collection(C.partyPointTotals)
    .where({ _id: totalsId(communityId, userId) })
    .limit(1)
    .get();
  const doc = rows.data[0] as unknown as PointTotalsDoc | undefined;
  return doc ? memberTotals(doc) : null;
}

/** Every entry and totals document (tests: the totals equal the sum of the entries). */
export const allEntries = (): Promise<PointEntry[]> => readAll<PointEntry>(C.partyPoints, {});
export const allTotals = (): Promise<PointTotalsDoc[]> => readAll<PointTotalsDoc>(C.partyPointTotals, {});

/** The names a leaderboard shows (one query for ≤ 100 members; only the two name fields). */
export async function namesOf(userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await readAll<{ _id: string; realName?: string; nickname?: string }>(
    C.users,
    { _id: db().command.in([...userIds]) },
    { fields: { _id: true, realName: true, nickname: true } },
  );
  return new Map(rows.map((u) => [u._id, u.realName || u.nickname || '党员']));
}

/** Members of the community ahead of `points` (a member's rank is this plus one). */
export async function aheadOf(communityId: string, points: number): Promise<number> {
  const r = await db()
    .collection(C.partyPointTotals)
    .where({ communityId, points: db().command.gt(points) })
    .count();
  return r.total;
}

export async function getEntry(id: string): Promise<PointEntry | null> {
  const rows = await db().collection(C.partyPoints).where({ _id: id }).limit(1).get();
  return (rows.data[0] as unknown as PointEntry | undefined) ?? null;
}

/**
 * The visits' completion hook (shared/repo/visits.ts, inside the transaction that completes a visit:
 * step 5, or the closing of its last linked ticket): a visit done by a party member of the household's
 * community credits them (visitDone), once per visit. The visitor is read outside the transaction's
 * snapshot (a grant is not what the completion decides on; a subscription credit spent meanwhile must
 * not make it conflict).
 */
export async function visitDoneInTx(
  tx: Transaction,
  v: { _id: string; visitorId: string; orgPath: readonly string[]; status: string; completedAt?: number },
): Promise<void> {
  if (v.status !== 'completed') return;
  const rows = await db().collection(C.users).where({ _id: v.visitorId }).field({ roles: true }).limit(1).get();
  const roles = (rows.data[0]?.roles ?? []) as { role: string; orgId: string }[];
  const grant = roles.find((g) => g.role === 'partyMember' && v.orgPath.includes(g.orgId));
  if (!grant) return;
  const at = v.completedAt ?? Date.now();
  await creditInTx(
    tx,
    earnedEntry('visitDone', { userId: v.visitorId, communityId: grant.orgId, sourceId: v._id, at, by: v.visitorId }),
  );
}

/**
 * The tickets' closing hook for 反映问题办结 (ticketHelp): a ticket a party member reported themselves
 * (随手拍: not one a worker filed on someone's behalf, nor a visit's concern, which its visit credits)
 * that ends 结案 in a community they are a member of credits them, once per ticket. The reporter is read
 * outside the transaction's snapshot, as visitDoneInTx reads its visitor.
 */
export async function ticketHelpInTx(
  tx: Transaction,
  before: { status: string },
  after: { _id: string; status: string; reporterId: string; communityId: string; filedBy?: string; visitId?: string },
  at: number,
): Promise<void> {
  if (before.status === 'closed' || after.status !== 'closed' || after.filedBy || after.visitId) return;
  const rows = await db().collection(C.users).where({ _id: after.reporterId }).field({ roles: true }).limit(1).get();
  const roles = (rows.data[0]?.roles ?? []) as { role: string; orgId: string }[];
  if (!roles.some((g) => g.role === 'partyMember' && g.orgId === after.communityId)) return;
  await creditInTx(
    tx,
    earnedEntry('ticketHelp', {
      userId: after.reporterId,
      communityId: after.communityId,
      sourceId: after._id,
      at,
      by: after.reporterId,
    }),
  );
}
