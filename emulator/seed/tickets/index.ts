/**
 * Tickets and their event histories. Each ticket is filed at a time in the past ~5 months and then
 * lived forward through the transition table until the next action would fall after `now`: old
 * tickets are mostly closed, recent ones still open, and a ticket's status is always its last event's
 * `to`. A handful of scripted tickets give the demo identities something to show; they are timed from
 * `now` so that each one's whole story is over by then, whatever the time of day or date the seed is
 * built at.
 *
 *   plans.ts     random plans: who files what, where, when
 *   scripts.ts   the demo's scripted stories
 *   simulate.ts  a plan lived forward, every action decided by the transition table
 */
import { type Ticket, type TicketEvent, ticketNo } from '@lx/types';
import type { Rng } from '../prng';
import type { Plan, TicketCtx } from './plan';
import { filler, randomPlanner } from './plans';
import { scriptedPlans } from './scripts';
import { dueCache, simulate } from './simulate';

export { TICKET_WINDOW_DAYS, type TicketCtx } from './plan';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** 20 base32 characters like the function's random ids (shared/ticket-ids.ts), but from the seed's PRNG. */
const seedTicketId = (rng: Rng): string => Array.from({ length: 20 }, () => BASE32[rng.int(0, 31)]).join('');

export function buildTickets(ctx: TicketCtx, count: number): { tickets: Ticket[]; events: TicketEvent[] } {
  const fill = filler(ctx);
  const randomPlan = randomPlanner(ctx, fill);
  // scripted plans for the demo identities, then the random rest
  const catById = new Map(ctx.categories.map((c) => [c._id, c]));
  const plans: Plan[] = scriptedPlans(ctx, catById, fill).slice(0, count);
  for (let i = plans.length; i < count; i++) plans.push(randomPlan(i));
  plans.sort((a, b) => a.createdAt - b.createdAt || a.order - b.order);

  // number them per China-time day, then live each one out
  const due = dueCache(ctx.cal);
  const tickets: Ticket[] = new Array(plans.length);
  const events: TicketEvent[] = [];
  let day = '';
  let n = 0;
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i];
    const prefix = ticketNo(p.createdAt, 0).slice(0, 8);
    if (prefix !== day) {
      day = prefix;
      n = 0;
    }
    n += 1;
    tickets[i] = simulate(ctx, due, p, { id: seedTicketId(ctx.ids), no: ticketNo(p.createdAt, n) }, events);
  }
  return { tickets, events };
}
