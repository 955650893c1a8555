import { DomainError, type OrgOption, type Payload } from '@lx/types';
import { childrenOf, streetNode } from '../../shared/repo/org';

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
  const nodes = await childrenOf(parentId, ['community', 'compound', 'building']);
  return nodes.map((n) => ({ id: n._id, name: n.name, type: n.type, hasChildren: n.type !== 'building' }));
}
