/**
 * Staff's notices with their read figures: what they (or anyone under their grants) composed, drafts
 * included, and the published ones that reach their community or grid. Figures come from the counters
 * kept on each notice, so a page of 20 costs one query.
 */
import { type Payload, type ResultOf } from '@lx/types';
import { requireAnyRole } from '../../shared/authz';
import { db } from '../../shared/cloud';
import type { ActionContext } from '../../shared/context';
import { managedNotices } from '../../shared/repo/notices';
import { managed as present } from '../present';
import { COMPOSERS, VIEWERS } from '../roles';

export async function managed(
  p: Payload<'notices', 'managed'>,
  ctx: ActionContext,
): Promise<ResultOf<'notices', 'managed'>> {
  const caller = await ctx.caller();
  const grants = requireAnyRole(caller, VIEWERS);
  const _ = db().command;
  const shown = _.in(['published', 'withdrawn']);
  const conds = grants.flatMap((g) => {
    const out: object[] = [];
    if (COMPOSERS.includes(g.role)) out.push({ orgPath: g.orgId });
    if (g.orgPath.length === 1) out.push({ streetId: g.orgId, status: shown });
    else out.push({ reachCommunities: g.orgId, status: shown }, { reachGrids: g.orgId, status: shown });
    return out;
  });
  const page = await managedNotices(_.or(conds), p.cursor);
  return {
    items: page.items.map((n) => present(n, ctx.now)),
    hasMore: page.hasMore,
    ...(page.next ? { next: page.next } : {}),
    canCompose: grants.some((g) => COMPOSERS.includes(g.role)),
  };
}
