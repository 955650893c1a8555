import { COLLECTIONS, type OrgNode } from '@lx/types';
import { db } from '../cloud';

const nodes = () => db().collection(COLLECTIONS.orgNodes);

export async function getNode(id: string): Promise<OrgNode | null> {
  const res = await nodes().where({ _id: id }).limit(1).get();
  return (res.data[0] as OrgNode | undefined) ?? null;
}

export async function getNodes(ids: readonly string[]): Promise<OrgNode[]> {
  if (ids.length === 0) return [];
  const _ = db().command;
  const res = await nodes()
    .where({ _id: _.in([...new Set(ids)]) })
    .limit(100)
    .get();
  return res.data as OrgNode[];
}

/** Children of a node in display order. A compound rarely has over 100 buildings, but page anyway. */
export async function childrenOf(parentId: string, types: readonly OrgNode['type'][]): Promise<OrgNode[]> {
  const _ = db().command;
  const out: OrgNode[] = [];
  for (let skip = 0; ; skip += 100) {
    const res = await nodes()
      .where({ parentId, type: _.in([...types]) })
      .orderBy('order', 'asc')
      .skip(skip)
      .limit(100)
      .get();
    out.push(...(res.data as OrgNode[]));
    if (res.data.length < 100) return out;
  }
}

export async function streetNode(): Promise<OrgNode | null> {
  const res = await nodes().where({ type: 'street', parentId: null }).limit(1).get();
  return (res.data[0] as OrgNode | undefined) ?? null;
}

/** Every node of the given types in one community (buildings: a few hundred at most), paged. */
export async function nodesOfCommunity(communityId: string, type: OrgNode['type']): Promise<OrgNode[]> {
  const out: OrgNode[] = [];
  for (let skip = 0; ; skip += 100) {
    const res = await nodes().where({ type, communityId }).skip(skip).limit(100).get();
    out.push(...(res.data as OrgNode[]));
    if (res.data.length < 100) return out;
  }
}

/** Every node of a type (grids: ~50, communities: ~8), paged in a stable order. */
export async function nodesOfType(type: OrgNode['type']): Promise<OrgNode[]> {
  const out: OrgNode[] = [];
  for (let skip = 0; ; skip += 100) {
    const res = await nodes().where({ type }).orderBy('_id', 'asc').skip(skip).limit(100).get();
    out.push(...(res.data as OrgNode[]));
    if (res.data.length < 100) return out;
  }
}

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

export async function updateNode(id: string, data: Partial<OrgNode>): Promise<void> {
  await nodes()
    .doc(id)
    .update({ data: { ...data } });
}

/** All nodes whose path passes through `id` (a move rewrites their paths). */
export async function subtreeOf(id: string): Promise<OrgNode[]> {
  const out: OrgNode[] = [];
  for (let skip = 0; ; skip += 100) {
    const res = await nodes().where({ path: id }).skip(skip).limit(100).get();
    out.push(...(res.data as OrgNode[]));
    if (res.data.length < 100) return out;
  }
}
