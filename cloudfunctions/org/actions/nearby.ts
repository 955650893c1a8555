import { metresBetween, placeOf, type OrgNode, type Payload, type ResultOf } from '@lx/types';
import { DomainError } from '@lx/types';
import { nodesOfCommunity, nodesOfType } from '../../shared/repo/org';

/**
 * Binding by location: the point picked on the map → the grid and community whose boundary holds it
 * (`placeOf`, the very rule filing by point routes with, so a point on a shared edge binds to the grid
 * a ticket filed there would go to) → that community's buildings nearest the point (the user still
 * picks one; a point alone does not say which building).
 */
export async function nearby(p: Payload<'org', 'nearby'>): Promise<ResultOf<'org', 'nearby'>> {
  const [allGrids, communities] = await Promise.all([nodesOfType('grid'), nodesOfType('community')]);
  const { grid, community } = placeOf(p, allGrids, communities);
  if (!community) throw new DomainError('ORG.NO_GRID_HERE');
  const grids = allGrids.filter((g) => g.communityId === community._id);
  const buildings = await nodesOfCommunity(community._id, 'building');
  const gridName = new Map(grids.map((g) => [g._id, g.name]));
  const near = buildings
    .filter((b): b is OrgNode & { center: NonNullable<OrgNode['center']> } => !!b.center)
    .map((b) => ({
      id: b._id,
      fullName: b.fullName ?? b.name,
      ...(b.gridId && gridName.get(b.gridId) ? { gridName: gridName.get(b.gridId) } : {}),
      distance: Math.round(metresBetween(p, b.center)),
    }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 8);
  return { ...(grid ? { gridName: grid.name } : {}), communityName: community.name, buildings: near };
}
