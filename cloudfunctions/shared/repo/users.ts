import { COLLECTIONS, type HomeAddress, type RoleEvent, type RoleGrant, type User } from '@lx/types';
import { db } from '../cloud';

const users = () => db().collection(COLLECTIONS.users);

export async function findUser(openid: string): Promise<User | null> {
  const res = await users().where({ _id: openid }).limit(1).get();
  return (res.data[0] as User | undefined) ?? null;
}

export async function createUser(user: User): Promise<void> {
  await users().add({ data: { ...user } });
}

/** Binds a new home address and keeps the old one in the history. */
export async function setAddress(user: User, address: HomeAddress, now: number): Promise<User> {
  const history = user.address ? [...user.addressHistory, user.address] : user.addressHistory;
  await users()
    .doc(user._id)
    .update({ data: { address, addressHistory: history, updatedAt: now } });
  return { ...user, address, addressHistory: history, updatedAt: now };
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
 * Users holding one of `roles` on the org node `orgId` (the handlers of a queue, the supervisors of a
 * scope). `roles` is an array of grants, so the match runs on the element's fields; staff are few.
 */
export async function usersWithGrant(orgId: string, roles: readonly string[]): Promise<User[]> {
  const out: User[] = [];
  for (let skip = 0; ; skip += 100) {
    const res = await users().where({ 'roles.orgId': orgId }).skip(skip).limit(100).get();
    const page = res.data as User[];
    out.push(...page.filter((u) => u.roles.some((g) => g.orgId === orgId && roles.includes(g.role))));
    if (page.length < 100) return out;
  }
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
export async function usersWithGrantAt(orgId: string): Promise<User[]> {
  const out: User[] = [];
  for (let skip = 0; ; skip += 100) {
    const res = await users().where({ 'roles.orgId': orgId }).skip(skip).limit(100).get();
    out.push(...(res.data as User[]));
    if (res.data.length < 100) return out;
  }
}

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
  return db().runTransaction(async (tx) => {
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
  });
}
