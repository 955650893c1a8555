/**
 * The org import sheet: read (CSV via papaparse, .xlsx via read-excel-file), then validate every row
 * against the tree as it stands plus the sheet's own earlier rows, before anything is written.
 *
 * Columns (header row, Chinese): 类型 (网格 / 小区 / 楼栋), 社区, 名称, 小区 (楼栋 only),
 * 所属网格 (楼栋, optional), 户数, 人口, 边界 (网格, optional: "lng,lat;lng,lat;…", closed or not),
 * 房号 (楼栋, optional: "101-106,201-206"; its households are made of these rooms, else of 户数).
 * A row names an existing node (same type, same parent, same name) → it is updated; otherwise created.
 */
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { DomainError, type GeoPoint, type OrgNode, parseRooms } from '@lx/types';

export type SheetType = 'grid' | 'compound' | 'building';
const TYPE_BY_LABEL: Record<string, SheetType> = { 网格: 'grid', 小区: 'compound', 楼栋: 'building' };
const HEADERS = {
  type: '类型',
  community: '社区',
  name: '名称',
  compound: '小区',
  grid: '所属网格',
  households: '户数',
  population: '人口',
  boundary: '边界',
  rooms: '房号',
} as const;

export type RawRow = Record<keyof typeof HEADERS, string>;

export async function readRows(format: 'csv' | 'xlsx', content: string): Promise<RawRow[]> {
  let table: string[][];
  try {
    if (format === 'csv') {
      const parsed = Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
      table = parsed.data.map((r) => r.map((c) => String(c ?? '')));
    } else {
      const data = await readSheet(Buffer.from(content, 'base64'));
      table = data.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
    }
  } catch {
    throw new DomainError('ORG.IMPORT_UNREADABLE');
  }
  const header = (table[0] ?? []).map((h) => h.trim());
  const col = Object.fromEntries(Object.entries(HEADERS).map(([k, label]) => [k, header.indexOf(label)])) as Record<
    keyof typeof HEADERS,
    number
  >;
  if (col.type < 0 || col.community < 0 || col.name < 0) throw new DomainError('ORG.IMPORT_UNREADABLE');
  return table.slice(1).map(
    (r) =>
      Object.fromEntries(
        Object.keys(HEADERS).map((k) => {
          const i = col[k as keyof typeof HEADERS];
          return [k, i >= 0 ? (r[i] ?? '').trim() : ''];
        }),
      ) as RawRow,
  );
}

/** The tree the sheet is checked against: the street's communities, and their grids and compounds (and their buildings). */
export interface TreeView {
  street: OrgNode;
  communities: OrgNode[];
  /** nodes by type under each community id */
  grids: OrgNode[];
  compounds: OrgNode[];
  buildings: OrgNode[];
}

export interface PlannedRow {
  row: number;
  ok: boolean;
  message: string;
  node?: OrgNode;
  created?: boolean;
  /** a building's 房号, when the row lists them (its households are made of these) */
  rooms?: string[];
}

/** Stable id for a node from its parent, type and name: writing the same sheet twice lands the same documents. */
export const importId = (type: SheetType, parentId: string, name: string): string =>
  `${type === 'grid' ? 'grid' : type === 'compound' ? 'cpd' : 'bld'}-i${createHash('sha1').update(`${parentId}|${type}|${name}`).digest('hex').slice(0, 12)}`;

function parseCount(s: string, what: string): number | undefined | string {
  if (s === '') return undefined;
  if (!/^\d+$/.test(s)) return `${what}应为非负整数`;
  const n = Number(s);
  return n > 100_000 ? `${what}过大` : n;
}

function parseBoundary(s: string): GeoPoint[] | undefined | string {
  if (s === '') return undefined;
  const pts = s
    .split(/[;；]/)
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => x.split(/[,，\s]+/).map(Number));
  if (pts.some((p) => p.length !== 2 || p.some((v) => !Number.isFinite(v))))
    return '边界格式不正确，应为“经度,纬度;经度,纬度;…”';
  if (pts.some(([lng, lat]) => lng < 73 || lng > 136 || lat < 3 || lat > 54))
    return '边界坐标不在中国境内，请检查经纬度顺序';
  const ring = pts.map(([lng, lat]) => ({ lng, lat }));
  const [a, z] = [ring[0], ring[ring.length - 1]];
  if (a.lng !== z.lng || a.lat !== z.lat) ring.push({ ...a });
  return ring.length >= 4 ? ring : '边界至少需要 3 个不同的点';
}

