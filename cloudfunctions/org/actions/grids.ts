import { DomainError, type OrgOption, type Payload } from '@lx/types';
import { getNode, nodesOfCommunity } from '../../shared/repo/org';

/** A community's grids in their display order (for 分派网格 and staff pickers). */
export async function grids(p: Payload<'org', 'grids'>): Promise<OrgOption[]> {
  const community = await getNode(p.communityId);
  if (!community || community.type !== 'community') throw new DomainError('ORG.NOT_FOUND');
  const nodes = await nodesOfCommunity(community._id, 'grid');
  return nodes
    .sort((a, b) => a.order - b.order || a._id.localeCompare(b._id))
    .map((n) => ({ id: n._id, name: n.name, type: n.type, hasChildren: false }));
}
