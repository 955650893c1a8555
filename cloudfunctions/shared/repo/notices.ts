/**
 * Data access of notices, their reads, deliveries and in-person visits, and the residents a notice is
 * for. Residents are found by their home's place on the user document (`address.*`, indexed).
 */
import {
  COLLECTIONS,
  PAGE_SIZE,
  type Notice,
  type NoticeDelivery,
  type NoticeRead,
  type NoticeVisit,
  type OrgNode,
  type User,
} from '@lx/types';
import { db, isDuplicate } from '../cloud';

const notices = () => db().collection(COLLECTIONS.notices);

export async function getNotice(id: string): Promise<Notice | null> {
  const res = await notices().where({ _id: id }).limit(1).get();
  return (res.data[0] as unknown as Notice | undefined) ?? null;
}

export async function insertNotice(n: Notice): Promise<void> {
  await notices().add({ data: { ...n } });
}

/** Updates only if the notice is still in `status`: a concurrent publish/withdraw wins once. */
export async function updateNoticeIf(id: string, status: Notice['status'], data: Partial<Notice>): Promise<boolean> {
  const res = await notices()
    .where({ _id: id, status })
    .update({ data: { ...data } });
  return res.stats.updated === 1;
}

export async function setNoticeFields(id: string, data: Record<string, unknown>): Promise<void> {
  await notices().doc(id).update({ data });
}

/** Rank-ordered paging cursor: `${rank}_${id}`. */
export const encodeCursor = (n: Pick<Notice, 'rank' | '_id'>): string => `${n.rank}_${n._id}`;
function decodeCursor(s: string | undefined): { rank: number; id: string } | null {
  if (!s) return null;
  const i = s.indexOf('_');
  const rank = Number(s.slice(0, i));
  return i < 1 || !Number.isFinite(rank) ? null : { rank, id: s.slice(i + 1) };
}

function afterCursor(cond: object, cursor: string | undefined): object {
  const c = decodeCursor(cursor);
  if (!c) return cond;
  const _ = db().command;
  return _.and([cond, _.or([{ rank: _.lt(c.rank) }, { rank: c.rank, _id: _.lt(c.id) }])]);
}

async function pageOf(
  cond: object,
  cursor: string | undefined,
  size: number,
): Promise<{ items: Notice[]; hasMore: boolean; next?: string }> {
  const res = await notices()
    .where(afterCursor(cond, cursor))
    .orderBy('rank', 'desc')
    .orderBy('_id', 'desc')
    .limit(size + 1)
    .get();
  const rows = res.data as unknown as Notice[];
  const items = rows.slice(0, size);
  const hasMore = rows.length > size;
  return { items, hasMore, ...(hasMore ? { next: encodeCursor(items[items.length - 1]) } : {}) };
}

/** What a resident whose home answers to `keys` sees now: published, due, not expired, for them. */
export function feedCondition(streetId: string, keys: readonly string[], now: number): object {
  const _ = db().command;
  return {
    streetId,
    status: 'published',
    publishAt: _.lte(now),
    expiresAt: _.gt(now),
    targets: _.in([...keys]),
  };
}

export const residentFeed = (
  streetId: string,
  keys: readonly string[],
  now: number,
  cursor?: string,
  size = PAGE_SIZE,
) => pageOf(feedCondition(streetId, keys, now), cursor, size);

/** The newest visible notices (for the unread count and the home page's bar). */
export async function visibleNotices(streetId: string, keys: readonly string[], now: number): Promise<Notice[]> {
  const res = await notices()
    .where(feedCondition(streetId, keys, now))
    .orderBy('rank', 'desc')
    .field({ _id: true, title: true, category: true, pinned: true, rank: true })
    .limit(100)
    .get();
  return res.data as unknown as Notice[];
}

export const managedNotices = (cond: object, cursor: string | undefined, size = PAGE_SIZE) =>
  pageOf(cond, cursor, size);

// --- reads

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

/**
 * Records a read once; the counters move in the same transaction, so figures always equal the rows.
 * Returns false when the user had read it already (the read row's id is deterministic).
 */
