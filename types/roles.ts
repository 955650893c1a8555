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

/** Where a role is being granted (or revoked): the node's type and its path from the street down. */
export interface GrantTarget {
  type: 'street' | 'community' | 'grid' | 'compound' | 'building';
  path: readonly string[];
}

/**
 * Who may grant what (the same rule decides who may revoke a grant):
 * - an admin grants any role anywhere inside their subtree (the street office's admin: everything);
 * - street staff grant the roles below the street — communityStaff, supervisor (community level),
 *   gridWorker, partyMember — at nodes strictly below their own node ("higher-level staff");
 * - community staff grant gridWorker at the grids of their community and partyMember at their own
 *   community (they approve party members' 报到, PRODUCT.md);
 * - grid workers, supervisors and party members grant nothing.
 * Nobody grants a role at a node type the role cannot live at (ROLE_SCOPE_TYPES), so no grant is
 * ever "above" the granter: street staff cannot make street staff or admins, community staff cannot
 * make community staff.
 */
export function canGrant(granter: readonly RoleGrant[], role: Exclude<Role, 'resident'>, target: GrantTarget): boolean {
  if (target.type === 'compound' || target.type === 'building') return false;
  if (!ROLE_SCOPE_TYPES[role].includes(target.type)) return false;
  const targetId = target.path[target.path.length - 1];
  return granter.some((g) => {
    if (!target.path.includes(g.orgId)) return false;
    const below = g.orgId !== targetId;
    switch (g.role) {
      case 'admin':
        return true;
      case 'streetStaff':
        return (
          below && (['communityStaff', 'supervisor', 'gridWorker', 'partyMember'] as const).includes(role as never)
        );
      case 'communityStaff':
        return (role === 'gridWorker' && below) || (role === 'partyMember' && !below);
      default:
        return false;
    }
  });
}

/** Who works with roles, by what they do (the permissions table, types/api/*.ts, names these). */
export type GrantRole = Exclude<Role, 'resident'>;
/** grant and revoke roles, make and void invitations, open the administration pages (canGrant decides what) */
export const GRANTERS = ['admin', 'streetStaff', 'communityStaff'] as const satisfies readonly GrantRole[];
/** edit the org tree and import sheets, inside their subtree */
export const ORG_EDITORS = ['admin', 'streetStaff'] as const satisfies readonly GrantRole[];
/** the deployment's settings: categories, time limits, the holiday calendar */
export const CONFIGURERS = ['admin'] as const satisfies readonly GrantRole[];
/** notices: compose, publish, withdraw (street staff for the street, community staff within their community) */
export const NOTICE_COMPOSERS = ['streetStaff', 'communityStaff', 'admin'] as const satisfies readonly GrantRole[];
/** notices: read figures and the door-to-door list, within their own part of the street */
export const NOTICE_VIEWERS = [
  'streetStaff',
  'communityStaff',
  'admin',
  'supervisor',
  'gridWorker',
] as const satisfies readonly GrantRole[];

const holds = (grants: readonly Pick<RoleGrant, 'role'>[], roles: readonly GrantRole[]): boolean =>
  grants.some((g) => roles.includes(g.role));

/** Org tree edits (create, rename, move, boundaries, import): admins and street staff inside their subtree. */
export const canEditOrg = (grants: readonly RoleGrant[], targetPath: readonly string[]): boolean =>
  grants.some((g) => (ORG_EDITORS as readonly GrantRole[]).includes(g.role) && targetPath.includes(g.orgId));

/** Categories, time limits and the holiday calendar are the deployment's settings: admins only. */
export const canConfigure = (grants: readonly Pick<RoleGrant, 'role'>[]): boolean => holds(grants, CONFIGURERS);

/** Roles that may open the administration pages (each page still checks its own rule). */
export const canAdminister = (roles: readonly Role[]): boolean =>
  roles.some((r) => (GRANTERS as readonly Role[]).includes(r));
