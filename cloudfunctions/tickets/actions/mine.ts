import {
  DONE_STATUSES,
  OPEN_STATUSES,
  type Page,
  type Payload,
  type TicketStatus,
  type TicketSummary,
} from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { listTickets } from '../../shared/repo/tickets';
import { summaries } from '../present';

const TAB_STATUSES: Record<Payload<'tickets', 'mine'>['tab'], readonly TicketStatus[] | undefined> = {
  all: undefined,
  open: OPEN_STATUSES,
  done: DONE_STATUSES,
  rejected: ['rejected'],
};

/** 我的诉求: what the caller filed, newest first. Only their own OPENID is ever the filter. */
export async function mine(p: Payload<'tickets', 'mine'>, ctx: ActionContext): Promise<Page<TicketSummary>> {
  const statuses = TAB_STATUSES[p.tab];
  const page = await listTickets({ reporterId: ctx.openid, ...(statuses ? { statuses } : {}) }, p.cursor);
  return { items: await summaries(page.items), hasMore: page.hasMore, ...(page.next ? { next: page.next } : {}) };
}
