/** The compose page's scope choices: the author's street or community, and the parts under it. */
import type { Payload, ResultOf, ScopeOption } from '@lx/types';
import { requireAnyRole } from '../../shared/authz';
import type { ActionContext } from '../../shared/context';
import { gridsOf, nodesByIds } from '../repo';
import { COMPOSERS } from '../roles';
import { childrenOf } from '../../shared/repo/org';

export async function scopes(
  _p: Payload<'notices', 'scopes'>,
  ctx: ActionContext,
): Promise<ResultOf<'notices', 'scopes'>> {
  const caller = await ctx.caller();
  const grants = requireAnyRole(caller, COMPOSERS);
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
