/**
 * The org tree: 九州路街道办事处 → 8 communities → ~50 grids, and the compounds and buildings residents
 * live in, each building mapped to one grid of its community (a couple of new ones not yet mapped).
 * Grid boundaries are rectangles tiling each community's rectangle near 鹤壁 (114.29, 35.75).
 */
import type { GeoPoint, OrgNode } from '@lx/types';
import { COMMUNITIES, ORDINALS, STREET } from './data';
import type { Rng } from './prng';

export interface Rect {
  west: number;
  east: number;
  south: number;
  north: number;
}

export interface OrgIndex {
  nodes: OrgNode[];
  street: OrgNode;
  communities: OrgNode[];
  grids: OrgNode[];
  compounds: OrgNode[];
  buildings: OrgNode[];
  byId: Map<string, OrgNode>;
  gridsByCommunity: Map<string, OrgNode[]>;
  buildingsByGrid: Map<string, OrgNode[]>;
  buildingsByCommunity: Map<string, OrgNode[]>;
  buildingsByCompound: Map<string, OrgNode[]>;
  /** buildings with no grid: the community triage case */
  unmappedBuildings: OrgNode[];
}

const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const pt = (lng: number, lat: number): GeoPoint => ({ lng: r6(lng), lat: r6(lat) });
const ring = (r: Rect): GeoPoint[] => [
  pt(r.west, r.south),
  pt(r.east, r.south),
  pt(r.east, r.north),
  pt(r.west, r.north),
  pt(r.west, r.south),
];
const centerOf = (r: Rect): GeoPoint => pt((r.west + r.east) / 2, (r.south + r.north) / 2);

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const communityId = (slug: string): string => `comm-${slug}`;
export const gridId = (slug: string, n: number): string => `grid-${slug}-${pad2(n)}`;
export const compoundId = (slug: string): string => `cpd-${slug}`;
export const buildingId = (compoundSlug: string, n: number): string => `bld-${compoundSlug}-${pad2(n)}`;

/** Split `total` into parts proportional to weights (largest remainder), each at least `min`. */
function apportion(total: number, weights: number[], min: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map((x) => Math.max(min, Math.floor(x)));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k][1]] += 1;
  return parts;
}

