import { COLLECTIONS, PAGE_SIZE, type Ticket, type TicketEvent, type TicketStatus } from '@lx/types';
import { db } from '../cloud';

const tickets = () => db().collection(COLLECTIONS.tickets);

/** The ticket and its event land together or not at all. */
export async function insertTicketWithEvent(ticket: Ticket, event: TicketEvent): Promise<void> {
  await db().runTransaction(async (tx) => {
    await tx.collection(COLLECTIONS.tickets).add({ data: { ...ticket } });
    await tx.collection(COLLECTIONS.ticketEvents).add({ data: { ...event } });
  });
}

export async function getTicket(id: string): Promise<Ticket | null> {
  const res = await tickets().where({ _id: id }).limit(1).get();
  return (res.data[0] as Ticket | undefined) ?? null;
}

export async function eventsOf(ticketId: string): Promise<TicketEvent[]> {
  const out: TicketEvent[] = [];
  for (let skip = 0; ; skip += 100) {
    const res = await db()
      .collection(COLLECTIONS.ticketEvents)
      .where({ ticketId })
      .orderBy('seq', 'asc')
      .skip(skip)
      .limit(100)
      .get();
    out.push(...(res.data as TicketEvent[]));
    if (res.data.length < 100) return out;
  }
}

/** Newest first, paged by a (createdAt, _id) cursor so page N costs the same as page 1. */
export interface Cursor {
  createdAt: number;
  id: string;
}
export const encodeCursor = (t: Pick<Ticket, 'createdAt' | '_id'>): string => `${t.createdAt}_${t._id}`;
export function decodeCursor(s: string | undefined): Cursor | null {
  if (!s) return null;
  const i = s.indexOf('_');
  const createdAt = Number(s.slice(0, i));
  if (i < 1 || !Number.isFinite(createdAt)) return null;
  return { createdAt, id: s.slice(i + 1) };
}

export interface TicketFilter {
  reporterId?: string;
  handlerOrgIds?: string[];
  statuses?: readonly TicketStatus[];
}

function where(f: TicketFilter, cursor: Cursor | null) {
  const _ = db().command;
  const cond: Record<string, unknown> = {};
  if (f.reporterId) cond.reporterId = f.reporterId;
  if (f.handlerOrgIds) cond.handlerOrgId = f.handlerOrgIds.length === 1 ? f.handlerOrgIds[0] : _.in(f.handlerOrgIds);
  if (f.statuses) cond.status = _.in([...f.statuses]);
  if (!cursor) return cond;
  return _.and([
    cond,
    _.or([{ createdAt: _.lt(cursor.createdAt) }, { createdAt: cursor.createdAt, _id: _.lt(cursor.id) }]),
  ]);
}

export async function listTickets(
  f: TicketFilter,
  cursor: string | undefined,
  size = PAGE_SIZE,
): Promise<{ items: Ticket[]; hasMore: boolean; next?: string }> {
  const res = await tickets()
    .where(where(f, decodeCursor(cursor)))
    .orderBy('createdAt', 'desc')
    .orderBy('_id', 'desc')
    .limit(size + 1)
    .get();
  const rows = res.data as Ticket[];
  const items = rows.slice(0, size);
  const hasMore = rows.length > size;
  return { items, hasMore, ...(hasMore ? { next: encodeCursor(items[items.length - 1]) } : {}) };
}

export async function countTickets(f: TicketFilter): Promise<number> {
  const res = await tickets().where(where(f, null)).count();
  return res.total;
}