export async function recordRead(read: NoticeRead): Promise<boolean> {
  try {
    await db().runTransaction(async (tx) => {
      await tx.collection(COLLECTIONS.noticeReads).add({ data: { ...read } });
      if (read.counted) {
        await tx
          .collection(COLLECTIONS.notices)
          .doc(read.noticeId)
          .update({ data: counterIncs('reads', read.communityId, read.gridId) });
      }
    });
    return true;
  } catch (e) {
    if (isDuplicate(e)) return false;
    throw e;
  }
}

async function allWhere<T>(coll: string, cond: object, fields?: Record<string, boolean>): Promise<T[]> {
  const out: T[] = [];
  for (let skip = 0; ; skip += 1000) {
    let q = db().collection(coll).where(cond).orderBy('_id', 'asc').skip(skip).limit(1000);
    if (fields) q = q.field(fields);
    const res = await q.get();
    out.push(...(res.data as unknown as T[]));
    if (res.data.length < 1000) return out;
  }
}

export const readsInGrid = (noticeId: string, gridId: string) =>
  allWhere<NoticeRead>(COLLECTIONS.noticeReads, { noticeId, gridId, counted: true });

export const visitsInGrid = (noticeId: string, gridId: string) =>
  allWhere<NoticeVisit>(COLLECTIONS.noticeVisits, { noticeId, gridId });

export async function recordVisit(v: NoticeVisit): Promise<boolean> {
  try {
    await db().runTransaction(async (tx) => {
      await tx.collection(COLLECTIONS.noticeVisits).add({ data: { ...v } });
      await tx
        .collection(COLLECTIONS.notices)
        .doc(v.noticeId)
        .update({ data: counterIncs('informed', v.communityId, v.gridId) });
    });
    return true;
  } catch (e) {
    if (isDuplicate(e)) return false;
    throw e;
  }
}

// --- residents in scope

/** Users whose home answers to one of `targets`. */
export function scopeCondition(targets: readonly string[]): object {
  const _ = db().command;
  const t = [...targets];
  return _.or([
    { 'address.streetId': _.in(t) },
    { 'address.communityId': _.in(t) },
    { 'address.gridId': _.in(t) },
    { 'address.buildingId': _.in(t) },
  ]);
}

export interface AudienceCount {
  communityId: string;
  gridId: string | null;
  n: number;
}

/** Residents in scope per (community, grid): one aggregation instead of a count per grid. */
export async function audienceCounts(targets: readonly string[]): Promise<AudienceCount[]> {
  const _ = db().command as unknown as { aggregate: { sum(x: unknown): object } };
  const agg = (
    db().collection(COLLECTIONS.users) as unknown as {
      aggregate(): {
        match(c: object): { group(g: object): { limit(n: number): { end(): Promise<{ list: unknown[] }> } } };
      };
    }
  ).aggregate();
  const res = await agg
    .match(scopeCondition(targets))
    .group({ _id: { c: '$address.communityId', g: '$address.gridId' }, n: _.aggregate.sum(1) })
    .limit(1000)
    .end();
  return (res.list as { _id: { c: string; g?: string | null }; n: number }[]).map((r) => ({
    communityId: r._id.c,
    gridId: r._id.g ?? null,
    n: r.n,
  }));
}

/** Residents whose home is in the grid (door-to-door list). */
export const residentsOfGrid = (gridId: string) =>
  allWhere<User>(
    COLLECTIONS.users,
    { 'address.gridId': gridId },
    { _id: true, nickname: true, realName: true, address: true },
  );

/** The next residents in scope after `afterId`, in _id order (the pusher's walk). */
export async function residentsAfter(targets: readonly string[], afterId: string | undefined, limit: number) {
  const _ = db().command;
  const cond = afterId ? _.and([scopeCondition(targets), { _id: _.gt(afterId) }]) : scopeCondition(targets);
  const res = await db()
    .collection(COLLECTIONS.users)
    .where(cond)
    .orderBy('_id', 'asc')
    .field({ _id: true })
    .limit(limit)
    .get();
  return res.data.map((u) => u._id as string);
}

// --- deliveries

/** Claims the delivery before sending; false when another run already handled this user. */
export async function claimDelivery(d: NoticeDelivery): Promise<boolean> {
  try {
    await db()
      .collection(COLLECTIONS.noticeDeliveries)
      .add({ data: { ...d } });
    return true;
  } catch (e) {
    if (isDuplicate(e)) return false;
    throw e;
  }
}

