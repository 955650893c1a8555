import {
  applyEvent,
  COLLECTIONS,
  counterDeltas,
  type CounterDelta,
  type DeltaContext,
  DomainError,
  type MediaCheckRecord,
  PAGE_SIZE,
  type Ticket,
  type TicketEvent,
  type TicketStatus,
  literalPattern,
  type TicketQuery,
  type TicketSource,
  withHandler,
} from '@lx/types';
import { db, isConflict, type Transaction } from '../cloud';
import { eventId } from '../ticket-ids';
import { commuting, NO_WRITE, type TxWrite } from './tx';
import { mediaChecksFor } from './media';
import { countInTx } from './stats';
import { ticketHelpInTx } from './party-points';
import { ticketClosedInTx } from './visits';
import { type Key, type Page, pageAfter, nextAfter, readAll } from './paging';

const tickets = () => db().collection(COLLECTIONS.tickets);

/** The ticket, its event and its photos' pending image checks land together or not at all. */

/** What a ticket's closing does beside itself, in its transaction (both closing paths call it). */
async function closedInTx(tx: Transaction, before: Ticket, after: Ticket, at: number): Promise<void> {
  await ticketClosedInTx(tx, before, after, at);
  await ticketHelpInTx(tx, before, after, at);
}

export async function insertTicketWithEvent(
  ticket: Ticket,
  event: TicketEvent,
  checks: readonly MediaCheckRecord[] = [],
  also: TxWrite = NO_WRITE,
): Promise<void> {
  // a new ticket races only on what it counts (the filer's rate counters), which commutes
  await commuting(() =>
    db().runTransaction(async (tx) => {
      // 代办: the worker who filed it is among its handlers from the start (我经手的)
      await tx.collection(COLLECTIONS.tickets).add({ data: { ...withHandler(ticket, event) } });
      await tx.collection(COLLECTIONS.ticketEvents).add({ data: { ...event } });
      for (const c of checks) await tx.collection(COLLECTIONS.mediaChecks).add({ data: { ...c } });
      // the statistics count the filing with it, or not at all (types/stats.ts)
      await countInTx(tx, counterDeltas(null, event, ticket));
      // the request's record and the filing's rate counters (ctx.record): one commit with the ticket
      await also(tx);
    }),
  );
}

/** A ticket's photos' image checks to remember (media.ts mediaChecksFor). */
export const mediaCheckRecords = (
  ticketId: string,
  checks: readonly { fileId: string; traceId: string }[],
  now: number,
): MediaCheckRecord[] => mediaChecksFor({ kind: 'ticket', ticketId }, checks, now);

export async function getTicket(id: string): Promise<Ticket | null> {
  const res = await tickets().where({ _id: id }).limit(1).get();
  return (res.data[0] as Ticket | undefined) ?? null;
}

export const eventsOf = (ticketId: string): Promise<TicketEvent[]> =>
  readAll<TicketEvent>(COLLECTIONS.ticketEvents, { ticketId }, { order: { field: 'seq', dir: 'asc' } });

export interface TicketFilter {
  reporterId?: string;
  handlerOrgIds?: string[];
  statuses?: readonly TicketStatus[];
  communityIds?: string[];
  streetId?: string;
  level?: Ticket['level'];
  /** dueAt >= from and/or < to */
  due?: { from?: number; to?: number };
}

function condition(f: TicketFilter): Record<string, unknown> {
  const _ = db().command;
  const one = (ids: string[]) => (ids.length === 1 ? ids[0] : _.in(ids));
  const cond: Record<string, unknown> = {};
  if (f.reporterId) cond.reporterId = f.reporterId;
  if (f.handlerOrgIds) cond.handlerOrgId = one(f.handlerOrgIds);
  if (f.communityIds) cond.communityId = one(f.communityIds);
  if (f.streetId) cond.streetId = f.streetId;
  if (f.level) cond.level = f.level;
  if (f.statuses) cond.status = f.statuses.length === 1 ? f.statuses[0] : _.in([...f.statuses]);
  if (f.due) {
    const { from, to } = f.due;
    cond.dueAt =
      from !== undefined && to !== undefined
        ? _.and([_.gte(from), _.lt(to)])
        : from !== undefined
          ? _.gte(from)
          : _.lt(to);
  }
  return cond;
}

/** Newest first, paged by a (createdAt, _id) cursor so page N costs the same as page 1. */
export const listTickets = (f: TicketFilter, cursor: string | undefined, size = PAGE_SIZE): Promise<Page<Ticket>> =>
  pageAfter<Ticket>(COLLECTIONS.tickets, condition(f), { field: 'createdAt', dir: 'desc' }, cursor, size);

