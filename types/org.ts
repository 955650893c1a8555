/**
 * The three-level grid (三级网格): street office (一级) → communities (二级) → grids (三级), plus the
 * compounds (小区) and buildings (楼栋) residents live in. A compound belongs to a community; each building
 * belongs to a compound and is mapped to exactly one grid, which is how a ticket finds its grid.
 */
import * as z from 'zod/mini';

export const ORG_TYPES = ['street', 'community', 'grid', 'compound', 'building'] as const;
export const OrgType = z.enum(ORG_TYPES);
export type OrgType = z.infer<typeof OrgType>;

export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  street: '街道',
  community: '社区',
  grid: '网格',
  compound: '小区',
  building: '楼栋',
};

/** Grid level of the three governance levels, as tickets move through them. */
export const LEVELS = ['grid', 'community', 'street'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;
export const LEVEL_LABELS: Record<Level, string> = { grid: '网格', community: '社区', street: '街道' };

export const GeoPoint = z.object({ lng: z.number(), lat: z.number() });
export type GeoPoint = z.infer<typeof GeoPoint>;

export const OrgNode = z.object({
  _id: z.string(),
  type: OrgType,
  name: z.string(),
  /** null only for the street office */
  parentId: z.nullable(z.string()),
  /** ids from the street down to this node, inclusive */
  path: z.array(z.string()),
  streetId: z.string(),
  communityId: z.optional(z.string()),
  /** grids: itself; buildings: the grid it is mapped to */
  gridId: z.optional(z.string()),
  compoundId: z.optional(z.string()),
  order: z.number(),
  /** names from the community down ("凤凰城社区 天河嘉城 3号楼"), so a page needs no extra reads */
  fullName: z.optional(z.string()),
  households: z.optional(z.number()),
  population: z.optional(z.number()),
  /** grid boundary as a closed ring of points */
  boundary: z.optional(z.array(GeoPoint)),
  center: z.optional(GeoPoint),
  hotline: z.optional(z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type OrgNode = z.infer<typeof OrgNode>;

/** What the address cascader shows for one node. */
export interface OrgOption {
  id: string;
  name: string;
  type: OrgType;
  hasChildren: boolean;
}

/** True when `targetPath` (a node's or ticket's org path) lies inside the subtree of `scopeId`. */
export const isWithin = (scopeId: string, targetPath: readonly string[]): boolean => targetPath.includes(scopeId);
