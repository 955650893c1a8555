import type { Page, Payload, TicketSummary } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { listHandled } from '../../shared/repo/tickets';
import { summaries } from '../present';

/**
 * 我经手的: the tickets the caller escalated, assigned, dispatched, accepted, handled, resolved or filed
 * on someone's behalf, wherever they are now, each with its current state. Rows are the queue's
 * summaries (no reporter, no phone); only the caller's own OPENID is ever the filter.
 */
export async function handled(p: Payload<'tickets', 'handled'>, ctx: ActionContext): Promise<Page<TicketSummary>> {
  const page = await listHandled(ctx.openid, p.cursor);
  return { items: await summaries(page.items), hasMore: page.hasMore, ...(page.next ? { next: page.next } : {}) };
}
