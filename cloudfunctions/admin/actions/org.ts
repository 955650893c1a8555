import { randomBytes } from 'node:crypto';
import {
  DomainError,
  OPEN_STATUSES,
  type OrgNode,
  type Payload,
  type ResultOf,
  type TreeNodeView,
  canEditOrg,
  ORG_EDITORS,
  parseRooms,
  passes,
  subjectOf,
} from '@lx/types';
import type { Caller } from '../../shared/caller';
import type { ScopedContext } from '../../shared/dispatcher';
import { requireCovering } from '../../shared/permissions';
import {
  addNode,
  childrenOf,
  countChildren,
  getNode,
  nodesOfCommunity,
  nodesOfType,
  putNode,
  putNodes,
  streetNode,
  subtreeOf,
} from '../../shared/repo/org';
import { countTickets } from '../../shared/repo/tickets';
import { addCounts, NO_SYNC, syncBuildingHouseholds } from '../households';
import { planImport, readRows } from '../sheet';

const PARENT_TYPE: Record<'community' | 'grid' | 'compound' | 'building', OrgNode['type']> = {
  community: 'street',
  grid: 'community',
  compound: 'community',
  building: 'compound',
};

export const viewNode = (n: OrgNode, hasChildren: boolean): TreeNodeView => ({
  id: n._id,
  type: n.type,
  name: n.name,
  parentId: n.parentId,
  ...(n.gridId && n.type === 'building' ? { gridId: n.gridId } : {}),
  ...(n.households !== undefined ? { households: n.households } : {}),
  ...(n.population !== undefined ? { population: n.population } : {}),
  hasBoundary: !!n.boundary?.length,
  hasChildren,
});

/**
 * One level of the org tree for the administration pages (grids included, unlike the cascader): only
 * the nodes inside the caller's grants or on the way down to them (community staff see their own
 * community under the street, not the others).
 */
export async function tree(
  _: Payload<'admin', 'tree'>,
  ctx: ScopedContext<'admin', 'tree'>,
): Promise<ResultOf<'admin', 'tree'>> {
  const caller = await ctx.caller();
  const parent = ctx.target;
  const TYPE_RANK: Record<string, number> = { community: 0, grid: 1, compound: 2, building: 3 };
  const kids = (await childrenOf(parent._id, ['community', 'grid', 'compound', 'building']))
    .filter((k) => ctx.grants.some((g) => passes('along', g, subjectOf('org', k))))
    // grids first, then the compounds (childrenOf returns both interleaved by their own order)
    .sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type] || a.order - b.order);
  return {
    parent: viewNode(parent, kids.length > 0),
    children: kids.map((k) => viewNode(k, k.type !== 'building' && k.type !== 'grid')),
    canEdit: canEditOrg(caller.grants, parent.path),
  };
}

/**
 * One node's details for the edit page: the same rule as saving it (admin or street staff whose
 * scope covers the node), since the page exists to change them.
 */
export async function node(
  _: Payload<'admin', 'node'>,
  ctx: ScopedContext<'admin', 'node'>,
): Promise<ResultOf<'admin', 'node'>> {
  const n = ctx.target;
  return {
    ...viewNode(n, n.type !== 'building' && (await countChildren(n._id)) > 0),
    ...(n.communityId ? { communityId: n.communityId } : {}),
    ...(n.fullName ? { fullName: n.fullName } : {}),
    ...(n.hotline !== undefined ? { hotline: n.hotline } : {}),
    ...(n.serviceHours !== undefined ? { serviceHours: n.serviceHours } : {}),
    ...(n.type === 'grid' ? { responsible: n.responsible ?? [] } : {}),
    boundaryPoints: n.boundary?.length ?? 0,
  };
}

const fullNameOf = (n: Pick<OrgNode, 'type' | 'name'>, ancestors: OrgNode[]): string => {
  if (n.type === 'street' || n.type === 'community' || n.type === 'grid') return n.name;
  return [...ancestors.filter((a) => a.type !== 'street'), n].map((x) => x.name).join(' ');
};

type SavePayload = Payload<'admin', 'saveNode'>;
const ID_PREFIX: Record<SavePayload['type'], string> = {
  community: 'comm',
  grid: 'grid',
  compound: 'cpd',
  building: 'bld',
};

/**
 * The node being edited under its (new) parent, checked: right level, its old place inside the
 * caller's scope too (the table checked the parent), not into itself.
 */
