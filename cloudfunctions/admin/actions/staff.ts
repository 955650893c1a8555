import { DomainError, type Payload, type ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { findUser, revokeGrant as revoke, usersWithGrantAt } from '../../shared/repo/users';
import { canGrant } from '@lx/types';

/** Who holds roles at one node: only the grants the caller could have given (and so may revoke). */
export async function staff(
  _: Payload<'admin', 'staff'>,
  ctx: ScopedContext<'admin', 'staff'>,
): Promise<ResultOf<'admin', 'staff'>> {
  const caller = await ctx.caller();
  const node = ctx.target;
  const users = await usersWithGrantAt(node._id);
  return users.flatMap((u) =>
    u.roles
      .filter((g) => g.orgId === node._id && canGrant(caller.grants, g.role, { type: node.type, path: node.path }))
      .map((g) => ({
        userId: u._id,
        name: u.realName ?? u.nickname,
        role: g.role,
        orgId: g.orgId,
        grantedAt: g.grantedAt,
      })),
  );
}

/** Takes a role away (the same rule as granting it); the role event keeps the history. */
export async function revokeRole(
  p: Payload<'admin', 'revokeRole'>,
  ctx: ScopedContext<'admin', 'revokeRole'>,
): Promise<ResultOf<'admin', 'revokeRole'>> {
  const user = await findUser(p.userId);
  if (!user) throw new DomainError('USER.NOT_FOUND');
  if (!user.roles.some((g) => g.role === p.role && g.orgId === p.orgId)) throw new DomainError('ROLE.NOT_HELD');
  const left = await revoke(
    user._id,
    { role: p.role, orgId: p.orgId },
    {
      userId: user._id,
      action: 'revoke',
      role: p.role,
      orgId: p.orgId,
      by: ctx.openid,
      at: ctx.now,
      ...(p.reason ? { reason: p.reason } : {}),
    },
    ctx.now,
  );
  if (!left) throw new DomainError('ROLE.NOT_HELD');
  return { userId: user._id, remaining: left.length };
}
