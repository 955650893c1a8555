/**
 * A person's own data (issue 16, privacy): everything stored about them (我的数据), and 注销账号.
 *
 * Deleting keeps the record and drops the person: their tickets stay (the street's record of what was
 * reported and done) but lose the reporter's name, phone and openid (reporterId becomes
 * DELETED_REPORTER_ID, which handlers see as 已注销用户), and their own events on them lose the
 * openid too; the user document, the household membership, the party registrations, sign-ups, claims,
 * points, rate counters and remembered answers go; wishes stay for the community, detached like
 * tickets. It all happens in ONE transaction with the account event, so a failure half-way leaves the
 * account whole, never half-detached.
 */
import {
  COLLECTIONS as C,
  DELETED_REPORTER_ID,
  type Household,
  type Ticket,
  type TicketEvent,
  type User,
  type Visit,
} from '@lx/types';
import { db, type Transaction } from '../cloud';
import { readAll } from './paging';
import { getInTx, type TxWrite } from './tx';

type Doc = { _id: string } & Record<string, unknown>;

/** What the account event says: counts only, never who it was (the openid is what is being removed). */
export interface AccountEvent {
  _id?: string;
  kind: 'deleted';
  at: number;
  tickets: number;
  events: number;
  removed: number;
}

/** The caller's documents, read before the transaction (a transaction writes by id, it does not query). */
export async function ownDocuments(openid: string) {
  const [tickets, supported, households, registrations, signups, claims, totals, points, wishes] = await Promise.all([
    readAll<Ticket>(C.tickets, { reporterId: openid }),
    readAll<Ticket>(C.tickets, { supporters: openid }),
    readAll<Household>(C.households, { members: openid }),
    readAll<Doc>(C.partyRegistrations, { userId: openid }),
    readAll<Doc>(C.partySignups, { userId: openid }),
    readAll<Doc>(C.partyPostClaims, { userId: openid }),
    readAll<Doc>(C.partyPointTotals, { userId: openid }),
    readAll<Doc>(C.partyPoints, { userId: openid }),
    readAll<Doc>(C.partyWishes, { residentId: openid }),
  ]);
  const events = (await Promise.all(tickets.map((t) => readAll<TicketEvent>(C.ticketEvents, { ticketId: t._id }))))
    .flat()
    .filter((e) => e.actorId === openid);
  return { tickets, supported, households, registrations, signups, claims, totals, points, wishes, events };
}

/** The visits to the households they belong to (我的数据 shows when, and how each ended). */
export const visitsOfHouseholds = async (ids: readonly string[]): Promise<Visit[]> =>
  (await Promise.all(ids.map((householdId) => readAll<Visit>(C.visits, { householdId })))).flat();
export type OwnDocuments = Awaited<ReturnType<typeof ownDocuments>>;

/** A stored document written back whole (`set` takes no _id). */
async function put(tx: Transaction, coll: string, doc: Doc) {
  const { _id, ...rest } = doc;
  await tx.collection(coll).doc(_id).set({ data: rest });
}

/** The ticket without its person: the record stays, nobody can be found through it. */
export function detachedTicket(t: Ticket, openid: string, now: number): Ticket {
  const { reporterPhone: _phone, reporterName: _name, ...rest } = t;
  return {
    ...rest,
    reporterId: DELETED_REPORTER_ID,
    supporters: t.supporters.filter((s) => s !== openid),
    ...(t.handlers ? { handlers: t.handlers.filter((h) => h !== openid) } : {}),
    updatedAt: now,
  };
}

async function detachTickets(tx: Transaction, own: OwnDocuments, openid: string, now: number) {
  const mine = new Set(own.tickets.map((t) => t._id));
  for (const t of own.tickets) {
    const fresh = (await getInTx<Ticket>(tx, C.tickets, t._id)) ?? t;
    await put(tx, C.tickets, detachedTicket(fresh, openid, now) as unknown as Doc);
  }
  // 附议 on someone else's ticket: only their name leaves the list of supporters
  for (const t of own.supported.filter((x) => !mine.has(x._id))) {
    const fresh = (await getInTx<Ticket>(tx, C.tickets, t._id)) ?? t;
    await tx
      .collection(C.tickets)
      .doc(t._id)
      .update({ data: { supporters: fresh.supporters.filter((s) => s !== openid), updatedAt: now } });
  }
  for (const e of own.events) {
    await tx
      .collection(C.ticketEvents)
      .doc(e._id)
      .update({ data: { actorId: DELETED_REPORTER_ID } });
  }
}

async function removeOwn(tx: Transaction, own: OwnDocuments, openid: string, now: number): Promise<number> {
  for (const h of own.households) {
    const fresh = (await getInTx<Household>(tx, C.households, h._id)) ?? h;
    await tx
      .collection(C.households)
      .doc(h._id)
      .update({ data: { members: fresh.members.filter((m) => m !== openid) } });
  }
  const gone: [string, Doc[]][] = [
    [C.partyRegistrations, own.registrations],
    [C.partySignups, own.signups],
    [C.partyPostClaims, own.claims],
    [C.partyPointTotals, own.totals],
    [C.partyPoints, own.points],
  ];
  let removed = 0;
  for (const [coll, docs] of gone) {
    for (const d of docs) await tx.collection(coll).doc(d._id).remove();
    removed += docs.length;
  }
  for (const w of own.wishes) {
    await tx
      .collection(C.partyWishes)
      .doc(w._id)
      .update({ data: { residentId: DELETED_REPORTER_ID, updatedAt: now } });
  }
  await tx.collection(C.users).doc(openid).remove();
  return removed + 1;
}

/** The remembered answers and rate counts of the caller: they name the openid, so they go too. */
export async function traces(openid: string) {
  const [requests, counters] = await Promise.all([
    readAll<Doc>(C.requests, { caller: openid }),
    readAll<Doc>(C.rateCounters, { user: openid }),
  ]);
  // which notices they read: the read figures keep their counts (counted on write), not the reader
  const reads = await readAll<Doc>(C.noticeReads, { userId: openid });
  return { requests, counters, reads };
}

/**
 * 注销账号 in one transaction: tickets detached, own documents removed, the account event added, and
 * `also(tickets)` (the idempotent request's record) written. Answers how many tickets were detached.
 */
export async function deleteAccount(user: User, now: number, also: (tickets: number) => TxWrite): Promise<number> {
  const own = await ownDocuments(user._id);
  const { requests, counters, reads } = await traces(user._id);
  await db().runTransaction(async (tx) => {
    await detachTickets(tx, own, user._id, now);
    let removed = await removeOwn(tx, own, user._id, now);
    for (const r of requests) await tx.collection(C.requests).doc(r._id).remove();
    for (const c of counters) await tx.collection(C.rateCounters).doc(c._id).remove();
    for (const r of reads) await tx.collection(C.noticeReads).doc(r._id).remove();
    removed += requests.length + counters.length + reads.length;
    const event: AccountEvent = {
      kind: 'deleted',
      at: now,
      tickets: own.tickets.length,
      events: own.events.length,
      removed,
    };
    await tx.collection(C.accountEvents).add({ data: { ...event } });
    await also(own.tickets.length)(tx);
  });
  return own.tickets.length;
}
