/**
 * A notice's scope: each target must be a street, community, grid or building inside one of the
 * author's grants. What the targets reach (communities, grids) is worked out once, at save time.
 */
import { DomainError, NOTICE_COMPOSERS, type GrantRole, type OrgNode, type RoleGrant } from '@lx/types';
import type { Caller } from '../shared/caller';
import { requireCovering } from '../shared/permissions';
import { getNodes } from '../shared/repo/org';
import { gridsOf } from '../shared/repo/org';

const COMPOSERS: readonly GrantRole[] = NOTICE_COMPOSERS;

const TARGET_TYPES: readonly OrgNode['type'][] = ['street', 'community', 'grid', 'building'];

export interface Scope {
  targets: string[];
  targetNames: string[];
  reachCommunities: string[];
  reachGrids: string[];
  /** the grant the notice is published under: the narrowest that covers every target */
  grant: RoleGrant;
  streetId: string;
}

export async function resolveScope(caller: Caller, targetIds: readonly string[]): Promise<Scope> {
  const ids = [...new Set(targetIds)];
  const nodes = await getNodes(ids);
  if (nodes.length !== ids.length || nodes.some((n) => !TARGET_TYPES.includes(n.type))) {
    throw new DomainError('NOTICE.BAD_TARGET');
  }
  // every target within a grant of the author (throws FORBIDDEN / OUT_OF_SCOPE)
  for (const n of nodes) requireCovering(caller, COMPOSERS, n.path);
  const covering = caller.grants
    .filter((g) => COMPOSERS.includes(g.role) && nodes.every((n) => n.path.includes(g.orgId)))
    .sort((a, b) => b.orgPath.length - a.orgPath.length);
  const grant = covering[0] ?? caller.grants.find((g) => COMPOSERS.includes(g.role))!;

  const communities = new Set<string>();
  const grids = new Set<string>();
  const wholeCommunities: string[] = [];
  let wholeStreet = false;
  for (const n of nodes) {
    if (n.type === 'street') wholeStreet = true;
    if (n.type === 'community') {
      wholeCommunities.push(n._id);
      communities.add(n._id);
    }
    if (n.communityId) communities.add(n.communityId);
    if (n.type !== 'community' && n.gridId) grids.add(n.gridId);
  }
  const gridNodes = wholeStreet ? await gridsOf(null) : await gridsOf(wholeCommunities);
  for (const g of gridNodes) {
    grids.add(g._id);
    if (g.communityId) communities.add(g.communityId);
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  const sorted = [...nodes].sort((a, b) => order.get(a._id)! - order.get(b._id)!);
  return {
    targets: sorted.map((n) => n._id),
    targetNames: sorted.map((n) => n.fullName ?? n.name),
    reachCommunities: [...communities].sort(),
    reachGrids: [...grids].sort(),
    grant,
    streetId: nodes[0].streetId,
  };
}
