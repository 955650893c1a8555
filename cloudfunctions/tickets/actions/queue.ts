import {
  DUE_SOON,
  DONE_STATUSES,
  HANDLER_ROLES,
  OPEN_STATUSES,
  QUEUE_TABS,
  type HandlerRole,
  type Payload,
  type QueueTab,
  type ResultOf,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { countTickets, listTickets, listTicketsByDue, type TicketFilter } from '../../shared/repo/tickets';
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
 * A handler's queue: tickets whose current handling node is one of the caller's nodes for the role
 * (grid workers: their grids; community staff: their community, escalated and triage; street staff:
 * the street, escalated and dispatched), with the count of every tab.
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
  const byDue = p.tab === 'dueSoon' || p.tab === 'overdue';
  const [page, ...counts] = await Promise.all([
    byDue ? listTicketsByDue(filter, p.cursor) : listTickets(filter, p.cursor),
    ...QUEUE_TABS.map((t) => countTickets(tabFilter(t, handlerOrgIds, ctx.now))),
  ]);
  return {
    items: await summaries(page.items),
    hasMore: page.hasMore,
    ...(page.next ? { next: page.next } : {}),
    counts: Object.fromEntries(QUEUE_TABS.map((t, i) => [t, counts[i]])) as Record<QueueTab, number>,
    role,
    orgIds: handlerOrgIds,
  };
}
