/** The org tree (org_nodes): 街道 → 社区 → 网格 / 小区 → 楼栋. Every read of more than one batch is keyset-paged. */
import { COLLECTIONS, type OrgNode } from '@lx/types';
import { db } from '../cloud';
import { readAll } from './paging';

const nodes = () => db().collection(COLLECTIONS.orgNodes);

export async function getNode(id: string): Promise<OrgNode | null> {
  const res = await nodes().where({ _id: id }).limit(1).get();
  return (res.data[0] as OrgNode | undefined) ?? null;
}

/** Nodes by id, any number of them (in reads of 100 ids), optionally only some fields. */
export async function getNodes(ids: readonly string[], fields?: Record<string, boolean>): Promise<OrgNode[]> {
  const unique = [...new Set(ids)];
  const _ = db().command;
  const out: OrgNode[] = [];
  for (let i = 0; i < unique.length; i += 100) {
    let q = nodes()
      .where({ _id: _.in(unique.slice(i, i + 100)) })
      .limit(100);
    if (fields) q = q.field(fields);
    out.push(...((await q.get()).data as OrgNode[]));
  }
  return out;
}

/** What the notice pages show of a node (figures, door-to-door, scopes): no boundaries, no people. */
const SUMMARY = { _id: true, name: true, fullName: true, type: true, path: true, communityId: true, gridId: true };

export const nodesByIds = async (ids: readonly string[]): Promise<Map<string, OrgNode>> =>
  new Map((await getNodes(ids, SUMMARY)).map((n) => [n._id, n]));

const BY_ORDER = { field: 'order', dir: 'asc' } as const;

/** Children of a node in display order. A compound rarely has over 100 buildings, but page anyway. */
export function childrenOf(parentId: string, types: readonly OrgNode['type'][]): Promise<OrgNode[]> {
  const _ = db().command;
  return readAll<OrgNode>(COLLECTIONS.orgNodes, { parentId, type: _.in([...types]) }, { order: BY_ORDER });
}

export async function streetNode(): Promise<OrgNode | null> {
  const res = await nodes().where({ type: 'street', parentId: null }).limit(1).get();
  return (res.data[0] as OrgNode | undefined) ?? null;
}

/** Every node of the given type in one community (buildings: a few hundred at most). */
export const nodesOfCommunity = (communityId: string, type: OrgNode['type']): Promise<OrgNode[]> =>
  readAll<OrgNode>(COLLECTIONS.orgNodes, { type, communityId });

/** Every node of a type (grids: ~50, communities: ~8). */
export const nodesOfType = (type: OrgNode['type']): Promise<OrgNode[]> =>
  readAll<OrgNode>(COLLECTIONS.orgNodes, { type });

/** Grids of the given communities, or of the whole street (null). */
export function gridsOf(communityIds: readonly string[] | null): Promise<OrgNode[]> {
  if (communityIds && communityIds.length === 0) return Promise.resolve([]);
  const _ = db().command;
  const cond = communityIds ? { type: 'grid', communityId: _.in([...communityIds]) } : { type: 'grid' };
  return readAll<OrgNode>(COLLECTIONS.orgNodes, cond, { batch: 1000 });
}

/**
 * The buildings mapped to one grid. `communityId` narrows the read to the org_nodes (type,
 * communityId) index; the grid's own buildings are a handful, so the filter on gridId is cheap.
 */
export const buildingsOfGrid = (communityId: string, gridId: string): Promise<OrgNode[]> =>
  readAll<OrgNode>(
    COLLECTIONS.orgNodes,
    { type: 'building', communityId, gridId },
    {
      fields: {
        _id: true,
        name: true,
        type: true,
        path: true,
        communityId: true,
        compoundId: true,
        gridId: true,
        order: true,
      },
    },
  );

export async function countChildren(parentId: string): Promise<number> {
  return (await nodes().where({ parentId }).count()).total;
}

export async function addNode(node: OrgNode): Promise<void> {
  await nodes().add({ data: { ...node } });
}

/** Create-or-replace by id: an import written twice lands the same documents (idempotent). */
export async function putNode(node: OrgNode): Promise<void> {
  const { _id, ...rest } = node;
  await nodes().doc(_id).set({ data: rest });
}

/** Create-or-replace of several nodes in one transaction (a move rewrites a subtree together). */
export async function putNodes(list: readonly OrgNode[]): Promise<void> {
  await db().runTransaction(async (tx) => {
    for (const n of list) {
      const { _id, ...rest } = n;
      await tx.collection(COLLECTIONS.orgNodes).doc(_id).set({ data: rest });
    }
  });
}

/** All nodes whose path passes through `id` (a move rewrites their paths). */
export const subtreeOf = (id: string): Promise<OrgNode[]> => readAll<OrgNode>(COLLECTIONS.orgNodes, { path: id });
