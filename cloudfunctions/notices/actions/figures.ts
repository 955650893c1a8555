/**
 * Read figures of one notice: overall, per community and per grid (the rows within the caller's part
 * of the street). Reads and in-person visits are counters on the notice; residents in scope are one
 * aggregation over users by home, so the cost does not grow with the number of reads.
 */
import {
  DomainError,
  noticeState,
  sharePercent,
  type Notice,
  type Payload,
  type ReadFigure,
  type ResultOf,
} from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { rowVisible, viewerGrants } from '../access';
import { audienceCounts, getNotice, nodesByIds } from '../repo';

const figure = (id: string, name: string, residents: number, n: Notice, level: 'communities' | 'grids'): ReadFigure => {
  const read = n.reads[level][id] ?? 0;
  return { id, name, residents, read, share: sharePercent(read, residents), informed: n.informed[level][id] ?? 0 };
};

export async function figures(
  p: Payload<'notices', 'figures'>,
  ctx: ActionContext,
): Promise<ResultOf<'notices', 'figures'>> {
  const caller = await ctx.caller();
  const n = await getNotice(p.id);
  if (!n) throw new DomainError('NOTICE.NOT_FOUND');
  const grants = viewerGrants(caller, n);

  const counts = await audienceCounts(n.targets);
  const byCommunity = new Map<string, number>();
  const byGrid = new Map<string, number>();
  for (const c of counts) {
    byCommunity.set(c.communityId, (byCommunity.get(c.communityId) ?? 0) + c.n);
    if (c.gridId) byGrid.set(c.gridId, (byGrid.get(c.gridId) ?? 0) + c.n);
  }
  const nodes = await nodesByIds([...n.reachCommunities, ...n.reachGrids]);
  const rows = (ids: string[], level: 'communities' | 'grids', residents: Map<string, number>) =>
    ids
      .map((id) => nodes.get(id))
      .filter((node) => !!node && rowVisible(grants, node.path))
      .map((node) => figure(node!._id, node!.name, residents.get(node!._id) ?? 0, n, level));

  const total = counts.reduce((s, c) => s + c.n, 0);
  const grids = rows(n.reachGrids, 'grids', byGrid);
  return {
    id: n._id,
    title: n.title,
    state: noticeState(n, ctx.now),
    overall: {
      id: n._id,
      name: '全部范围',
      residents: total,
      read: n.reads.total,
      share: sharePercent(n.reads.total, total),
      informed: n.informed.total,
    },
    communities: rows(n.reachCommunities, 'communities', byCommunity),
    grids,
    push: { sent: n.push.sent, noConsent: n.push.noConsent, failed: n.push.failed, done: n.push.state === 'done' },
    myGrids: grids.map((g) => g.id),
  };
}
