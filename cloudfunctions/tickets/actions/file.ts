/**
 * Filing: by a resident, or by a grid worker on someone's behalf (patrol / visit / phone). Validate
 * (the dispatcher) → who is calling → where (a building → its grid; a point → the grid whose boundary
 * holds it, else the community's triage queue) → content check → decide (pure: `newTicket`) → ticket
 * and first event in one transaction → tell the handlers of the queue it landed in.
 */
import { randomInt } from 'node:crypto';
import { type BuildingRef, DomainError, newTicket, type Payload, type ResultOf, ticketNo } from '@lx/types';
import type { Caller } from '../../shared/caller';
import { isDuplicate } from '../../shared/cloud';
import type { ActionContext } from '../../shared/context';
import { activeCategories } from '../../shared/repo/categories';
import { getNode } from '../../shared/repo/org';
import { holidayCalendar } from '../../shared/repo/settings';
import { insertTicketWithEvent, mediaCheckRecords } from '../../shared/repo/tickets';
import { checkText, submitImages } from '../../shared/security';
import { locate } from '../geo';
import { newTicketId } from '../../shared/ticket-ids';
import { notifyHandlers } from '../../shared/ticket-notify';

const NUMBER_ATTEMPTS = 5;
type FilePayload = Payload<'tickets', 'file'>;

/** Where the problem is, as the routing needs it. */
async function place(p: FilePayload, caller: Caller, onBehalf: boolean, now: number): Promise<BuildingRef> {
  if (p.buildingId || !p.point) {
    if (!p.buildingId && onBehalf) throw new DomainError('TICKET.LOCATION_REQUIRED');
    const buildingId = p.buildingId ?? caller.requireAddress().buildingId;
    const b = await getNode(buildingId);
    if (!b || b.type !== 'building' || !b.communityId) throw new DomainError('ORG.NOT_A_BUILDING');
    return {
      _id: b._id,
      streetId: b.streetId,
      communityId: b.communityId,
      ...(b.gridId ? { gridId: b.gridId } : {}),
      label: b.fullName ?? b.name,
      ...(b.center ? { center: b.center } : {}),
    };
  }
  const found = await locate(p.point, now);
  if (!found.community) throw new DomainError('TICKET.OUT_OF_AREA');
  return {
    _id: '',
    streetId: found.community.streetId,
    communityId: found.community._id,
    ...(found.grid ? { gridId: found.grid._id } : {}),
    label: `${found.community.name} ${p.addressText ?? ''}`.trim(),
  };
}

/** The optional parts of who and where: a point, the reporter's phone, the worker filing on behalf. */
function who(p: FilePayload, openid: string, onBehalf: boolean) {
  return {
    ...(p.point ? { point: p.point } : {}),
    ...(p.phone ? { reporterPhone: p.phone } : {}),
    ...(onBehalf ? { filedBy: openid } : {}),
    ...(onBehalf && p.residentName ? { reporterName: p.residentName } : {}),
  };
}

export async function file(p: FilePayload, ctx: ActionContext): Promise<ResultOf<'tickets', 'file'>> {
  const caller = await ctx.caller();
  const source = p.source ?? 'resident';
  const onBehalf = source !== 'resident';
  if (onBehalf && caller.grantsOf('gridWorker').length === 0) throw new DomainError('TICKET.SOURCE_FORBIDDEN');

  const category = (await activeCategories(ctx.now)).find((c) => c._id === p.categoryId);
  if (!category) throw new DomainError('CATEGORY.NOT_FOUND');
  const building = await place(p, caller, onBehalf, ctx.now);
  // on someone's behalf only where the worker works: a grid of their own
  if (onBehalf && !caller.grantsOf('gridWorker').some((g) => g.orgId === building.gridId)) {
    throw new DomainError('AUTH.OUT_OF_SCOPE');
  }

  await checkText(caller.openid, [p.description, p.addressText], 2);
  const reviews = await submitImages(caller.openid, p.photos, 2);
  const cal = await holidayCalendar(ctx.now);

  // The _id (in every link and action) is random and unguessable; the number people read is the day
  // plus five random digits, unique by the tickets' `by_no` index, so a clash is a duplicate-key error
  // and we draw again instead of keeping a counter document.
  for (let attempt = 1; ; attempt++) {
    const no = ticketNo(ctx.now, randomInt(0, 100_000));
    const { ticket, event } = newTicket({
      id: newTicketId(),
      no,
      now: ctx.now,
      category,
      building,
      description: p.description,
      photos: p.photos,
      urgency: p.urgency,
      source,
      anonymous: p.anonymous,
      reporterId: caller.openid,
      ...who(p, caller.openid, onBehalf),
      actorRole: onBehalf ? 'gridWorker' : 'resident',
      cal,
    });
    if (reviews.length) ticket.photoReviews = reviews.map((r) => ({ ...r, state: 'pending' as const }));
    const filed = { id: ticket._id, no: ticket.no, level: ticket.level, handlerOrgId: ticket.handlerOrgId };
    try {
      // ctx.record: this request's answer and the filing limits' counts commit with the ticket
      await insertTicketWithEvent(ticket, event, mediaCheckRecords(ticket._id, reviews, ctx.now), ctx.record(filed));
    } catch (e) {
      if (!isDuplicate(e) || attempt >= NUMBER_ATTEMPTS) throw e;
      continue;
    }
    await notifyHandlers(ticket, '新工单', caller.openid);
    return filed;
  }
}