/** Most urgent first: ascending `dueAt`, paged by a (dueAt, _id) cursor ("d<dueAt>_<id>"). */
export const listTicketsByDue = (
  f: TicketFilter,
  cursor: string | undefined,
  size = PAGE_SIZE,
): Promise<Page<Ticket>> =>
  pageAfter<Ticket>(COLLECTIONS.tickets, condition(f), { field: 'dueAt', dir: 'asc' }, cursor, size, 'd');

// ---- the handlers' queues (tickets.queue) and 我经手的 (tickets.handled)

/** 筛选 and 搜索 on top of a queue tab's filter. */
export interface QueueNarrowing {
  categoryId?: string;
  buildingId?: string;
  source?: TicketSource;
  query?: TicketQuery;
}

function narrowed(f: TicketFilter, n: QueueNarrowing, also: Partial<Ticket> = {}): object {
  const _ = db().command;
  const cond: Record<string, unknown> = { ...condition(f), ...also };
  if (n.categoryId) cond.categoryId = n.categoryId;
  if (n.buildingId) cond.buildingId = n.buildingId;
  if (n.source) cond.source = n.source;
  const q = n.query;
  if (!q || (!q.no && !q.words.length)) return cond;
  // a JS RegExp in a condition is what the SDK sends as a regular expression (emulator conformance)
  const re = (s: string) => new RegExp(literalPattern(s), 'i');
  // every word somewhere in the category or the description; the indexed fields above narrow the scan
  const terms = q.no ? [{ no: re(q.no) }] : q.words.map((w) => _.or([{ categoryName: re(w) }, { description: re(w) }]));
  return _.and([cond, ...terms]);
}

const DUE_ASC = { field: 'dueAt', dir: 'asc' } as const;
const URGENT = 'qu';
const NORMAL = 'qn';

/**
 * An open queue in the order work is done: 紧急 before 一般, and within each the soonest deadline first
 * (so the overdue lead). Two keyset runs, one per urgency, over the (handlerOrgId, status, urgency,
 * dueAt) index; the cursor says which run it is in ("qu…" then "qn…", a bare "qn" being the start of
 * the second), so a page that ends the urgent ones fills up from the normal ones and page N still
 * costs what page 1 does.
 */
export async function listQueue(
  f: TicketFilter,
  n: QueueNarrowing,
  cursor: string | undefined,
  size = PAGE_SIZE,
): Promise<Page<Ticket>> {
  const run = (urgency: Ticket['urgency'], prefix: string) => (c: string | undefined, k: number) =>
    pageAfter<Ticket>(COLLECTIONS.tickets, narrowed(f, n, { urgency }), DUE_ASC, c, k, prefix);
  const normal = run('normal', NORMAL);
  if (cursor?.startsWith(NORMAL)) return normal(cursor, size);
  const urgent = await run('urgent', URGENT)(cursor, size);
  if (urgent.hasMore) return urgent;
  const left = size - urgent.items.length;
  if (left === 0) {
    const more = (await normal(undefined, 1)).items.length > 0;
    return { items: urgent.items, hasMore: more, ...(more ? { next: NORMAL } : {}) };
  }
  const rest = await normal(undefined, left);
  return { items: [...urgent.items, ...rest.items], hasMore: rest.hasMore, ...(rest.next ? { next: rest.next } : {}) };
}

/** 已办结 and any list read newest first, with the same 筛选 and 搜索. */
export const listQueueNewest = (
  f: TicketFilter,
  n: QueueNarrowing,
  cursor: string | undefined,
  size = PAGE_SIZE,
): Promise<Page<Ticket>> =>
  pageAfter<Ticket>(COLLECTIONS.tickets, narrowed(f, n), { field: 'createdAt', dir: 'desc' }, cursor, size);

/** 我经手的: the tickets `userId` handled, the most recently changed first (one indexed read a page). */
export const listHandled = (userId: string, cursor: string | undefined, size = PAGE_SIZE): Promise<Page<Ticket>> =>
  pageAfter<Ticket>(COLLECTIONS.tickets, { handlers: userId }, { field: 'updatedAt', dir: 'desc' }, cursor, size, 'h');

/**
 * The 不予受理 review: tickets refused and still refused, newest refusal first (a rejected ticket changes
 * only by 退回重办, so its updatedAt is the refusal's time), paged by a (updatedAt, _id) cursor
 * ("r<updatedAt>_<id>"), each with its latest 不予受理 event's reason.
 */
