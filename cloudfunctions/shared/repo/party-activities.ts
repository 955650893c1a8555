/**
 * 志愿活动 and their sign-ups (types/party-service.ts). A sign-up takes a place in the same transaction
 * that counts it on the activity, so concurrent sign-ups conflict on the activity document and the
 * count never passes the capacity. Check-in is one conditional update of the member's sign-up (no
 * transaction: one document changes), so it costs the caller, the activity and that update.
 */
import {
  COLLECTIONS,
  DomainError,
  type Activity,
  type ErrorCode,
  MAX_WRONG_CODES,
  type PointEntry,
  type Signup,
  signupId,
} from '@lx/types';
import { type Command, db, isConflict, type Transaction } from '../cloud';
import { type Page, pageAfter, readAll } from './paging';
import { creditInTx } from './party-points';
import { commuting, getInTx, type TxWrite } from './tx';

const C = COLLECTIONS;
const one = async <T>(coll: string, id: string): Promise<T | null> =>
  ((await db().collection(coll).where({ _id: id }).limit(1).get()).data[0] as T | undefined) ?? null;

export const getActivity = (id: string): Promise<Activity | null> => one<Activity>(C.partyActivities, id);
export const getSignup = (activityId: string, userId: string): Promise<Signup | null> =>
  one<Signup>(C.partySignups, signupId(activityId, userId));

export async function insertActivity(a: Activity, also: TxWrite): Promise<void> {
  await db().runTransaction(async (tx) => {
    const { _id, ...body } = a;
    await tx.collection(C.partyActivities).doc(_id).set({ data: body });
    await also(tx);
  });
}

/** current: not yet ended, soonest first; past: ended, latest first. */
export function activitiesOf(
  communityId: string,
  list: 'current' | 'past',
  now: number,
  cursor: string | undefined,
  size: number,
): Promise<Page<Activity>> {
  const _ = db().command;
  const current = list === 'current';
  const cond = { communityId, endAt: current ? _.gte(now) : _.lt(now) };
  const order = { field: 'startAt', dir: current ? 'asc' : 'desc' } as const;
  // each list its own cursor prefix: one list's cursor cannot page the other
  return pageAfter<Activity>(C.partyActivities, cond, order, cursor, size, current ? 'c' : 'p');
}

/** A member's own sign-ups by the activities' start (the caller's "my activities"). */
export const signupsOf = (activityIds: readonly string[], userId: string): Promise<Signup[]> =>
  readAll<Signup>(C.partySignups, { _id: db().command.in(activityIds.map((a) => signupId(a, userId))) });

/** An activity's roster in sign-up order (capacity ≤ 1000: ten batches at most). */
export const rosterOf = (activityId: string): Promise<Signup[]> =>
  readAll<Signup>(C.partySignups, { activityId }, { order: { field: 'signedUpAt', dir: 'asc' } });

/** What a place-changing step decided: the activity's new count and the sign-up to write. */
export interface PlaceDecision {
  signup: Signup;
  delta: 1 | -1;
}

/**
 * A sign-up or a cancellation: the activity and the member's sign-up re-read in the transaction,
 * decided on, then the count and the sign-up written together with the guards' writes. Racing
 * sign-ups conflict on the activity document and are run again (commuting): a loser finds the
 * places taken (PARTY.ACTIVITY_FULL) or, past the retries, COMMON.CONFLICT.
 */
export async function movePlace(
  activityId: string,
  userId: string,
  decide: (a: Activity, s: Signup | null) => PlaceDecision,
  also: TxWrite,
): Promise<{ activity: Activity; signup: Signup }> {
  // one activity document takes every sign-up's count: a burst (a popular activity opening) queues on
  // it, so a lost round starts commuting's paced retries again, a few times, before giving up
  for (let round = 1; ; round++) {
    try {
      return await placeOnce(activityId, userId, decide, also);
    } catch (e) {
      if (!(e instanceof DomainError && e.code === 'COMMON.CONFLICT') || round >= PLACE_ROUNDS) throw e;
    }
  }
}
const PLACE_ROUNDS = 4;

