import {
  allowedActions,
  audienceOf,
  canSeeReporter,
  RATING_LABELS,
  type Payload,
  type Ticket,
  type TicketDetail,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { tempUrls } from '../../shared/files';
import { getNode } from '../../shared/repo/org';
import { eventsOf } from '../../shared/repo/tickets';
import { findUser } from '../../shared/repo/users';
import { deletedReporter, forSupporter, toSummary, toTimelineEntry, visiblePhotos } from '../present';

/** Who filed it, for current handlers and supervisors only (the caller checks). */
async function reporterOf(t: Ticket): Promise<NonNullable<TicketDetail['reporter']>> {
  const deleted = deletedReporter(t);
  if (deleted) return deleted;
  // filed on someone's behalf: the worker is only the reporter of record, so neither their name nor
  // their phone may stand in for the resident's
  if (t.filedBy) {
    return { name: t.reporterName ?? '居民（代办）', ...(t.reporterPhone ? { phone: t.reporterPhone } : {}) };
  }
  const user = await findUser(t.reporterId);
  const phone = t.reporterPhone ?? user?.phone;
  return { name: t.reporterName ?? user?.realName ?? user?.nickname ?? '居民', ...(phone ? { phone } : {}) };
}

/** Where the ticket stands in its lifecycle: only the fields it has. */
function lifecycleFields(t: Ticket) {
  return {
    ...(t.point ? { point: t.point } : {}),
    requiresVerification: t.requiresVerification,
    requiresAfterPhotos: t.requiresAfterPhotos,
    ...(t.resolvedAt !== undefined ? { resolvedAt: t.resolvedAt } : {}),
    ...(t.resolvedLevel ? { resolvedLevel: t.resolvedLevel } : {}),
    ...(t.closedAt !== undefined ? { closedAt: t.closedAt } : {}),
    ...(t.rating ? { rating: { ...t.rating, label: RATING_LABELS[t.rating.score] } } : {}),
  };
}

/** One ticket with its timeline and the buttons the caller may press now (from the transition table). */
export async function detail(
  _: Payload<'tickets', 'detail'>,
  ctx: ScopedContext<'tickets', 'detail'>,
): Promise<TicketDetail> {
  const caller = await ctx.caller();
  // outside the caller's part in it, the table reported it missing, so numbers cannot be probed
  const ticket = ctx.target;
  const supporter = !!ticket.supporters?.includes(caller.openid);
  // a supporter (附议) reads only their part of it, so no photo of it is even signed for them
  const full = audienceOf(caller.openid, caller.grants, ticket) === 'full';

  const [events, handlerOrg] = await Promise.all([eventsOf(ticket._id), getNode(ticket.handlerOrgId)]);
  const hidden = ticket.hiddenPhotos ?? [];
  const urls = full
    ? await tempUrls(visiblePhotos(ticket, [...ticket.photos, ...events.flatMap((e) => e.photos)]))
    : {};

  const reporter = canSeeReporter(caller.grants, ticket) ? await reporterOf(ticket) : undefined;
  const viewer = { id: caller.openid, grants: caller.grants, now: ctx.now };
  const out: TicketDetail = {
    ...toSummary(ticket, urls),
    version: ticket.version,
    photos: visiblePhotos(ticket, ticket.photos).map((f) => urls[f] ?? f),
    source: ticket.source,
    anonymous: ticket.anonymous,
    handlerOrgId: ticket.handlerOrgId,
    handlerOrgName: handlerOrg?.name ?? '',
    communityId: ticket.communityId,
    gridId: ticket.gridId,
    responseDueAt: ticket.responseDueAt,
    ...lifecycleFields(ticket),
    joined: supporter,
    mine: ticket.reporterId === caller.openid,
    allowedActions: allowedActions(ticket, viewer),
    ...(reporter ? { reporter } : {}),
    timeline: events.map((e) => toTimelineEntry(e, urls, hidden)),
  };
  return full ? out : forSupporter(out);
}