export async function listRejections(
  f: Pick<TicketFilter, 'communityIds' | 'streetId' | 'level'>,
  cursor: string | undefined,
  size = PAGE_SIZE,
): Promise<Page<Ticket & { rejection: { reason: string; at: number } }>> {
  const order = { field: 'updatedAt', dir: 'desc' } as const;
  const page = await pageAfter<Ticket>(
    COLLECTIONS.tickets,
    condition({ ...f, statuses: ['rejected'] }),
    order,
    cursor,
    size,
    'r',
  );
  const ids = page.items.map((t) => t._id);
  const refusals = ids.length
    ? await readAll<TicketEvent>(COLLECTIONS.ticketEvents, { ticketId: db().command.in(ids), action: 'reject' })
    : [];
  const last = new Map<string, TicketEvent>();
  for (const e of refusals) if ((last.get(e.ticketId)?.seq ?? 0) < e.seq) last.set(e.ticketId, e);
  const items = page.items.map((t) => {
    const e = last.get(t._id);
    return { ...t, rejection: { reason: e?.note ?? '', at: e?.at ?? t.updatedAt } };
  });
  return { ...page, items };
}

export async function countTickets(f: TicketFilter): Promise<number> {
  const res = await tickets().where(condition(f)).count();
  return res.total;
}

/**
 * One transition: re-read the ticket inside the transaction, decide on the fresh state (the callback
 * refuses a stale version the user saw), then write the ticket's changed fields and the event together.
 * The callback is re-runnable: runTransaction re-runs it on a commit conflict, and the re-run sees the
 * winner's version, so a versioned action that lost the race ends in COMMON.CONFLICT (or the rule's own
 * refusal), never a lost write. An action that `commutes` (附议, 催办, a progress note) builds on no
 * version, so it is tried again, with a jittered pause, until it lands or the retries run out. Event ids
 * carry a random tail, so two writers of the same seq never collide on an id (only on the ticket, which
 * decides the winner). A race still lost in the end answers COMMON.CONFLICT.
 */
export async function transitionTicket(
  id: string,
  decideOn: (fresh: Ticket) => { ticket: Ticket; event: TicketEvent },
  checks: readonly MediaCheckRecord[] = [],
  opts: { commutes?: boolean; also?: TxWrite; counting?: DeltaContext } = {},
): Promise<{ ticket: Ticket; event: TicketEvent }> {
  const once = () =>
    db().runTransaction(async (tx) => {
      const fresh = await readInTx(tx, id);
      const decided = decideOn(fresh);
      // 我经手的: the actor joins the handlers in the same update (no write at all when already listed)
      const out = { ...decided, ticket: withHandler(decided.ticket, decided.event) };
      const event = { ...out.event, _id: eventId(id, out.event.seq) };
      await tx
        .collection(COLLECTIONS.tickets)
        .doc(id)
        .update({ data: ticketPatch(fresh, out.ticket) });
      await tx.collection(COLLECTIONS.ticketEvents).add({ data: { ...event } });
      for (const c of checks) await tx.collection(COLLECTIONS.mediaChecks).add({ data: { ...c } });
      // the statistics, from the state the transition was decided on (a re-run recounts from its own)
      await countInTx(tx, counterDeltas(fresh, event, out.ticket, opts.counting));
      // the action's rate counters (ctx.record: a supervisor's 督办), counted with its event
      if (opts.also) await opts.also(tx);
      // a visit's linked ticket closing completes its concern (and the visit) with it; a party member's
      // own report that closes credits their 反映问题办结
      await closedInTx(tx, fresh, out.ticket, event.at);
      return { ticket: out.ticket, event };
    });
  if (opts.commutes) return commuting(once);
  try {
    return await once();
  } catch (e) {
    if (isConflict(e)) throw new DomainError('COMMON.CONFLICT');
    throw e;
  }
}

async function readInTx(tx: Transaction, id: string): Promise<Ticket> {
  try {
    const res = await tx.collection(COLLECTIONS.tickets).doc(id).get();
    if (!res.data) throw new DomainError('TICKET.NOT_FOUND');
    return res.data as unknown as Ticket;
  } catch (e) {
    if (e instanceof DomainError) throw e;
    // the SDK rejects a missing doc().get()
    if (/not exist/i.test(String((e as { message?: unknown })?.message ?? '')))
      throw new DomainError('TICKET.NOT_FOUND');
    throw e;
  }
}

/** The fields that changed, as an update; a field that went away is removed. */
export function ticketPatch(before: Ticket, after: Ticket): Record<string, unknown> {
  const _ = db().command;
  const patch: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Ticket>;
  for (const k of keys) {
    if (k === '_id') continue;
    const a = before[k];
    const b = after[k];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    // arrays and objects are written whole: a nested update would merge into the old value
    patch[k] = b === undefined ? _.remove() : Array.isArray(b) || (b && typeof b === 'object') ? _.set(b) : b;
  }
  return patch;
}

