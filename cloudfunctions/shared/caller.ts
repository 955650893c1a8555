/**
 * OPENID → user → role grants. Every action that needs to know who is calling goes through here, so
 * authorization always sees the roles stored in the database, never anything the client claims.
 */
import type { HomeAddress, Role, RoleGrant, User } from '@lx/types';
import { DomainError } from '@lx/types';
import { findUser } from './repo/users';

export interface Caller {
  openid: string;
  user: User;
  grants: RoleGrant[];
  has(role: Role): boolean;
  /** grants of one role */
  grantsOf(role: Exclude<Role, 'resident'>): RoleGrant[];
  /** the bound home address, or a USER.ADDRESS_REQUIRED failure */
  requireAddress(): HomeAddress;
}

export function makeCaller(user: User): Caller {
  return {
    openid: user._id,
    user,
    grants: user.roles,
    has: (role) => role === 'resident' || user.roles.some((g) => g.role === role),
    grantsOf: (role) => user.roles.filter((g) => g.role === role),
    requireAddress() {
      if (!user.address) throw new DomainError('USER.ADDRESS_REQUIRED');
      return user.address;
    },
  };
}

export async function loadCaller(openid: string): Promise<Caller> {
  if (!openid) throw new DomainError('AUTH.NO_IDENTITY');
  const user = await findUser(openid);
  if (!user) throw new DomainError('AUTH.NOT_REGISTERED');
  return makeCaller(user);
}
