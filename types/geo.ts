/**
 * Geometry, one way for the mini-program and every cloud function: whether a boundary holds a point,
 * and how far apart two points are. turf (a maintained, pure-JS geometry library) rather than
 * hand-written ray casting, so filing's routing (tickets/geo.ts) and binding by location (org.nearby)
 * give the same answer for the same point.
 *
 * Edges and vertices count as inside: a point drawn exactly on the line two grids share is held by
 * both, and `placeOf` settles it the same way for every caller: the lowest `_id`, whatever order the
 * query returned.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { point, polygon } from '@turf/helpers';
import type { GeoPoint, OrgNode } from './org';

/** turf wants a closed ring; the admin may draw one without repeating the first point. */
function closedRing(ring: readonly GeoPoint[]): [number, number][] {
  const coords = ring.map((p) => [p.lng, p.lat] as [number, number]);
  const [first] = coords;
  const last = coords[coords.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) coords.push(first);
  return coords;
}

/** True when `p` lies inside the boundary or on its edge; false when there is no usable boundary. */
export function withinBoundary(p: GeoPoint, boundary: readonly GeoPoint[] | undefined): boolean {
  if (!boundary || boundary.length < 3) return false;
  return booleanPointInPolygon(point([p.lng, p.lat]), polygon([closedRing(boundary)]));
}

/** Metres along the earth's surface between two points (great circle). */
export const metresBetween = (a: GeoPoint, b: GeoPoint): number =>
  distance(point([a.lng, a.lat]), point([b.lng, b.lat]), { units: 'kilometers' }) * 1000;

type Area = Pick<OrgNode, '_id' | 'boundary' | 'communityId'>;

/** Of the areas whose boundary holds `p`, the one with the lowest `_id` (so order never matters). */
export function areaHolding<T extends Area>(p: GeoPoint, areas: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const a of areas) if (withinBoundary(p, a.boundary) && (!best || a._id < best._id)) best = a;
  return best;
}

/**
 * Where a point is in the street: the grid whose boundary holds it and that grid's community; with no
 * grid, the community whose boundary holds it (its triage queue). Filing by point and binding by
 * location both ask this, so they name the same grid for the same point.
 */
export function placeOf<G extends Area, C extends Area>(
  p: GeoPoint,
  grids: readonly G[],
  communities: readonly C[],
): { grid?: G; community?: C } {
  const grid = areaHolding(p, grids);
  const community = grid ? communities.find((c) => c._id === grid.communityId) : areaHolding(p, communities);
  return { ...(grid ? { grid } : {}), ...(community ? { community } : {}) };
}
