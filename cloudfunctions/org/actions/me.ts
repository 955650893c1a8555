import { DomainError, type Me, type User } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { getNodes } from '../../shared/repo/org';
import { createUser, findUser } from '../../shared/repo/users';

/** The signed-in user; the first call from a new OPENID registers them as a resident. */
export async function me(_: unknown, ctx: ActionContext): Promise<Me> {
  if (!ctx.openid) throw new DomainError('AUTH.NO_IDENTITY');
  let user = await findUser(ctx.openid);
  if (!user) {
    user = {
      _id: ctx.openid,
      nickname: '微信用户',
      roles: [],
      addressHistory: [],
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await createUser(user);
  }
  return toMe(user);
}

export async function toMe(user: User): Promise<Me> {
  const names = new Map((await getNodes(user.roles.map((g) => g.orgId))).map((n) => [n._id, n.name]));
  return {
    id: user._id,
    nickname: user.nickname,
    ...(user.avatar ? { avatar: user.avatar } : {}),
    roles: user.roles.map((g) => ({ role: g.role, orgId: g.orgId, orgName: names.get(g.orgId) ?? '' })),
    ...(user.address ? { address: user.address } : {}),
  };
}
