/**
 * Roles and the org level each is scoped to. A user holds any number of grants; a grant is a role at
 * one org node and covers that node's whole subtree. "resident" needs no grant: anyone who opens the
 * mini-program is a resident.
 */
import * as z from 'zod/mini';

export const ROLES = [
  'resident',
  'gridWorker',
  'communityStaff',
  'streetStaff',
  'supervisor',
  'partyMember',
  'admin',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  gridWorker: '网格员',
  communityStaff: '社区工作人员',
  streetStaff: '街道工作人员',
  supervisor: '督导员',
  partyMember: '党员',
  admin: '管理员',
};

/** Org node types whose nodes can carry each role's grant (see PRODUCT.md, People). */
export const ROLE_SCOPE_TYPES: Record<Exclude<Role, 'resident'>, readonly ('street' | 'community' | 'grid')[]> = {
  gridWorker: ['grid'],
  communityStaff: ['community'],
  streetStaff: ['street'],
  supervisor: ['street', 'community'],
  partyMember: ['community'],
  admin: ['street'],
};

/** Roles that handle tickets, by the level they work at. */
export const STAFF_ROLES = ['gridWorker', 'communityStaff', 'streetStaff', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const RoleGrant = z.object({
  role: z.enum(ROLES.filter((r) => r !== 'resident') as [Exclude<Role, 'resident'>, ...Exclude<Role, 'resident'>[]]),
  /** the org node the grant is scoped to */
  orgId: z.string(),
  /** ids from the street down to orgId, so a scope check needs no extra read */
  orgPath: z.array(z.string()),
  grantedAt: z.number(),
  grantedBy: z.string(),
});
export type RoleGrant = z.infer<typeof RoleGrant>;
