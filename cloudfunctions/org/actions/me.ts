import type { Me, User } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { tempUrls } from '../../shared/files';
import { getNodes } from '../../shared/repo/org';
import { isDuplicate } from '../../shared/cloud';
import { createUser, findUser } from '../../shared/repo/users';

/** The signed-in user; the first call from a new OPENID registers them as a resident. */
export async function me(_: unknown, ctx: ActionContext): Promise<Me> {
  return toMe(await findOrRegister(ctx.openid, ctx.now));
}

/**
 * The caller's user, registering a first-time visitor. Entry points a stranger can open first (a
 * scanned invitation code) use this instead of requiring an earlier `me` (their declaration,
 * `identified`, makes sure there is an OPENID).
 */
export async function findOrRegister(openid: string, now: number): Promise<User> {
  return (await findUser(openid)) ?? (await register(openid, now));
}

async function register(openid: string, now: number): Promise<User> {
  const user: User = {
    _id: openid,
    nickname: '微信用户',
    roles: [],
    addressHistory: [],
    createdAt: now,
    updatedAt: now,
  };
  try {
    await createUser(user);
    return user;
  } catch (e) {
    // two first calls at once (the app opens several pages): the other one registered them
    const existing = isDuplicate(e) ? await findUser(openid) : null;
    if (!existing) throw e;
    return existing;
  }
}

export async function toMe(user: User): Promise<Me> {
  const [nodes, urls] = await Promise.all([
    getNodes(user.roles.map((g) => g.orgId)),
    tempUrls(user.avatar ? [user.avatar] : []),
  ]);
  const names = new Map(nodes.map((n) => [n._id, n.name]));
  return {
    id: user._id,
    nickname: user.nickname,
    ...(user.avatar ? { avatar: user.avatar } : {}),
    ...(user.avatar && urls[user.avatar] ? { avatarUrl: urls[user.avatar] } : {}),
    roles: user.roles.map((g) => ({
      role: g.role,
      orgId: g.orgId,
      orgName: names.get(g.orgId) ?? '',
      orgPath: g.orgPath,
    })),
    ...(user.address ? { address: user.address } : {}),
    ...(user.addressHistory.length ? { addressHistory: [...user.addressHistory].reverse() } : {}),
    ...(user.realName ? { realName: user.realName } : {}),
    ...(user.phone ? { phone: user.phone } : {}),
  };
}
