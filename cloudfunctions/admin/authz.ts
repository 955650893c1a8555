/** The administration rules of roles.ts turned into the stable refusal codes. */
import { canConfigure, canEditOrg, canGrant, DomainError, type GrantTarget, type Role } from '@lx/types';
import type { Caller } from '../shared/caller';

const GRANTERS = ['admin', 'streetStaff', 'communityStaff'] as const;
const EDITORS = ['admin', 'streetStaff'] as const;

/**
 * AUTH.FORBIDDEN: the caller holds no role that grants anything; AUTH.OUT_OF_SCOPE: none of their
 * granting roles covers the node; ROLE.NOT_GRANTABLE: it does, but not this role here.
 */
export function assertCanGrant(caller: Caller, role: Exclude<Role, 'resident'>, target: GrantTarget): void {
  if (canGrant(caller.grants, role, target)) return;
  const granting = caller.grants.filter((g) => (GRANTERS as readonly string[]).includes(g.role));
  if (granting.length === 0) throw new DomainError('AUTH.FORBIDDEN');
  if (!granting.some((g) => target.path.includes(g.orgId))) throw new DomainError('AUTH.OUT_OF_SCOPE');
  throw new DomainError('ROLE.NOT_GRANTABLE');
}

/** Holds a role that edits the org tree somewhere (before a lookup, so a resident learns nothing). */
export function assertOrgEditor(caller: Caller): void {
  if (!caller.grants.some((g) => (EDITORS as readonly string[]).includes(g.role))) {
    throw new DomainError('AUTH.FORBIDDEN');
  }
}

export function assertCanEdit(caller: Caller, targetPath: readonly string[]): void {
  if (canEditOrg(caller.grants, targetPath)) return;
  assertOrgEditor(caller);
  throw new DomainError('AUTH.OUT_OF_SCOPE');
}

export function assertCanConfigure(caller: Caller): void {
  if (!canConfigure(caller.grants)) throw new DomainError('AUTH.FORBIDDEN');
}

/** Any administration page at all (lists filter by scope themselves). */
export function assertStaffAdmin(caller: Caller): void {
  if (!caller.grants.some((g) => (GRANTERS as readonly string[]).includes(g.role))) {
    throw new DomainError('AUTH.FORBIDDEN');
  }
}
