/**
 * Authorization against the org tree. A grant covers its node's whole subtree; a target (a ticket, an
 * org node) carries its path from the street down, so the check is a membership test and needs no read.
 */
import { DomainError, isWithin, type RoleGrant, type Role } from '@lx/types';
import type { Caller } from './caller';

type GrantRole = Exclude<Role, 'resident'>;

/** The caller's grants among `roles` whose scope contains `targetPath`. */
export function grantsCovering(
  caller: Caller,
  roles: readonly GrantRole[],
  targetPath: readonly string[],
): RoleGrant[] {
  return caller.grants.filter((g) => roles.includes(g.role) && isWithin(g.orgId, targetPath));
}

/** Throws AUTH.FORBIDDEN when the caller holds none of `roles`, AUTH.OUT_OF_SCOPE when none covers the target. */
export function authorize(caller: Caller, roles: readonly GrantRole[], targetPath: readonly string[]): RoleGrant {
  const held = caller.grants.filter((g) => roles.includes(g.role));
  if (held.length === 0) throw new DomainError('AUTH.FORBIDDEN');
  const covering = held.find((g) => isWithin(g.orgId, targetPath));
  if (!covering) throw new DomainError('AUTH.OUT_OF_SCOPE');
  return covering;
}

/** Requires the caller to hold one of `roles` anywhere. */
export function requireAnyRole(caller: Caller, roles: readonly GrantRole[]): RoleGrant[] {
  const held = caller.grants.filter((g) => roles.includes(g.role));
  if (held.length === 0) throw new DomainError('AUTH.FORBIDDEN');
  return held;
}
