import {
  COLLECTIONS,
  type HomeAddress,
  type RoleEvent,
  type RoleGrant,
  type SubscriptionKey,
  type User,
} from '@lx/types';
import { db, type Transaction } from '../cloud';
import { readAll } from './paging';
import type { TxWrite } from './tx';

const users = () => db().collection(COLLECTIONS.users);

export async function findUser(openid: string): Promise<User | null> {
  const res = await users().where({ _id: openid }).limit(1).get();
  return (res.data[0] as User | undefined) ?? null;
}

export async function createUser(user: User): Promise<void> {
  await users().add({ data: { ...user } });
}

/**
 * Binds a new home address and keeps the old one in the history; `also` writes in the same
 * transaction (the households the resident leaves and joins: repo/visits.ts moveMemberInTx).
 */
export async function setAddress(user: User, address: HomeAddress, now: number, also: TxWrite): Promise<User> {
  const history = user.address ? [...user.addressHistory, user.address] : user.addressHistory;
  const data = { address, addressHistory: history, updatedAt: now };
  await db().runTransaction(async (tx) => {
    await tx.collection(COLLECTIONS.users).doc(user._id).update({ data });
    await also(tx);
  });
  return { ...user, ...data };
}

export async function setSubscriptions(
  openid: string,
  subscriptions: User['subscriptions'],
  now: number,
): Promise<void> {
  await users()
    .doc(openid)
    .update({ data: { subscriptions, updatedAt: now } });
}

/**
 * Spends one subscription-message credit for the template with a conditional update, so two
 * concurrent senders can never use one credit twice; false when the user has none left.
 */
export async function spendCredit(openid: string, template: SubscriptionKey): Promise<boolean> {
  const _ = db().command;
  const field = `subscriptions.${template}`;
  const res = await users()
    .where({ _id: openid, [field]: _.gt(0) })
    .update({ data: { [field]: _.inc(-1) } });
  return res.stats.updated === 1;
}

/** A long-term template's consent: checked before each send, never spent (types/subscriptions.ts). */
export async function hasCredit(openid: string, template: SubscriptionKey): Promise<boolean> {
  const _ = db().command;
  const res = await users()
    .where({ _id: openid, [`subscriptions.${template}`]: _.gt(0) })
    .count();
  return res.total === 1;
}

/** The user turned a long-term template off in WeChat (43101): stop trying until they allow it again. */
export async function revokeCredit(openid: string, template: SubscriptionKey): Promise<void> {
  await users()
    .doc(openid)
    .update({ data: { [`subscriptions.${template}`]: 0 } });
}

/** Gives a credit back when WeChat refused the send, so the user's consent is not lost. */
export async function refundCredit(openid: string, template: SubscriptionKey): Promise<void> {
  const _ = db().command;
  await users()
    .doc(openid)
    .update({ data: { [`subscriptions.${template}`]: _.inc(1) } });
}

/**
 * Users holding one of `roles` on the org node `orgId` (the handlers of a queue, the supervisors of a
 * scope). `roles` is an array of grants, so the match runs on the element's fields; staff are few.
 */
export async function usersWithGrant(orgId: string, roles: readonly string[]): Promise<User[]> {
  return (await usersWithGrantAt(orgId)).filter((u) =>
    u.roles.some((g) => g.orgId === orgId && roles.includes(g.role)),
  );
}

export async function saveProfile(
  openid: string,
  data: Partial<Pick<User, 'nickname' | 'avatar' | 'phone'>>,
  now: number,
) {
  const _ = db().command;
  const set: Record<string, unknown> = { updatedAt: now };
  for (const [k, v] of Object.entries(data)) {
    if (v === undefined) continue;
    // an empty phone removes it: kept only while the user wants it kept
    set[k] = v === '' ? _.remove() : v;
  }
  await users().doc(openid).update({ data: set });
}

/** Users holding a grant at exactly `orgId` (the staff page of one node). */
export const usersWithGrantAt = (orgId: string): Promise<User[]> =>
  readAll<User>(COLLECTIONS.users, { 'roles.orgId': orgId });

/**
 * Removes one grant and records it, in one transaction: a revocation always leaves its event row,
 * and a concurrent grant or revoke on the same user conflicts instead of being lost.
 */
export async function revokeGrant(
  userId: string,
  grant: { role: RoleGrant['role']; orgId: string },
  event: RoleEvent,
  now: number,
): Promise<RoleGrant[] | null> {
  return db().runTransaction((tx) => revokeGrantInTx(tx, userId, grant, event, now));
}

/** revokeGrant inside a transaction that changes more (撤销 of a party member's 报到); null: not held. */
export async function revokeGrantInTx(
  tx: Transaction,
  userId: string,
  grant: { role: RoleGrant['role']; orgId: string },
  event: RoleEvent,
  now: number,
): Promise<RoleGrant[] | null> {
  // the caller checked the user exists; a read of a missing document would abort the transaction
  const user = (await tx.collection(COLLECTIONS.users).doc(userId).get()).data as User;
  const left = user.roles.filter((g) => !(g.role === grant.role && g.orgId === grant.orgId));
  if (left.length === user.roles.length) return null;
  await tx
    .collection(COLLECTIONS.users)
    .doc(userId)
    .update({ data: { roles: left, updatedAt: now } });
  await tx.collection(COLLECTIONS.roleEvents).add({ data: { ...event } });
  return left;
}

/**
 * Adds a grant with its role event inside the caller's transaction (a party member's approval, like
 * an invitation's redeem); false when the user already holds that role there (nothing written).
 */
export async function addGrantInTx(
  tx: Transaction,
  userId: string,
  grant: RoleGrant,
  event: RoleEvent,
  now: number,
): Promise<boolean> {
  const user = (await tx.collection(COLLECTIONS.users).doc(userId).get()).data as User;
  if (user.roles.some((g) => g.role === grant.role && g.orgId === grant.orgId)) return false;
  await tx
    .collection(COLLECTIONS.users)
    .doc(userId)
    .update({ data: { roles: [...user.roles, grant], updatedAt: now } });
  await tx.collection(COLLECTIONS.roleEvents).add({ data: { ...event } });
  return true;
}