const centerOf = (ring: GeoPoint[]): GeoPoint => {
  const pts = ring.slice(0, -1);
  return {
    lng: Math.round((pts.reduce((s, p) => s + p.lng, 0) / pts.length) * 1e6) / 1e6,
    lat: Math.round((pts.reduce((s, p) => s + p.lat, 0) / pts.length) * 1e6) / 1e6,
  };
};

/**
 * Validates every row and plans its write. Pure: nothing is read or written here. `inScope` says
 * whether the caller may edit under a community. Grids and compounds are planned before buildings so
 * a building may name a grid or compound created earlier in the same sheet, whatever the row order.
 */
export function planImport(
  rows: RawRow[],
  tree: TreeView,
  now: number,
  inScope: (community: OrgNode) => boolean,
): PlannedRow[] {
  const communityByName = new Map(tree.communities.map((c) => [c.name, c]));
  const key = nameKey;
  const existing = new Map<string, OrgNode>();
  for (const n of [...tree.grids, ...tree.compounds, ...tree.buildings])
    existing.set(key(n.type, n.parentId ?? '', n.name), n);
  // grids are named within their community
  const gridByName = new Map(tree.grids.map((g) => [key('grid', g.communityId ?? '', g.name), g]));
  const compoundByName = new Map(tree.compounds.map((c) => [key('compound', c.communityId ?? '', c.name), c]));
  const seen = new Map<string, number>();
  const maxOrder = new Map<string, number>();
  for (const n of [...tree.grids, ...tree.compounds, ...tree.buildings]) {
    maxOrder.set(n.parentId ?? '', Math.max(maxOrder.get(n.parentId ?? '') ?? 0, n.order));
  }
  const nextOrder = (parentId: string) => {
    const o = (maxOrder.get(parentId) ?? 0) + 1;
    maxOrder.set(parentId, o);
    return o;
  };

  const out: PlannedRow[] = rows.map((_, i) => ({ row: i + 2, ok: false, message: '' }));
  const order = rows
    .map((r, i) => ({ r, i, t: TYPE_BY_LABEL[r.type] }))
    .sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i);

  for (const { r, i, t: type } of order) {
    const res = out[i];
    const reject = (message: string) => {
      res.message = message;
    };
    if (Object.values(r).every((v) => v === '')) {
      res.ok = true; // a blank line is neither imported nor an error; dropped from the report below
      res.message = '';
      continue;
    }
    const checked = checkRow(r, type, { communityByName, compoundByName, gridByName, inScope });
    if (typeof checked === 'string') {
      reject(checked);
      continue;
    }
    const { parent, community } = checked;

    const t = type!;
    const k = key(t, parent._id, r.name);
    const dup = seen.get(k);
    if (dup !== undefined) {
      reject(`与第 ${dup} 行重复`);
      continue;
    }
    seen.set(k, res.row);

    const old = existing.get(k);
    const node = buildNode(t, r.name, { ...checked, old, now, order: () => nextOrder(parent._id) });
    if (t === 'grid') gridByName.set(key('grid', community._id, r.name), node);
    if (t === 'compound') compoundByName.set(key('compound', community._id, r.name), node);
    res.ok = true;
    res.node = node;
    res.created = !old;
    if (checked.rooms) res.rooms = checked.rooms;
    res.message = old ? '更新' : '新增';
  }
  return out.filter((r, i) => !Object.values(rows[i]).every((v) => v === ''));
}

interface Lookups {
  communityByName: Map<string, OrgNode>;
  compoundByName: Map<string, OrgNode>;
  gridByName: Map<string, OrgNode>;
  inScope: (community: OrgNode) => boolean;
}
interface Checked {
  community: OrgNode;
  parent: OrgNode;
  gridId?: string;
  boundary?: GeoPoint[];
  households?: number;
  population?: number;
  rooms?: string[];
}
const nameKey = (type: string, parentId: string, name: string) => `${type}|${parentId}|${name}`;

