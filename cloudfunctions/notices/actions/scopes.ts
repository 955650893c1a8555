/**
 * The compose page's scope choices: the author's street or community, and the parts under it; with
 * `gridId`, the buildings of that grid (asked for one grid at a time, so the page never receives the
 * hundreds of buildings of a whole community at once).
 */
import { DomainError, type OrgNode, type Payload, type ResultOf, type ScopeOption } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { buildingsOfGrid, childrenOf, gridsOf, nodesByIds } from '../../shared/repo/org';

export async function scopes(
  p: Payload<'notices', 'scopes'>,
  ctx: ScopedContext<'notices', 'scopes'>,
): Promise<ResultOf<'notices', 'scopes'>> {
  // a grid the table found inside the caller's grants, else the caller's composing grants
  if (ctx.target) return { options: await buildingsOf(ctx.target) };
  const grants = ctx.grants;
  const options: ScopeOption[] = [];
  const seen = new Set<string>();
  const add = (o: ScopeOption) => {
    if (!seen.has(o.id)) options.push(o);
    seen.add(o.id);
  };
  const roots = await nodesByIds(grants.map((g) => g.orgId));
  for (const g of grants) {
    const root = roots.get(g.orgId);
    if (!root) continue;
    if (root.type === 'street') {
      add({ id: root._id, name: `${root.name}（全街道）`, type: 'street' });
      for (const c of await childrenOf(root._id, ['community'])) add({ id: c._id, name: c.name, type: 'community' });
    } else if (root.type === 'community') {
      add({ id: root._id, name: `${root.name}（全社区）`, type: 'community' });
      for (const grid of await gridsOf([root._id])) {
        // "第一网格": the community's name is already on the first chip
        add({ id: grid._id, name: grid.name.replace(root.name, '') || grid.name, type: 'grid', communityId: root._id });
      }
    }
  }
  return { options };
}

/** A grid's buildings, named with their compound ("天河嘉城 3号楼"), compound by compound. */
async function buildingsOf(grid: OrgNode): Promise<ScopeOption[]> {
  // refused like another community's grid (the table's rule for an unknown one): nothing to tell apart
  if (!grid.communityId) throw new DomainError('AUTH.OUT_OF_SCOPE');
  const buildings = await buildingsOfGrid(grid.communityId, grid._id);
  const compounds = await nodesByIds(buildings.map((b) => b.compoundId ?? '').filter(Boolean));
  const compoundName = (b: OrgNode) => (b.compoundId ? (compounds.get(b.compoundId)?.name ?? '') : '');
  return buildings
    .sort((a, b) => compoundName(a).localeCompare(compoundName(b), 'zh') || a.order - b.order)
    .map((b) => ({
      id: b._id,
      name: [compoundName(b), b.name].filter(Boolean).join(' '),
      type: 'building' as const,
      communityId: grid.communityId,
      gridId: grid._id,
    }));
}
