/**
 * 微心愿 (types/party-service.ts). Every step re-reads the wish inside its transaction and decides on
 * that fresh copy, so two members claiming at once conflict on the wish and the loser, run again,
 * finds it claimed (PARTY.WISH_TAKEN): a wish has one claimer. The resident's confirmation credits the
 * claimer's points in that same transaction.
 */
import { COLLECTIONS, DomainError, type PointEntry, type Wish, type WishStatus } from '@lx/types';
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
}

export function stepWish(id: string, decide: (fresh: Wish) => WishDecision, also: TxWrite): Promise<Wish> {
  return commuting(() =>
    db().runTransaction(async (tx) => {
      const fresh = await getInTx<Wish>(tx, C.partyWishes, id);
      if (!fresh) throw new DomainError('PARTY.WISH_NOT_FOUND');
      const { after, credit } = decide(fresh);
      const { _id, ...body } = after;
      await tx.collection(C.partyWishes).doc(_id).set({ data: body });
      if (credit) await creditInTx(tx, credit);
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
