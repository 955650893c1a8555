/**
 * Read figures of one notice: overall, per community and per grid (the rows within the caller's part
 * of the street). Everything is a counter on the notice: reads and in-person visits as they happen,
 * residents in scope as published. One read of the notice and one of the org names, however many
 * residents and reads there are.
 */
import {
  noticeState,
  passes,
  sharePercent,
  subjectOf,
  type Notice,
  type OrgNode,
  type Payload,
  type ReadFigure,
  type ResultOf,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { nodesByIds } from '../../shared/repo/org';

type Level = 'communities' | 'grids';

const figure = (id: string, name: string, n: Notice, level: Level): ReadFigure => {
  const residents = n.audience[level][id] ?? 0;
  const read = n.reads[level][id] ?? 0;
  return { id, name, residents, read, share: sharePercent(read, residents), informed: n.informed[level][id] ?? 0 };
};

export async function figures(
  _: Payload<'notices', 'figures'>,
  ctx: ScopedContext<'notices', 'figures'>,
): Promise<ResultOf<'notices', 'figures'>> {
  // the notice, and the caller's viewer grants that reach it: the rows they cover are shown
  const n = ctx.target;
  const shown = (node: OrgNode) => ctx.grants.some((g) => passes('covers', g, subjectOf('org', node)));

  const nodes = await nodesByIds([...n.reachCommunities, ...n.reachGrids]);
  const rows = (ids: string[], level: Level) =>
    ids
      .map((id) => nodes.get(id))
      .filter((node) => !!node && shown(node))
      .map((node) => figure(node!._id, node!.name, n, level));

  const grids = rows(n.reachGrids, 'grids');
  return {
    id: n._id,
    title: n.title,
    state: noticeState(n, ctx.now),
    overall: {
      id: n._id,
      name: '全部范围',
      residents: n.audience.total,
      read: n.reads.total,
      share: sharePercent(n.reads.total, n.audience.total),
      informed: n.informed.total,
    },
    communities: rows(n.reachCommunities, 'communities'),
    grids,
    push: { sent: n.push.sent, noConsent: n.push.noConsent, failed: n.push.failed, done: n.push.state === 'done' },
    myGrids: grids.map((g) => g.id),
  };
}
