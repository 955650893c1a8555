/**
 * The 回访 hook (types/visit-plans.ts asksForRevisit): a ticket the reporter rated 不满意 or reopened
 * (反弹) gets a return visit to its household, due REVISIT_AFTER_DAYS later, by the grid's 网格长. It is
 * written in the transition's own transaction (tickets/flow.ts passes it as part of `also`), so a
 * reopen never lands without its 回访 and a failed one leaves none; its id is the reopening event's
 * (revisitId), so a re-run finds it. The household and the visitor are read before the transaction:
 * they are not the ticket's state, and a ticket with no household (no visit, no bound room) gets none.
 */
import {
  asksForRevisit,
  cstMidnight,
  DAY,
  gridVisitor,
  newVisit,
  REVISIT_AFTER_DAYS,
  revisitId,
  type Household,
  type Ticket,
  type TicketEvent,
  type TransitionInput,
} from '@lx/types';
import { getNode } from './repo/org';
import type { TxWrite } from './repo/tx';
import { findUser, usersWithGrant } from './repo/users';
import { householdAt, insertVisitInTx } from './repo/visit-plans';
import { getHousehold, getVisit } from './repo/visits';

/** The ticket's household: its visit's, else the reporter's bound room when they are a resident with one. */
async function householdOf(t: Ticket): Promise<Household | null> {
  if (t.visitId) {
    const v = await getVisit(t.visitId);
    if (v) return getHousehold(v.householdId);
  }
  const reporter = await findUser(t.reporterId);
  const home = reporter?.address;
  if (!home?.room) return null;
  return householdAt(home.buildingId, home.room);
}

/**
 * For an input that may ask for a 回访 (rate, reopen): the write to add to the transition's
 * transaction once its event is decided; null when it cannot ask for one or there is nobody to visit.
 */
export async function revisitFor(
  t: Ticket,
  input: Pick<TransitionInput, 'action' | 'rating'>,
  now: number,
): Promise<((event: TicketEvent) => TxWrite) | null> {
  const rating = input.rating ? { ...input.rating, at: now } : undefined;
  if (!asksForRevisit({ action: input.action, to: t.status, rating })) return null;
  const h = await householdOf(t);
  if (!h) return null;
  const [grid, workers] = await Promise.all([getNode(h.gridId), usersWithGrant(h.gridId, ['gridWorker'])]);
  const visitorId = gridVisitor(
    grid ?? undefined,
    workers.map((u) => u._id),
  );
  if (!visitorId) return null;
  return (event) => async (tx) => {
    // the decided event is the table's: a rating that turned out 满意 asks for nothing
    if (!asksForRevisit(event)) return;
    const id = revisitId(t._id, event.seq);
    // China midnight of its day, like every planned visit (今天 all that day, 已逾期 after)
    const dueAt = cstMidnight(event.at + REVISIT_AFTER_DAYS * DAY);
    await insertVisitInTx(newVisit(h, { id, visitorId, source: 'revisit', ticketId: t._id, dueAt, now: event.at }))(tx);
  };
}
