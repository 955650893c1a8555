import { pointInRing, type OrgNode, type Payload, type ResultOf } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { DomainError } from '@lx/types';
import { nodesOfCommunity, nodesOfType } from '../../shared/repo/org';

const R = 6_371_000;
/** Metres between two points (haversine; plenty for a few hundred metres). */
function metres(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * R * Math.asin(Math.sqrt(h)));
}

/**
 * Binding by location: the point picked on the map → the community and grid whose boundary holds it
 * → that community's buildings nearest the point (the user still picks one; a point alone does not
 * say which building).
 */
export async function nearby(p: Payload<'org', 'nearby'>, ctx: ActionContext): Promise<ResultOf<'org', 'nearby'>> {
  if (!ctx.openid) throw new DomainError('AUTH.NO_IDENTITY');
  const communities = await nodesOfType('community');
  const community = communities.find((c) => c.boundary && pointInRing(p, c.boundary));
  if (!community) throw new DomainError('ORG.NO_GRID_HERE');
  const [grids, buildings] = await Promise.all([
    nodesOfCommunity(community._id, 'grid'),
    nodesOfCommunity(community._id, 'building'),
  ]);
  const grid = grids.find((g) => g.boundary && pointInRing(p, g.boundary));
  const gridName = new Map(grids.map((g) => [g._id, g.name]));
  const near = buildings
    .filter((b): b is OrgNode & { center: NonNullable<OrgNode['center']> } => !!b.center)
    .map((b) => ({
      id: b._id,
      fullName: b.fullName ?? b.name,
      ...(b.gridId && gridName.get(b.gridId) ? { gridName: gridName.get(b.gridId) } : {}),
      distance: metres(p, b.center),
    }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 8);
  return { ...(grid ? { gridName: grid.name } : {}), communityName: community.name, buildings: near };
}
