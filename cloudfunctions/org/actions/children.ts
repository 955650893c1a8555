import { DomainError, type OrgNode, type OrgOption, type Payload } from '@lx/types';
import { childrenOf, getNode, nodesOfCommunity, streetNode } from '../../shared/repo/org';

/**
 * One level of the address cascader: the street's communities, a community's compounds, a compound's
 * buildings. Grids are not addresses, so a community's grids are left out.
 */
export async function children(p: Payload<'org', 'children'>): Promise<OrgOption[]> {
  let parentId = p.parentId;
  if (!parentId) {
    const street = await streetNode();
    if (!street) throw new DomainError('ORG.NOT_FOUND');
    parentId = street._id;
  }
  const nodes = await inGrid(await childrenOf(parentId, ['community', 'compound', 'building']), parentId, p.gridId);
  return nodes.map((n) => ({ id: n._id, name: n.name, type: n.type, hasChildren: n.type !== 'building' }));
}

/**
 * A grid's part of one level: its buildings, and the compounds that hold one of them (a grid cuts
 * across compounds, so that takes the community's buildings: a few hundred at most).
 */
async function inGrid(nodes: OrgNode[], parentId: string, gridId?: string): Promise<OrgNode[]> {
  if (!gridId) return nodes;
  const parent = await getNode(parentId);
  if (!parent || parent.type === 'street') return nodes;
  const buildings = await nodesOfCommunity(parent.communityId ?? parent._id, 'building');
  const held = new Set(buildings.filter((b) => b.gridId === gridId).flatMap((b) => [b._id, b.parentId ?? '']));
  return nodes.filter((n) => held.has(n._id));
}
