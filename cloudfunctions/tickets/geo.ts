/**
 * Geometry for routing and the duplicate hint, with turf (a maintained geometry library) rather than
 * hand-written ray casting: which grid's boundary holds a point, and how far apart two points are.
 * Boundaries change only when the admin redraws the map, so a warm instance keeps them 5 minutes.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { point, polygon } from '@turf/helpers';
import type { GeoPoint, OrgNode } from '@lx/types';
import { ttlCache } from '../shared/cache';
import { nodesOfType } from '../shared/repo/org';

const areasKept = ttlCache<{ grids: OrgNode[]; communities: OrgNode[] }>(5 * 60_000);

function closedRing(ring: readonly GeoPoint[]): [number, number][] {
  const coords = ring.map((p) => [p.lng, p.lat] as [number, number]);
  const [first] = coords;
  const last = coords[coords.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) coords.push(first);
  return coords;
}

/** True when `p` lies inside (or on) the node's boundary. */
export function inside(p: GeoPoint, node: Pick<OrgNode, 'boundary'>): boolean {
  if (!node.boundary || node.boundary.length < 3) return false;
  return booleanPointInPolygon(point([p.lng, p.lat]), polygon([closedRing(node.boundary)]));
}

export const metres = (a: GeoPoint, b: GeoPoint): number =>
  distance(point([a.lng, a.lat]), point([b.lng, b.lat]), { units: 'kilometers' }) * 1000;

const areas = (now: number) =>
  areasKept.get(now, async () => {
    const [grids, communities] = await Promise.all([nodesOfType('grid'), nodesOfType('community')]);
    return { grids, communities };
  });

export const forgetAreas = (): void => areasKept.forget();

/** The grid whose boundary holds the point, else the community (its triage queue), else nothing. */
export async function locate(p: GeoPoint, now: number): Promise<{ grid?: OrgNode; community?: OrgNode }> {
  const { grids, communities } = await areas(now);
  const grid = grids.find((g) => inside(p, g));
  const community = grid ? communities.find((c) => c._id === grid.communityId) : communities.find((c) => inside(p, c));
  return { ...(grid ? { grid } : {}), ...(community ? { community } : {}) };
}
