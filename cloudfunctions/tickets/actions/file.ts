/**
 * A resident files a ticket: validate (done by the dispatcher) → who is calling → where (building →
 * grid) → decide (pure: `newTicket`) → persist ticket and first event in one transaction → return.
 * Four database operations on a warm instance: the caller, the building, the ticket, the event.
 */
import { randomInt } from 'node:crypto';
import { DomainError, newTicket, ticketNo, type Payload } from '@lx/types';
import { isDuplicate } from '../../shared/cloud';
import type { ActionContext } from '../../shared/context';
import { activeCategories } from '../../shared/repo/categories';
import { getNode } from '../../shared/repo/org';
import { insertTicketWithEvent } from '../../shared/repo/tickets';

const NUMBER_ATTEMPTS = 5;

export async function file(p: Payload<'tickets', 'file'>, ctx: ActionContext): Promise<{ id: string; no: string }> {
  const caller = await ctx.caller();
  const buildingId = p.buildingId ?? caller.requireAddress().buildingId;

  const category = (await activeCategories(ctx.now)).find((c) => c._id === p.categoryId);
  if (!category) throw new DomainError('CATEGORY.NOT_FOUND');

  const building = await getNode(buildingId);
  if (!building || building.type !== 'building' || !building.communityId) throw new DomainError('ORG.NOT_A_BUILDING');

  // Numbers are the day plus five random digits; the ticket's _id is its number, so a clash is a
  // duplicate-key error and we draw again instead of keeping a counter document.
  for (let attempt = 1; ; attempt++) {
    const no = ticketNo(ctx.now, randomInt(0, 100_000));
    const { ticket, event } = newTicket({
      id: no,
      no,
      now: ctx.now,
      category,
      building: {
        _id: building._id,
        streetId: building.streetId,
        communityId: building.communityId,
        ...(building.gridId ? { gridId: building.gridId } : {}),
        label: building.fullName ?? building.name,
      },
      description: p.description,
      photos: p.photos,
      urgency: p.urgency,
      source: 'resident',
      anonymous: p.anonymous,
      reporterId: caller.openid,
      ...(p.phone ? { reporterPhone: p.phone } : {}),
      actorRole: 'resident',
    });
    try {
      await insertTicketWithEvent(ticket, event);
      return { id: ticket._id, no: ticket.no };
    } catch (e) {
      if (!isDuplicate(e) || attempt >= NUMBER_ATTEMPTS) throw e;
    }
  }
}