/** Re-claims a failed delivery for another attempt: only the run whose update lands may send. */
export async function reclaimFailed(d: NoticeDelivery, now: number): Promise<boolean> {
  const res = await db()
    .collection(COLLECTIONS.noticeDeliveries)
    .where({ _id: d._id, status: 'failed', attempts: d.attempts })
    .update({ data: { status: 'sending', attempts: d.attempts + 1, updatedAt: now } });
  return res.stats.updated === 1;
}

export async function settleDelivery(id: string, data: Partial<NoticeDelivery>): Promise<void> {
  await db()
    .collection(COLLECTIONS.noticeDeliveries)
    .doc(id)
    .update({ data: { ...data } });
}

export async function retryableDeliveries(noticeId: string, maxAttempts: number, limit: number) {
  const _ = db().command;
  const res = await db()
    .collection(COLLECTIONS.noticeDeliveries)
    .where({ noticeId, status: 'failed', attempts: _.lt(maxAttempts) })
    .orderBy('_id', 'asc')
    .limit(limit)
    .get();
  return res.data as unknown as NoticeDelivery[];
}

/** Moves the push on: state and cursor set, counts added (two runs at once both count). */
export async function advancePush(
  id: string,
  state: Notice['push']['state'],
  cursor: string | undefined,
  counts: { sent: number; noConsent: number; failed: number },
): Promise<void> {
  const _ = db().command;
  await notices()
    .doc(id)
    .update({
      data: {
        'push.state': state,
        ...(cursor ? { 'push.cursor': cursor } : {}),
        'push.sent': _.inc(counts.sent),
        'push.noConsent': _.inc(counts.noConsent),
        'push.failed': _.inc(counts.failed),
      },
    });
}

/** Published notices whose push is not finished and whose time has come. */
export async function noticesToPush(now: number, limit: number, onlyId?: string): Promise<Notice[]> {
  const _ = db().command;
  const res = await notices()
    .where({
      ...(onlyId ? { _id: onlyId } : {}),
      status: 'published',
      publishAt: _.lte(now),
      'push.state': _.in(['waiting', 'running']),
    })
    .orderBy('publishAt', 'asc')
    .limit(limit)
    .get();
  return res.data as unknown as Notice[];
}

/** Grids of the given communities, or of the whole street (null). */
export async function gridsOf(communityIds: readonly string[] | null): Promise<OrgNode[]> {
  if (communityIds && communityIds.length === 0) return [];
  const _ = db().command;
  const cond = communityIds ? { type: 'grid', communityId: _.in([...communityIds]) } : { type: 'grid' };
  return allWhere<OrgNode>(COLLECTIONS.orgNodes, cond);
}

/** Org nodes by id, any number of them (the shared getNodes reads at most 100). */
export async function nodesByIds(ids: readonly string[]): Promise<Map<string, OrgNode>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, OrgNode>();
  const _ = db().command;
  for (let i = 0; i < unique.length; i += 100) {
    const res = await db()
      .collection(COLLECTIONS.orgNodes)
      .where({ _id: _.in(unique.slice(i, i + 100)) })
      .field({ _id: true, name: true, fullName: true, type: true, path: true, communityId: true, gridId: true })
      .limit(100)
      .get();
    for (const n of res.data as unknown as OrgNode[]) out.set(n._id, n);
  }
  return out;
}

/**
 * The buildings mapped to one grid, paged at 100. `communityId` narrows the read to the org_nodes
 * (type, communityId) index; the grid's own buildings are a handful, so the filter on gridId is cheap.
 */
export async function buildingsOfGrid(communityId: string, gridId: string): Promise<OrgNode[]> {
  const out: OrgNode[] = [];
  for (let skip = 0; ; skip += 100) {
    const res = await db()
      .collection(COLLECTIONS.orgNodes)
      .where({ type: 'building', communityId, gridId })
      .orderBy('_id', 'asc')
      .field({
        _id: true,
        name: true,
        type: true,
        path: true,
        communityId: true,
        compoundId: true,
        gridId: true,
        order: true,
      })
      .skip(skip)
      .limit(100)
      .get();
    out.push(...(res.data as unknown as OrgNode[]));
    if (res.data.length < 100) return out;
  }
}
