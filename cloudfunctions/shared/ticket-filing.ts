/**
 * Filing a ticket once the place is known: category, content check, image check, numbering, the
 * ticket and its first event in one transaction, the handlers told. tickets.file (a resident or a
 * worker on someone's behalf) and a visit's step 5 (a concern turned into a linked ticket) both file
 * through here, so a visit's ticket is routed, limited and counted exactly like any other.
 */
import { randomInt } from 'node:crypto';
import {
  type BuildingRef,
  DomainError,
  type GeoPoint,
  newTicket,
  type ResultOf,
  ticketNo,
  type TicketSource,
  type Urgency,
  maskPhonesInText,
} from '@lx/types';
import type { Caller } from './caller';
import { isDuplicate } from './cloud';
import { activeCategories } from './repo/categories';
import { holidayCalendar } from './repo/settings';
import { insertTicketWithEvent, mediaCheckRecords } from './repo/tickets';
import type { TxWrite } from './repo/tx';
import { checkText, submitImages } from './security';
import { newTicketId } from './ticket-ids';
import { notifyHandlers } from './ticket-notify';

const NUMBER_ATTEMPTS = 5;
export type Filed = ResultOf<'tickets', 'file'>;

export interface FilingInput {
  categoryId: string;
  description: string;
  photos: string[];
  urgency: Urgency;
  anonymous: boolean;
  addressText?: string;
  source: TicketSource;
  /** the worker (or visitor) filing on someone's behalf; reporterId is then theirs */
  onBehalf: boolean;
  actorRole: string;
  /** the optional parts of who and where (a point, a phone, filedBy, the resident's name) */
  extra: { point?: GeoPoint; reporterPhone?: string; filedBy?: string; reporterName?: string };
  /** a visit's concern this ticket is filed for */
  link?: { visitId: string; concern: number };
}

/**
 * `place` runs after the category is known (a missing category is refused first, as before); `check`
 * may refuse the place found. `also(filed)` commits with the ticket (ctx.record, a visit's link).
 */
export async function fileTicket(
  caller: Caller,
  now: number,
  input: FilingInput,
  place: () => Promise<BuildingRef>,
  also: (filed: Filed) => TxWrite,
  check: (b: BuildingRef) => void = () => undefined,
): Promise<Filed> {
  const category = (await activeCategories(now)).find((c) => c._id === input.categoryId);
  if (!category) throw new DomainError('CATEGORY.NOT_FOUND');
  const building = await place();
  check(building);

  await checkText(caller.openid, [input.description, input.addressText], 2);
  const reviews = await submitImages(caller.openid, input.photos, 2);
  const cal = await holidayCalendar(now);

  // The _id (in every link and action) is random and unguessable; the number people read is the day
  // plus five random digits, unique by the tickets' `by_no` index, so a clash is a duplicate-key error
  // and we draw again instead of keeping a counter document.
  for (let attempt = 1; ; attempt++) {
    const no = ticketNo(now, randomInt(0, 100_000));
    const { ticket, event } = newTicket({
      id: newTicketId(),
      no,
      now,
      category,
      building,
      // on someone's behalf the phone goes in its field, which handlers alone see; not the text (privacy.ts)
      description: input.extra.filedBy ? maskPhonesInText(input.description) : input.description,
      photos: input.photos,
      urgency: input.urgency,
      source: input.source,
      anonymous: input.anonymous,
      reporterId: caller.openid,
      ...input.extra,
      actorRole: input.actorRole,
      cal,
    });
    if (reviews.length) ticket.photoReviews = reviews.map((r) => ({ ...r, state: 'pending' as const }));
    if (input.link) Object.assign(ticket, { visitId: input.link.visitId, visitConcern: input.link.concern });
    const filed = { id: ticket._id, no: ticket.no, level: ticket.level, handlerOrgId: ticket.handlerOrgId };
    try {
      await insertTicketWithEvent(ticket, event, mediaCheckRecords(ticket._id, reviews, now), also(filed));
    } catch (e) {
      if (!isDuplicate(e) || attempt >= NUMBER_ATTEMPTS) throw e;
      continue;
    }
    await notifyHandlers(ticket, '新工单', caller.openid);
    return filed;
  }
}