/**
 * The sweeper's walks: tickets in `statuses` whose `field` (dueAt, resolvedAt) is before `before`, in
 * (field, _id) order, the next `size` after `after`.
 */
export function ticketsBefore(
  field: 'dueAt' | 'resolvedAt',
  before: number,
  statuses: readonly TicketStatus[],
  after: Key | null,
  size: number,
): Promise<Ticket[]> {
  const _ = db().command;
  const cond = { status: statuses.length === 1 ? statuses[0] : _.in([...statuses]), [field]: _.lt(before) };
  return nextAfter<Ticket>(COLLECTIONS.tickets, cond, { field, dir: 'asc' }, after, size);
}

/** Open tickets of a category filed since `since`, newest first (at most 500: a week of one category). */
export function recentOpenOfCategory(
  categoryId: string,
  statuses: readonly TicketStatus[],
  since: number,
): Promise<Ticket[]> {
  const _ = db().command;
  return readAll<Ticket>(
    COLLECTIONS.tickets,
    { categoryId, status: _.in([...statuses]), createdAt: _.gte(since) },
    { order: { field: 'createdAt', dir: 'desc' }, max: 500 },
  );
}

/**
 * Records an image-check verdict: the trace id names the ticket and photo (media_checks), and a risky
 * photo joins the ticket's `hiddenPhotos`. Both documents change together; a verdict for an unknown
 * trace id (not ours, or already forgotten) changes nothing. Re-delivery of a verdict is harmless.
 */
export async function setPhotoReview(traceId: string, state: 'pass' | 'risky'): Promise<number> {
  if (!traceId) return 0;
  const found = await db().collection(COLLECTIONS.mediaChecks).where({ _id: traceId }).limit(1).get();
  const check = found.data[0] as unknown as MediaCheckRecord | undefined;
  // avatars' and notices' checks are shared/repo/media.ts's
  if (!check || (check.kind !== undefined && check.kind !== 'ticket')) return 0;
  const _ = db().command;
  return db().runTransaction(async (tx) => {
    const t = await readInTx(tx, check.ticketId);
    const reviews = (t.photoReviews ?? []).map((r) => (r.traceId === traceId ? { ...r, state } : r));
    const hidden = state === 'risky' ? [...new Set([...(t.hiddenPhotos ?? []), check.fileId])] : (t.hiddenPhotos ?? []);
    const r = await tx
      .collection(COLLECTIONS.tickets)
      .doc(t._id)
      .update({ data: { photoReviews: _.set(reviews), hiddenPhotos: _.set(hidden) } });
    await tx.collection(COLLECTIONS.mediaChecks).doc(traceId).update({ data: { state } });
    return r.stats.updated;
  });
}

/**
 * System transitions (the sweeper) on a page of tickets in one transaction: each ticket is re-read
 * inside it and `decideOn` returns its new state and events, or null to leave it. Every ticket's
 * update still lands with its own events; a page shares the transaction only to save round trips.
 * Re-runnable: a commit conflict (a handler acting meanwhile) re-runs the page on fresh state.
 */
export async function transitionMany(
  ids: readonly string[],
  decideOn: (fresh: Ticket) => { ticket: Ticket; events: TicketEvent[] } | null,
): Promise<{ ticket: Ticket; events: TicketEvent[] }[]> {
  if (ids.length === 0) return [];
  return db().runTransaction(async (tx) => {
    const out: { ticket: Ticket; events: TicketEvent[] }[] = [];
    const deltas: CounterDelta[] = [];
    for (const id of ids) {
      const fresh = await readInTx(tx, id);
      const next = decideOn(fresh);
      if (!next || next.events.length === 0) continue;
      const events = next.events.map((e) => ({ ...e, _id: eventId(id, e.seq) }));
      await tx
        .collection(COLLECTIONS.tickets)
        .doc(id)
        .update({ data: ticketPatch(fresh, next.ticket) });
      for (const e of events) await tx.collection(COLLECTIONS.ticketEvents).add({ data: { ...e } });
      out.push({ ticket: next.ticket, events });
      // the sweeper's auto-close completes a visit's concern and credits a member like a reporter's close does
      await closedInTx(tx, fresh, next.ticket, events[events.length - 1].at);
      // each event counted from the state before it (a ticket marked overdue and escalated in one run)
      let cur = fresh;
      for (const e of events) {
        const after = applyEvent(cur, e);
        deltas.push(...counterDeltas(cur, e, after));
        cur = after;
      }
    }
    // the page's counts merged: a grid's document is written once however many of its tickets moved
    await countInTx(tx, deltas);
    return out;
  });
}
