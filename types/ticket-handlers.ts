/**
 * 「我经手的」: who has had a hand in a ticket. Each person's handling (签收, 上报, 分派, 派遣, 办结 …) and
 * a filing on someone's behalf (代办) adds the actor to the ticket's `handlers`, in the same write as
 * the event, so one indexed query lists everything a person handled with its current state; scanning
 * the event log per person would read every event they ever wrote. Pure: no I/O.
 */
import { type Ticket, type TicketEvent, USER_TICKET_ACTIONS, type UserTicketAction } from './ticket';

/** Actions of the reporter and neighbours (评价, 重新办理, 催办, 附议): they make nobody a handler. */
const NOT_HANDLING: readonly UserTicketAction[] = ['rate', 'reopen', 'urge', 'join'];
/** The actions that make their actor one of the ticket's handlers: every other person's action. */
export const HANDLING_ACTIONS = USER_TICKET_ACTIONS.filter((a) => !NOT_HANDLING.includes(a));

const HANDLING: ReadonlySet<string> = new Set(HANDLING_ACTIONS);

/** Whether `event` makes its actor a handler of the ticket it was written on. */
export function handles(event: Pick<TicketEvent, 'action' | 'actorRole'>, ticket: Pick<Ticket, 'filedBy'>): boolean {
  if (event.actorRole === 'system') return false;
  // 代办: the worker's filing (filedBy is the worker; a resident's own filing has none)
  if (event.action === 'file') return !!ticket.filedBy;
  return HANDLING.has(event.action);
}

/**
 * The ticket with the event's actor among its handlers; the same object when nothing changes, so a
 * transition by someone already listed writes no extra field.
 */
export function withHandler<T extends Pick<Ticket, 'filedBy' | 'handlers'>>(
  ticket: T,
  event: Pick<TicketEvent, 'action' | 'actorRole' | 'actorId'>,
): T {
  const now = ticket.handlers ?? [];
  if (!handles(event, ticket) || now.includes(event.actorId)) return ticket;
  return { ...ticket, handlers: [...now, event.actorId] };
}
