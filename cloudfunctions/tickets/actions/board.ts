/**
 * The supervisor's overdue board (督办): open tickets past their limit across the supervisor's scope
 * (a community supervisor: their community; a street supervisor: the street), most overdue first,
 * with counts per level; or, on the `verifying` view, the resolutions waiting for their 核查; or, on
 * the `rejected` view, every 不予受理 still standing, newest first, with its reason (退回重办 from the
 * ticket's page). Uses the `community_due` index (communityId, status, dueAt) or, street-wide,
 * `open_due` (status, dueAt); the rejected view `community_updated` / `status_updated`.
 */
import { type BoardRow, HOUR, LEVELS, type Level, OPEN_STATUSES, type Payload, type ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { getNodes } from '../../shared/repo/org';
import { countTickets, listRejections, listTicketsByDue, type TicketFilter } from '../../shared/repo/tickets';
import { summaries } from '../present';

export async function board(
  p: Payload<'tickets', 'board'>,
  ctx: ScopedContext<'tickets', 'board'>,
): Promise<ResultOf<'tickets', 'board'>> {
  // the community (or the street) asked for, inside the supervisor's grants (the table checked it)
  const asked = ctx.target;
  let scope: Pick<TicketFilter, 'communityIds' | 'streetId'>;
  if (asked) {
    scope = asked.type === 'street' ? { streetId: asked._id } : { communityIds: [asked._id] };
  } else {
    const street = ctx.grants.find((g) => g.orgPath.length === 1);
    scope = street ? { streetId: street.orgId } : { communityIds: ctx.grants.map((g) => g.orgId) };
  }
  const base: TicketFilter = {
    overdue: { ...scope, statuses: OPEN_STATUSES, due: { to: ctx.now } },
    verifying: { ...scope, statuses: ['verifying'] as const },
    rejected: { ...scope, statuses: ['rejected'] as const },
  }[p.view];
  const level = p.level ? { level: p.level } : {};
  const [page, total, ...byLevel] = await Promise.all([
    p.view === 'rejected'
      ? listRejections({ ...scope, ...level }, p.cursor)
      : listTicketsByDue({ ...base, ...level }, p.cursor),
    countTickets(base),
    ...LEVELS.map((level) => countTickets({ ...base, level })),
  ]);
  const [rows, orgs] = await Promise.all([summaries(page.items), getNodes(page.items.map((t) => t.handlerOrgId))]);
  const names = new Map(orgs.map((o) => [o._id, o.name]));
  const items: BoardRow[] = rows.map((r, i) => ({
    ...r,
    handlerOrgName: names.get(page.items[i].handlerOrgId) ?? '',
    // negative on the 待核查 view while the check is still within its limit
    overdueHours: Math.floor((ctx.now - page.items[i].dueAt) / HOUR),
    ...rejectionOf(page.items[i]),
  }));
  return {
    items,
    hasMore: page.hasMore,
    ...(page.next ? { next: page.next } : {}),
    counts: { total, ...(Object.fromEntries(LEVELS.map((l, i) => [l, byLevel[i]])) as Record<Level, number>) },
  };
}

const rejectionOf = (t: object): Pick<BoardRow, 'rejection'> =>
  'rejection' in t ? { rejection: t.rejection as NonNullable<BoardRow['rejection']> } : {};