function placeOnce(
  activityId: string,
  userId: string,
  decide: (a: Activity, s: Signup | null) => PlaceDecision,
  also: TxWrite,
): Promise<{ activity: Activity; signup: Signup }> {
  return commuting(() =>
    db().runTransaction(async (tx) => {
      const a = await getInTx<Activity>(tx, C.partyActivities, activityId);
      if (!a) throw new DomainError('PARTY.ACTIVITY_NOT_FOUND');
      const s = await getInTx<Signup>(tx, C.partySignups, signupId(activityId, userId));
      const { signup, delta } = decide(a, s);
      const after = { ...a, signedUp: a.signedUp + delta };
      await tx
        .collection(C.partyActivities)
        .doc(activityId)
        .update({ data: { signedUp: after.signedUp } });
      const { _id, ...body } = signup;
      await tx.collection(C.partySignups).doc(_id).set({ data: body });
      await also(tx);
      return { activity: after, signup };
    }),
  );
}

type Refusal = (s: Signup | null) => ErrorCode | null;

/**
 * One conditional update of a member's sign-up that is signed up and not checked in yet (and whatever
 * else `change` asks of it): null when it was written, else what `refusal` says of it as it is now.
 */
async function updateOpenSignup(
  activityId: string,
  userId: string,
  change: (_: Command) => { where: Record<string, unknown>; data: Record<string, unknown> },
  refusal: Refusal,
): Promise<ErrorCode | null> {
  const _ = db().command;
  const { where, data } = change(_);
  const r = await db()
    .collection(C.partySignups)
    .where({ _id: signupId(activityId, userId), status: 'signedUp', checkIn: _.exists(false), ...where })
    .update({ data });
  if (r.stats.updated > 0) return null;
  return refusal(await getSignup(activityId, userId));
}

/**
 * The check-in itself: set only while the member is signed up, not checked in and not locked out by
 * wrong codes, so two racing check-ins write one. Answers the refusal the sign-up gives when nothing
 * was written (read only then).
 */
export const markCheckIn = (
  activityId: string,
  userId: string,
  checkIn: NonNullable<Signup['checkIn']>,
  refusal: Refusal,
): Promise<ErrorCode | null> =>
  updateOpenSignup(
    activityId,
    userId,
    (_) => ({ where: { wrongCodes: _.lt(MAX_WRONG_CODES) }, data: { checkIn: _.set(checkIn) } }),
    (s) => refusal(s) ?? 'COMMON.CONFLICT',
  );

/** A wrong code counted on the sign-up (the refusal when there is none to count on). */
export const countWrongCode = (activityId: string, userId: string, refusal: Refusal): Promise<ErrorCode | null> =>
  updateOpenSignup(activityId, userId, (_) => ({ where: {}, data: { wrongCodes: _.inc(1) } }), refusal);

/** What a crediting step decided on the fresh sign-up: the sign-up after it and the ledger entries. */
export interface CreditDecision {
  signup: Signup;
  entries: PointEntry[];
}

/** Check-out or the organiser's confirmation: the sign-up and its ledger entries in one transaction. */
export async function creditSignup(
  activityId: string,
  userId: string,
  decide: (s: Signup | null) => CreditDecision,
): Promise<CreditDecision> {
  try {
    return await db().runTransaction(async (tx: Transaction) => {
      const s = await getInTx<Signup>(tx, C.partySignups, signupId(activityId, userId));
      const out = decide(s);
      const { _id, ...body } = out.signup;
      await tx.collection(C.partySignups).doc(_id).set({ data: body });
      for (const e of out.entries) await creditInTx(tx, e);
      return out;
    });
  } catch (e) {
    if (isConflict(e)) throw new DomainError('COMMON.CONFLICT');
    throw e;
  }
}

/** Every activity and sign-up (tests). */
export const allSignups = (): Promise<Signup[]> => readAll<Signup>(C.partySignups, {});