/** One row's own checks: its type, community (and scope), name and counts. A string is the reason it is refused. */
function checkRow(r: RawRow, t: SheetType | undefined, l: Lookups): string | Checked {
  if (!t) return `类型“${r.type}”无效，应为 网格、小区 或 楼栋`;
  if (!r.community) return '缺少社区';
  const community = l.communityByName.get(r.community);
  if (!community) return `找不到社区“${r.community}”`;
  if (!l.inScope(community)) return `社区“${r.community}”不在您的管理范围内`;
  if (!r.name) return '缺少名称';
  if (r.name.length > 30) return '名称不能超过 30 个字';
  const households = parseCount(r.households, '户数');
  if (typeof households === 'string') return households;
  const population = parseCount(r.population, '人口');
  if (typeof population === 'string') return population;
  const rooms = t === 'building' ? checkRooms(r.rooms, households) : undefined;
  if (typeof rooms === 'string') return rooms;
  const place = checkPlace(r, t, community, l);
  if (typeof place === 'string') return place;
  // 户数 follows the listed rooms when the row gives none
  return { community, households: households ?? rooms?.length, population, ...place, ...(rooms ? { rooms } : {}) };
}

/** A building's 房号 list, which must agree with its 户数 when both are given. */
function checkRooms(s: string, households: number | undefined): string[] | undefined | string {
  const rooms = parseRooms(s);
  if (typeof rooms === 'string' || !rooms) return rooms;
  return households === undefined || households === rooms.length
    ? rooms
    : `房号共 ${rooms.length} 个，与户数 ${households} 不一致`;
}

/** Where the row goes: a grid's boundary, a building's compound and grid (both named within the community). */
function checkPlace(
  r: RawRow,
  t: SheetType,
  community: OrgNode,
  l: Lookups,
): string | Pick<Checked, 'parent' | 'gridId' | 'boundary'> {
  if (t === 'grid') {
    const boundary = parseBoundary(r.boundary);
    return typeof boundary === 'string' ? boundary : { parent: community, ...(boundary ? { boundary } : {}) };
  }
  if (t === 'compound') return { parent: community };
  if (!r.compound) return '楼栋需填写所属小区';
  const cpd = l.compoundByName.get(nameKey('compound', community._id, r.compound));
  if (!cpd) return `社区“${r.community}”中找不到小区“${r.compound}”`;
  if (!r.grid) return { parent: cpd };
  const g = l.gridByName.get(nameKey('grid', community._id, r.grid));
  if (!g) return `社区“${r.community}”中找不到网格“${r.grid}”`;
  return { parent: cpd, gridId: g._id };
}

/** 网格 by its own name; 小区 and 楼栋 with their community (and compound) before it. */
const fullNameIn = (t: SheetType, name: string, community: OrgNode, parent: OrgNode): string =>
  t === 'grid' ? name : t === 'compound' ? `${community.name} ${name}` : `${community.name} ${parent.name} ${name}`;

/** The ids a node's type gives it: a grid or compound names itself; a building its compound and grid. */
function typeIds(t: SheetType, id: string, parent: OrgNode, gridId: string | undefined, old?: OrgNode) {
  if (t === 'grid') return { gridId: id };
  if (t === 'compound') return { compoundId: id };
  // a row that names no grid keeps the building's grid
  const grid = gridId || old?.gridId;
  return { compoundId: parent._id, ...(grid ? { gridId: grid } : {}) };
}

/** What the row measured: households, population, a boundary with its centre. */
const measured = ({ households, population, boundary }: Checked): Partial<OrgNode> => ({
  ...(households !== undefined ? { households } : {}),
  ...(population !== undefined ? { population } : {}),
  ...(boundary ? { boundary, center: centerOf(boundary) } : {}),
});

/** The node a good row writes: a new one with a stable id, or the existing one with the row's fields over it. */
function buildNode(
  t: SheetType,
  name: string,
  c: Checked & { old: OrgNode | undefined; now: number; order: () => number },
): OrgNode {
  const { community, parent, old, now } = c;
  const id = old?._id ?? importId(t, parent._id, name);
  return {
    ...(old ?? {}),
    _id: id,
    type: t,
    name,
    parentId: parent._id,
    path: [...parent.path, id],
    streetId: community.streetId,
    communityId: community._id,
    order: old?.order ?? c.order(),
    fullName: fullNameIn(t, name, community, parent),
    ...typeIds(t, id, parent, c.gridId, old),
    ...measured(c),
    createdAt: old?.createdAt ?? now,
    updatedAt: now,
  };
}

const rank = (t: SheetType | undefined) => (t === 'grid' ? 0 : t === 'compound' ? 1 : t === 'building' ? 2 : 3);
