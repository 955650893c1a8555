/**
 * Notices (the notices function composes, publishes and lists them; the pusher walks the published
 * ones and records its progress on them). Reads and visits are the notices function's alone
 * (notices/repo/reads.ts); deliveries and the residents in scope are in deliveries.ts and residents.ts.
 */
import { COLLECTIONS, PAGE_SIZE, type Notice } from '@lx/types';
import { db } from '../cloud';
import { nextAfter, type Order, pageAfter } from './paging';
import { NO_WRITE, type TxWrite } from './tx';

const notices = () => db().collection(COLLECTIONS.notices);

/** Pinned first, then newest (`rank`), paged by a (rank, _id) cursor. */
const BY_RANK: Order = { field: 'rank', dir: 'desc' };

export async function getNotice(id: string): Promise<Notice | null> {
  const res = await notices().where({ _id: id }).limit(1).get();
  return (res.data[0] as unknown as Notice | undefined) ?? null;
}

/** A new draft, with the writes that commit with it (ctx.record: the save request's first answer). */
export async function insertNotice(n: Notice, also: TxWrite = NO_WRITE): Promise<void> {
  await db().runTransaction(async (tx) => {
    await tx.collection(COLLECTIONS.notices).add({ data: { ...n } });
    await also(tx);
  });
}

/** Updates only if the notice is still in `status`: a concurrent publish/withdraw wins once. */
export async function updateNoticeIf(id: string, status: Notice['status'], data: Partial<Notice>): Promise<boolean> {
  const res = await notices()
    .where({ _id: id, status })
    .update({ data: { ...data } });
  return res.stats.updated === 1;
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
) => pageAfter<Notice>(COLLECTIONS.notices, feedCondition(streetId, keys, now), BY_RANK, cursor, size);

/** The newest visible notices (for the unread count and the home page's bar). */
export const visibleNotices = (streetId: string, keys: readonly string[], now: number): Promise<Notice[]> =>
  nextAfter<Notice>(COLLECTIONS.notices, feedCondition(streetId, keys, now), BY_RANK, null, 100, {
    _id: true,
    title: true,
    category: true,
    pinned: true,
    rank: true,
  });

/**
 * What staff manage: the notices composed under any of `composedUnder` (drafts included), and the
 * published or withdrawn ones for the whole of a street in `streets` or reaching a community or grid
 * in `reaching`.
 */
export interface ManagedScope {
  composedUnder: readonly string[];
  streets: readonly string[];
  reaching: readonly string[];
}

export function managedNotices(scope: ManagedScope, cursor: string | undefined, size = PAGE_SIZE) {
  const _ = db().command;
  const shown = _.in(['published', 'withdrawn']);
  const conds = [
    ...scope.composedUnder.map((id) => ({ orgPath: id })),
    ...scope.streets.map((id) => ({ streetId: id, status: shown })),
    ...scope.reaching.flatMap((id) => [
      { reachCommunities: id, status: shown },
      { reachGrids: id, status: shown },
    ]),
  ];
  return pageAfter<Notice>(COLLECTIONS.notices, _.or(conds), BY_RANK, cursor, size);
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

/** Published notices whose push is not finished and whose time has come (one read: the pusher sorts them). */
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
