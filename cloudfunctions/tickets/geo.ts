/**
 * Routing by place: which grid's boundary holds a point, with the one geometry module (types/geo.ts)
 * that binding by location uses too, so the two agree about a point on a boundary.
 * Boundaries change only when the admin redraws the map, so a warm instance keeps them 5 minutes.
 */
import { type GeoPoint, type OrgNode, placeOf } from '@lx/types';
import { ttlCache } from '../shared/cache';
import { nodesOfType } from '../shared/repo/org';

const areasKept = ttlCache<{ grids: OrgNode[]; communities: OrgNode[] }>(5 * 60_000);

const areas = (now: number) =>
  areasKept.get(now, async () => {
    const [grids, communities] = await Promise.all([nodesOfType('grid'), nodesOfType('community')]);
    return { grids, communities };
  });

/** The grid whose boundary holds the point, else the community (its triage queue), else nothing. */
export async function locate(p: GeoPoint, now: number): Promise<{ grid?: OrgNode; community?: OrgNode }> {
  const { grids, communities } = await areas(now);
  return placeOf(p, grids, communities);
}
