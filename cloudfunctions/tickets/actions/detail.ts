import { canSeeReporter, canViewTicket, DomainError, type Payload, type TicketDetail } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { tempUrls } from '../../shared/files';
import { getNode } from '../../shared/repo/org';
import { eventsOf, getTicket } from '../../shared/repo/tickets';
import { findUser } from '../../shared/repo/users';
import { toSummary, toTimelineEntry } from '../present';

export async function detail(p: Payload<'tickets', 'detail'>, ctx: ActionContext): Promise<TicketDetail> {
  const caller = await ctx.caller();
  const ticket = await getTicket(p.id);
  // a ticket outside the caller's scope is reported as missing, so numbers cannot be probed
  if (!ticket || !canViewTicket(caller.openid, caller.grants, ticket)) throw new DomainError('TICKET.NOT_FOUND');

  const [events, handlerOrg] = await Promise.all([eventsOf(ticket._id), getNode(ticket.handlerOrgId)]);
  const urls = await tempUrls([...ticket.photos, ...events.flatMap((e) => e.photos)]);

  let reporter: TicketDetail['reporter'];
  if (canSeeReporter(caller.grants, ticket)) {
    const user = await findUser(ticket.reporterId);
    const phone = ticket.reporterPhone ?? user?.phone;
    reporter = { name: user?.realName ?? user?.nickname ?? '居民', ...(phone ? { phone } : {}) };
  }
  return {
    ...toSummary(ticket, urls),
    photos: ticket.photos.map((f) => urls[f] ?? f),
    source: ticket.source,
    anonymous: ticket.anonymous,
    handlerOrgName: handlerOrg?.name ?? '',
    ...(reporter ? { reporter } : {}),
    timeline: events.map((e) => toTimelineEntry(e, urls)),
  };
}
