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

/** Every node of a type (grids: ~50, communities: ~8), paged. */
export async function nodesOfType(type: OrgNode['type']): Promise<OrgNode[]> {
  const out: OrgNode[] = [];
  for (let skip = 0; ; skip += 100) {
    const res = await nodes().where({ type }).orderBy('_id', 'asc').skip(skip).limit(100).get();
    out.push(...(res.data as OrgNode[]));
    if (res.data.length < 100) return out;
  }
}
