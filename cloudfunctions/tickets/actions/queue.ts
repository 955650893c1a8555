import { DomainError, type Payload, type ResultOf, type TicketStatus } from '@lx/types';
import { requireAnyRole } from '../../shared/authz';
import type { ActionContext } from '../../shared/context';
import { countTickets, listTickets } from '../../shared/repo/tickets';
import { summaries } from '../present';

type Tab = Payload<'tickets', 'queue'>['tab'];
const TAB_STATUSES: Record<Tab, readonly TicketStatus[]> = {
  pending: ['pending'],
  processing: ['processing', 'verifying'],
  done: ['resolved', 'closed'],
};

/** The grid worker's queue: tickets whose current handler is one of their grids. */
export async function queue(p: Payload<'tickets', 'queue'>, ctx: ActionContext): Promise<ResultOf<'tickets', 'queue'>> {
  const caller = await ctx.caller();
  const grids = requireAnyRole(caller, ['gridWorker']).map((g) => g.orgId);
  if (p.gridId && !grids.includes(p.gridId)) throw new DomainError('AUTH.OUT_OF_SCOPE');
  const handlerOrgIds = p.gridId ? [p.gridId] : grids;

  const [page, pending, processing, done] = await Promise.all([
    listTickets({ handlerOrgIds, statuses: TAB_STATUSES[p.tab] }, p.cursor),
    countTickets({ handlerOrgIds, statuses: TAB_STATUSES.pending }),
    countTickets({ handlerOrgIds, statuses: TAB_STATUSES.processing }),
    countTickets({ handlerOrgIds, statuses: TAB_STATUSES.done }),
  ]);
  return {
    items: await summaries(page.items),
    hasMore: page.hasMore,
    ...(page.next ? { next: page.next } : {}),
    counts: { pending, processing, done },
  };
}
