/** Which staff may look at a notice's figures: its composers, and staff of any part it reaches. */
import { DomainError, type Notice, type RoleGrant } from '@lx/types';
import { requireAnyRole } from '../shared/authz';
import type { Caller } from '../shared/caller';
import { VIEWERS } from './roles';

const reaches = (n: Notice, g: RoleGrant): boolean =>
  n.orgPath.includes(g.orgId) ||
  g.orgId === n.streetId ||
  n.reachCommunities.includes(g.orgId) ||
  n.reachGrids.includes(g.orgId);

/** The caller's viewer grants that reach the notice; FORBIDDEN without any, OUT_OF_SCOPE when none reach. */
export function viewerGrants(caller: Caller, n: Notice): RoleGrant[] {
  const held = requireAnyRole(caller, VIEWERS);
  const reaching = held.filter((g) => reaches(n, g));
  if (reaching.length === 0) throw new DomainError('AUTH.OUT_OF_SCOPE');
  return reaching;
}

/** True when one of the grants covers a node with this path (a row of the figures). */
export const rowVisible = (grants: readonly RoleGrant[], path: readonly string[]): boolean =>
  grants.some((g) => path.includes(g.orgId));