export function buildOrg(rng: Rng, createdAt: number): OrgIndex {
  const nodes: OrgNode[] = [];
  const base = { createdAt, updatedAt: createdAt };
  const cols = 4;
  const cw = 0.014;
  const ch = 0.015;
  const streetRect: Rect = {
    west: STREET.center.lng - (cols * cw) / 2,
    east: STREET.center.lng + (cols * cw) / 2,
    south: STREET.center.lat - ch,
    north: STREET.center.lat + ch,
  };
  const street: OrgNode = {
    _id: STREET.id,
    type: 'street',
    name: STREET.name,
    parentId: null,
    path: [STREET.id],
    streetId: STREET.id,
    order: 0,
    fullName: STREET.name,
    households: 0,
    population: 0,
    boundary: ring(streetRect),
    center: centerOf(streetRect),
    hotline: STREET.hotline,
    ...base,
  };
  nodes.push(street);

  const idx: OrgIndex = {
    nodes,
    street,
    communities: [],
    grids: [],
    compounds: [],
    buildings: [],
    byId: new Map(),
    gridsByCommunity: new Map(),
    buildingsByGrid: new Map(),
    buildingsByCommunity: new Map(),
    buildingsByCompound: new Map(),
    unmappedBuildings: [],
  };

  COMMUNITIES.forEach((def, ci) => {
    const cid = communityId(def.slug);
    const col = ci % cols;
    const row = Math.floor(ci / cols);
    const crect: Rect = {
      west: streetRect.west + col * cw,
      east: streetRect.west + (col + 1) * cw,
      north: streetRect.north - row * ch,
      south: streetRect.north - (row + 1) * ch,
    };
    const community: OrgNode = {
      _id: cid,
      type: 'community',
      name: def.name,
      parentId: street._id,
      path: [street._id, cid],
      streetId: street._id,
      communityId: cid,
      order: ci + 1,
      fullName: def.name,
      households: 0,
      population: 0,
      boundary: ring(crect),
      center: centerOf(crect),
      hotline: def.hotline,
      ...base,
    };
    nodes.push(community);
    idx.communities.push(community);

    // Grids: two rows of rectangles tiling the community.
    const grids: OrgNode[] = [];
    const gridRects: Rect[] = [];
    const top = Math.ceil(def.grids / 2);
    for (let g = 0; g < def.grids; g++) {
      const inTop = g < top;
      const n = inTop ? top : def.grids - top;
      const k = inTop ? g : g - top;
      const midLat = (crect.north + crect.south) / 2;
      const w = (crect.east - crect.west) / n;
      const rect: Rect = {
        west: crect.west + k * w,
        east: crect.west + (k + 1) * w,
        north: inTop ? crect.north : midLat,
        south: inTop ? midLat : crect.south,
      };
      const households = rng.int(200, 400);
      const population = Math.min(1200, Math.max(600, Math.round(households * rng.range(2.6, 3.1))));
      const gid = gridId(def.slug, g + 1);
      const name = `${def.name}第${ORDINALS[g]}网格`;
      const grid: OrgNode = {
        _id: gid,
        type: 'grid',
        name,
        parentId: cid,
        path: [street._id, cid, gid],
        streetId: street._id,
        communityId: cid,
        gridId: gid,
        order: g + 1,
        fullName: name,
        households,
        population,
        boundary: ring(rect),
        center: centerOf(rect),
        ...base,
      };
      grids.push(grid);
      gridRects.push(rect);
      community.households! += households;
      community.population! += population;
    }
    nodes.push(...grids);
    idx.grids.push(...grids);
    idx.gridsByCommunity.set(cid, grids);

    // Buildings per grid, then split over the compounds in order: compound i's buildings follow
    // compound i-1's, and consecutive runs of buildings belong to one grid.
    const perGrid = grids.map(() => rng.int(3, 6));
    const total = perGrid.reduce((a, b) => a + b, 0);
    const perCompound = apportion(
      total,
      def.compounds.map((c) => c.weight),
      2,
    );
    // the apportioned parts may exceed total by the minimums; give any surplus to the last grid
    const surplus = perCompound.reduce((a, b) => a + b, 0) - total;
    if (surplus > 0) perGrid[perGrid.length - 1] += surplus;
    const gridOfSlot: number[] = [];
    perGrid.forEach((count, g) => {
      for (let i = 0; i < count; i++) gridOfSlot.push(g);
    });
    // households of each grid split over its buildings
    const bldHouseholds: number[] = [];
    perGrid.forEach((count, g) => {
      const weights = Array.from({ length: count }, () => rng.range(0.7, 1.3));
      const parts = apportion(grids[g].households! - 12 * count, weights, 0).map((x) => x + 12);
      bldHouseholds.push(...parts);
    });

    const communityBuildings: OrgNode[] = [];
    let slot = 0;
    def.compounds.forEach((cdef, pi) => {
      const pid = compoundId(cdef.slug);
      const compound: OrgNode = {
        _id: pid,
        type: 'compound',
        name: cdef.name,
        parentId: cid,
        path: [street._id, cid, pid],
        streetId: street._id,
        communityId: cid,
        compoundId: pid,
        order: pi + 1,
        fullName: `${def.name} ${cdef.name}`,
        households: 0,
        population: 0,
        ...base,
      };
      const buildings: OrgNode[] = [];
      const mapped = perCompound[pi];
      const count = mapped + (cdef.unmapped ?? 0);
      for (let b = 1; b <= count; b++) {
        const bid = buildingId(cdef.slug, b);
        const name = `${b}号楼`;
        const isMapped = b <= mapped;
        let center: GeoPoint;
        let households: number;
        let gid: string | undefined;
        if (isMapped) {
          const g = gridOfSlot[slot];
          const rect = gridRects[g];
          gid = grids[g]._id;
          households = bldHouseholds[slot];
          slot++;
          center = pt(
            rng.range(rect.west + 0.1 * (rect.east - rect.west), rect.east - 0.1 * (rect.east - rect.west)),
            rng.range(rect.south + 0.1 * (rect.north - rect.south), rect.north - 0.1 * (rect.north - rect.south)),
          );
        } else {
          households = rng.int(48, 96);
          center = pt(rng.range(crect.west, crect.east), rng.range(crect.south, crect.north));
        }
        const grid = gid ? grids.find((x) => x._id === gid)! : undefined;
        const population = grid
          ? Math.round((households * grid.population!) / grid.households!)
          : Math.round(households * 2.8);
        const building: OrgNode = {
          _id: bid,
          type: 'building',
          name,
          parentId: pid,
          path: [street._id, cid, pid, bid],
          streetId: street._id,
          communityId: cid,
          compoundId: pid,
          ...(gid ? { gridId: gid } : {}),
          order: b,
          fullName: `${def.name} ${cdef.name} ${name}`,
          households,
          population,
          center,
          ...base,
        };
        buildings.push(building);
        compound.households! += households;
        compound.population! += population;
        if (gid) {
          const list = idx.buildingsByGrid.get(gid) ?? [];
          list.push(building);
          idx.buildingsByGrid.set(gid, list);
        } else {
          idx.unmappedBuildings.push(building);
          community.households! += households;
          community.population! += population;
        }
      }
      compound.center = pt(
        buildings.reduce((a, b) => a + b.center!.lng, 0) / buildings.length,
        buildings.reduce((a, b) => a + b.center!.lat, 0) / buildings.length,
      );
      nodes.push(compound, ...buildings);
      idx.compounds.push(compound);
      idx.buildings.push(...buildings);
      idx.buildingsByCompound.set(pid, buildings);
      communityBuildings.push(...buildings);
    });
    idx.buildingsByCommunity.set(cid, communityBuildings);
    street.households! += community.households!;
    street.population! += community.population!;
  });

  for (const n of nodes) idx.byId.set(n._id, n);
  return idx;
}
