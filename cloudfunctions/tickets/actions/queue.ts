import {
  DUE_SOON,
  DONE_STATUSES,
  HANDLER_ROLES,
  OPEN_STATUSES,
  QUEUE_TABS,
  type HandlerRole,
  type Payload,
  type QueueBucket,
  type QueueTab,
  type ResultOf,
  parseTicketQuery,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { queueCounters } from '../../shared/repo/stats';
import {
  countTickets,
  listQueue,
  listQueueNewest,
  type QueueNarrowing,
  type TicketFilter,
} from '../../shared/repo/tickets';
import { summaries } from '../present';

/** What each tab holds, for the queues of `handlerOrgIds` at `now`. */
export function tabFilter(tab: QueueTab, handlerOrgIds: string[], now: number): TicketFilter {
  switch (tab) {
    case 'pending':
      return { handlerOrgIds, statuses: ['pending'] };
    case 'processing':
      return { handlerOrgIds, statuses: ['processing', 'verifying'] };
    case 'dueSoon':
      return { handlerOrgIds, statuses: OPEN_STATUSES, due: { from: now, to: now + DUE_SOON } };
    case 'overdue':
      return { handlerOrgIds, statuses: OPEN_STATUSES, due: { to: now } };
    case 'done':
      return { handlerOrgIds, statuses: DONE_STATUSES };
  }
}

/**
 * The tabs that are states (待签收, 处理中, 已办结) are counters kept on write (types/stats.ts, one read
 * for every node); 即将超期 and 已超期 depend on the clock (a ticket becomes due soon or overdue with no
 * event at all, and the sweeper marks 超期 up to five minutes late), so they stay counts over the index.
 */
const COUNTED: Partial<Record<QueueTab, QueueBucket>> = { pending: 'pending', processing: 'processing', done: 'done' };
const TIMED = QUEUE_TABS.filter((t) => !COUNTED[t]);

async function tabCounts(handlerOrgIds: string[], now: number): Promise<Record<QueueTab, number>> {
  const [kept, ...timed] = await Promise.all([
    queueCounters(handlerOrgIds),
    ...TIMED.map((t) => countTickets(tabFilter(t, handlerOrgIds, now))),
  ]);
  const counts = Object.fromEntries(TIMED.map((t, i) => [t, timed[i]])) as Record<QueueTab, number>;
  for (const [tab, bucket] of Object.entries(COUNTED) as [QueueTab, QueueBucket][]) {
    counts[tab] = kept.reduce((n, d) => n + (d.tabs[bucket] ?? 0), 0);
  }
  return counts;
}

/**
 * A handler's queue: tickets whose current handling node is one of the caller's nodes for the role
 * (grid workers: their grids; community staff: their community, escalated and triage; street staff:
 * the street, escalated and dispatched), with the count of every tab. Open tabs list 紧急 first, then
 * the soonest deadline (overdue first); 已办结 newest first. 搜索 and 筛选 narrow the list, never the
 * counts, which stay the tabs' totals.
 */
export async function queue(
  p: Payload<'tickets', 'queue'>,
  ctx: ScopedContext<'tickets', 'queue'>,
): Promise<ResultOf<'tickets', 'queue'>> {
  // the table let in the grants of the role asked for, or of every handler role held (and checked that
  // the node asked for is one of theirs): that node's role, else the first one held
  const only = p.orgId ?? p.gridId;
  const role: HandlerRole =
    p.role ??
    (ctx.grants.find((g) => g.orgId === only)?.role as HandlerRole | undefined) ??
    HANDLER_ROLES.find((r) => ctx.grants.some((g) => g.role === r))!;
  const handlerOrgIds = only ? [only] : ctx.grants.filter((g) => g.role === role).map((g) => g.orgId);

  const filter = tabFilter(p.tab, handlerOrgIds, ctx.now);
  const narrowing: QueueNarrowing = {
    ...(p.categoryId ? { categoryId: p.categoryId } : {}),
    ...(p.buildingId ? { buildingId: p.buildingId } : {}),
    ...(p.source ? { source: p.source } : {}),
    query: parseTicketQuery(p.q),
  };
  const [page, counts] = await Promise.all([
    p.tab === 'done' ? listQueueNewest(filter, narrowing, p.cursor) : listQueue(filter, narrowing, p.cursor),
    tabCounts(handlerOrgIds, ctx.now),
  ]);
  return {
    items: await summaries(page.items),
    hasMore: page.hasMore,
    ...(page.next ? { next: page.next } : {}),
    counts,
    role,
    orgIds: handlerOrgIds,
  };
}
