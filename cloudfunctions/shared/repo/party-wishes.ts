/**
 * 微心愿 (types/party-service.ts). Every step re-reads the wish inside its transaction and decides on
 * that fresh copy, so two members claiming at once conflict on the wish and the loser, run again,
 * finds it claimed (PARTY.WISH_TAKEN): a wish has one claimer. The resident's confirmation credits the
 * claimer's points in that same transaction.
 */
import {
  COLLECTIONS,
  DomainError,
  type MediaCheckRecord,
  type PointEntry,
  type Wish,
  type WishStatus,
} from '@lx/types';
import { db } from '../cloud';
import { type Page, pageAfter } from './paging';
import { creditInTx } from './party-points';
import { commuting, getInTx, type TxWrite } from './tx';

const C = COLLECTIONS;

export async function getWish(id: string): Promise<Wish | null> {
  const rows = await db().collection(C.partyWishes).where({ _id: id }).limit(1).get();
  return (rows.data[0] as unknown as Wish | undefined) ?? null;
}

export async function insertWish(w: Wish, also: TxWrite): Promise<void> {
  await db().runTransaction(async (tx) => {
    const { _id, ...body } = w;
    await tx.collection(C.partyWishes).doc(_id).set({ data: body });
    await also(tx);
  });
}

/** What a step decided on the fresh wish: the wish after it, and a ledger entry it earns. */
export interface WishDecision {
  after: Wish;
  credit?: PointEntry;
  /** the completion photos' image checks, remembered in the step's transaction (media-verdict.ts) */
  checks?: MediaCheckRecord[];
}

export function stepWish(id: string, decide: (fresh: Wish) => WishDecision, also: TxWrite): Promise<Wish> {
  return commuting(() =>
    db().runTransaction(async (tx) => {
      const fresh = await getInTx<Wish>(tx, C.partyWishes, id);
      if (!fresh) throw new DomainError('PARTY.WISH_NOT_FOUND');
      const { after, credit, checks = [] } = decide(fresh);
      const { _id, ...body } = after;
      await tx.collection(C.partyWishes).doc(_id).set({ data: body });
      if (credit) await creditInTx(tx, credit);
      for (const { _id: traceId, ...check } of checks)
        await tx.collection(C.mediaChecks).doc(traceId).set({ data: check });
      await also(tx);
      return after;
    }),
  );
}

const NEWEST = { field: 'createdAt', dir: 'desc' } as const;

export const wishesOfCommunity = (
  communityId: string,
  status: WishStatus,
  cursor: string | undefined,
  size: number,
): Promise<Page<Wish>> => pageAfter<Wish>(C.partyWishes, { communityId, status }, NEWEST, cursor, size, 'w');

export const wishesOfResident = (residentId: string, cursor: string | undefined, size: number): Promise<Page<Wish>> =>
  pageAfter<Wish>(C.partyWishes, { residentId }, NEWEST, cursor, size, 'r');

export const wishesOfClaimer = (
  claimerId: string,
  communityId: string,
  cursor: string | undefined,
  size: number,
): Promise<Page<Wish>> => pageAfter<Wish>(C.partyWishes, { claimerId, communityId }, NEWEST, cursor, size, 'm');

/**
 * An image check's verdict on a completion photo: a risky one leaves the wish's photos (the file stays
 * in storage), and the review keeps the verdict. A second delivery of the same verdict changes nothing.
 */
export async function setWishPhotoReview(
  check: Extract<MediaCheckRecord, { kind: 'wish' }>,
  state: 'pass' | 'risky',
): Promise<number> {
  return db().runTransaction(async (tx) => {
    await tx.collection(C.mediaChecks).doc(check._id).update({ data: { state } });
    const w = await getInTx<Wish>(tx, C.partyWishes, check.wishId);
    const c = w?.completion;
    if (!w || !c || !c.photoReviews?.some((r) => r.traceId === check._id)) return 0;
    const photos = state === 'risky' ? c.photos.filter((f) => f !== check.fileId) : c.photos;
    if (photos.length === c.photos.length) return 0;
    const _ = db().command;
    const r = await tx
      .collection(C.partyWishes)
      .doc(w._id)
      .update({ data: { 'completion.photos': _.set(photos) } });
    return r.stats.updated;
  });
}