async function placement(
  caller: Caller,
  p: SavePayload,
  parent: OrgNode,
): Promise<{ parent: OrgNode; old: OrgNode | null }> {
  if (parent.type !== PARENT_TYPE[p.type]) throw new DomainError('ORG.BAD_PARENT');
  const old = p.id ? await getNode(p.id) : null;
  if (p.id && !old) throw new DomainError('ORG.NOT_FOUND');
  if (!old) return { parent, old };
  requireCovering(caller, ORG_EDITORS, old.path);
  if (old.type !== p.type) throw new DomainError('ORG.BAD_PARENT');
  if (parent.path.includes(old._id)) throw new DomainError('ORG.MOVE_INTO_ITSELF');
  if (old.type === 'grid' && old.communityId && old.communityId !== parent._id) await assertGridMovable(old);
  return { parent, old };
}

/**
 * Buildings point at their grid by id and tickets are handled by it, neither through the tree's paths:
 * a grid that still has either would leave them pointing into another community, so it may only move
 * once it has been emptied.
 */
async function assertGridMovable(grid: OrgNode): Promise<void> {
  const buildings = await nodesOfCommunity(grid.communityId ?? '', 'building');
  const open = await countTickets({ handlerOrgIds: [grid._id], statuses: OPEN_STATUSES });
  if (open > 0 || buildings.some((b) => b.gridId === grid._id)) throw new DomainError('ORG.GRID_IN_USE');
}

/** A building's grid: the one asked for ('' unmaps), else the one it had; always of its own community. */
async function buildingGrid(p: SavePayload, old: OrgNode | null, communityId?: string): Promise<string | undefined> {
  const wanted = p.gridId === undefined ? old?.gridId : p.gridId || undefined;
  if (!wanted) return undefined;
  const grid = await getNode(wanted);
  if (!grid || grid.type !== 'grid' || grid.communityId !== communityId) throw new DomainError('ORG.BAD_PARENT');
  return wanted;
}

/** Only the fields the payload carries change; the rest of an existing node stays as it was. */
const editedFields = (p: SavePayload): Partial<OrgNode> =>
  Object.fromEntries(
    (['households', 'population', 'boundary', 'hotline', 'serviceHours', 'responsible'] as const)
      .filter((k) => p[k] !== undefined)
      .map((k) => [k, p[k]]),
  );

/** The ids a node's type gives it: a grid or compound names itself, a building its compound. */
function typeIds(type: SavePayload['type'], id: string, parent: OrgNode): Partial<OrgNode> {
  if (type === 'grid') return { gridId: id };
  if (type === 'compound') return { compoundId: id };
  return type === 'building' ? { compoundId: parent._id } : {};
}

function composeNode(
  p: SavePayload,
  at: { parent: OrgNode; old: OrgNode | null; ancestors: OrgNode[]; order: number; gridId?: string; now: number },
): OrgNode {
  const { parent, old, ancestors, now } = at;
  const id = old?._id ?? `${ID_PREFIX[p.type]}-${randomBytes(6).toString('hex')}`;
  const communityId = p.type === 'community' ? id : ancestors.find((a) => a.type === 'community')?._id;
  const node: OrgNode = {
    ...(old ?? {}),
    _id: id,
    type: p.type,
    name: p.name,
    parentId: parent._id,
    path: [...parent.path, id],
    streetId: parent.streetId,
    ...(communityId ? { communityId } : {}),
    ...typeIds(p.type, id, parent),
    order: old && old.parentId === parent._id ? old.order : at.order,
    fullName: fullNameOf({ type: p.type, name: p.name }, ancestors),
    ...editedFields(p),
    createdAt: old?.createdAt ?? now,
    updatedAt: now,
  };
  if (p.type === 'building') {
    if (at.gridId) node.gridId = at.gridId;
    else delete node.gridId;
  }
  return node;
}

/** After a rename or move: the subtree's paths, community and full names, following the node. */
function rewriteBelow(old: OrgNode, node: OrgNode, below: OrgNode[], ancestors: OrgNode[], now: number): OrgNode[] {
  const byId = new Map<string, OrgNode>([[node._id, node], ...ancestors.map((a) => [a._id, a] as const)]);
  const movedCommunity = old.communityId !== node.communityId;
  return below
    .sort((a, b) => a.path.length - b.path.length)
    .map((n) => {
      const path = [...node.path, ...n.path.slice(n.path.indexOf(old._id) + 1)];
      const next: OrgNode = {
        ...n,
        path,
        updatedAt: now,
        ...(node.communityId ? { communityId: node.communityId } : {}),
      };
      // a building moved to another community loses its grid (grids do not cross communities)
      if (next.type === 'building' && movedCommunity) delete next.gridId;
      byId.set(n._id, next);
      next.fullName = fullNameOf(
        next,
        path.slice(0, -1).flatMap((x) => byId.get(x) ?? []),
      );
      return next;
    });
}

/**
 * Create, rename, move or edit a community, grid, compound or building (boundary, households,
 * population, hotline, 连心卡 people). A move rewrites the subtree's paths in one transaction.
 */
export async function saveNode(
  p: SavePayload,
  ctx: ScopedContext<'admin', 'saveNode'>,
): Promise<ResultOf<'admin', 'saveNode'>> {
  const { parent, old } = await placement(await ctx.caller(), p, ctx.target);
  const siblings = await childrenOf(parent._id, [p.type]);
  if (siblings.some((s) => s.name === p.name && s._id !== old?._id)) throw new DomainError('ORG.NAME_TAKEN');
  const ancestors = await getNodesAlong(parent.path);
  const communityId = ancestors.find((a) => a.type === 'community')?._id;
  const gridId = p.type === 'building' ? await buildingGrid(p, old, communityId) : undefined;
  const node = composeNode(p, { parent, old, ancestors, order: siblings.length + 1, gridId, now: ctx.now });
  const rooms = roomsOf(p);
  if (rooms) node.households = rooms.length;
  if (!old) {
    await addNode(node);
    await syncBuildingHouseholds(node, rooms, { now: ctx.now, write: true });
    return viewNode(node, false);
  }
  const below = (await subtreeOf(old._id)).filter((n) => n._id !== old._id);
  const rewritten = rewriteBelow(old, node, below, ancestors, ctx.now);
  await putNodes([node, ...rewritten]);
  await syncBuildingHouseholds(node, rooms, { now: ctx.now, write: true });
  return viewNode(node, below.length > 0 || (await countChildren(node._id)) > 0);
}

/** A building's 房号 as the payload lists them; refused when they do not parse or disagree with its 户数. */
function roomsOf(p: SavePayload): string[] | undefined {
  if (p.type !== 'building' || p.rooms === undefined) return undefined;
  const rooms = parseRooms(p.rooms);
  if (typeof rooms === 'string') throw new DomainError('ORG.ROOMS_INVALID', rooms);
  if (rooms && p.households !== undefined && p.households !== rooms.length) {
    throw new DomainError('ORG.ROOMS_INVALID', `房号共 ${rooms.length} 个，与户数 ${p.households} 不一致`);
  }
  return rooms;
}

async function getNodesAlong(path: string[]): Promise<OrgNode[]> {
  const out: OrgNode[] = [];
  for (const id of path) {
    const n = await getNode(id);
    if (n) out.push(n);
  }
  return out;
}

/**
 * Import grids, compounds and buildings from a sheet. Every row is validated before any write; the
 * good rows are then written as create-or-replace by a stable id (importId), in order, so an import cut
 * off half-way is finished by sending the same sheet again — no duplicates, no half-written rows. A
 * broken row is reported with its row number and reason and changes nothing.
 */
export async function importOrg(
  p: Payload<'admin', 'importOrg'>,
  ctx: ScopedContext<'admin', 'importOrg'>,
): Promise<ResultOf<'admin', 'importOrg'>> {
  const caller = await ctx.caller();
  const rows = await readRows(p.format, p.content);
  if (rows.length === 0) throw new DomainError('ORG.IMPORT_EMPTY');
  const street = await streetNode();
  if (!street) throw new DomainError('ORG.NOT_FOUND');
  const communities = await nodesOfType('community');
  const per = await Promise.all(
    communities.map(async (c) => ({
      grids: await nodesOfCommunity(c._id, 'grid'),
      compounds: await nodesOfCommunity(c._id, 'compound'),
      buildings: await nodesOfCommunity(c._id, 'building'),
    })),
  );
  const planned = planImport(
    rows,
    {
      street,
      communities,
      grids: per.flatMap((x) => x.grids),
      compounds: per.flatMap((x) => x.compounds),
      buildings: per.flatMap((x) => x.buildings),
    },
    ctx.now,
    (c) => canEditOrg(caller.grants, c.path),
  );
  const good = planned.filter((r) => r.ok && r.node);
  if (!p.dryRun) {
    // grids and compounds before the buildings that refer to them
    const rank = { grid: 0, compound: 1, building: 2 } as Record<string, number>;
    for (const r of [...good].sort((a, b) => rank[a.node!.type] - rank[b.node!.type])) await putNode(r.node!);
  }
  // each building's households after every node is written (a dry run counts what it would make)
  let households = NO_SYNC;
  for (const r of good.filter((x) => x.node!.type === 'building')) {
    const n = await syncBuildingHouseholds(r.node!, r.rooms, { now: ctx.now, write: !p.dryRun });
    households = addCounts(households, n);
  }
  return {
    households,
    total: planned.length,
    created: good.filter((r) => r.created).length,
    updated: good.filter((r) => !r.created).length,
    rejected: planned.length - good.length,
    dryRun: !!p.dryRun,
    rows: planned.map(({ row, ok, message }) => ({ row, ok, message })),
  };
}
