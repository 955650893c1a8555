/**
 * The statistics counters (types/stats.ts): incremented inside the transaction of the filing or the
 * transition that changes them, and read by the dashboards and the queues' tab counts. A counter
 * document that does not exist yet is created in that same transaction (the emulator, like the
 * service, sees a concurrent creation as a conflict, and the losing transaction is run again).
 */
import {
  COLLECTIONS,
  applyDeltas,
  type CounterDelta,
  incrementsOf,
  type CounterDoc,
  type NodeCounterDoc,
  type QueueCounterDoc,
  rebuildCounters,
  type Ticket,
  type TicketEvent,
  type WorkerCounterDoc,
} from '@lx/types';
import { db, type Transaction } from '../cloud';
import { readAll } from './paging';

const coll = () => db().collection(COLLECTIONS.statsCounters);

/** Each document's increments added up (a resolution undone and the event's own day may share a category). */
function merged(deltas: readonly CounterDelta[]): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const d of deltas) {
    const inc = out.get(d.doc._id) ?? {};
    for (const [path, n] of Object.entries(incrementsOf(d))) inc[path] = (inc[path] ?? 0) + n;
    out.set(d.doc._id, inc);
  }
  return out;
}

/**
 * Inside the action's transaction: one increment per counter document (the common case, it exists);
 * a document that is not there yet is written whole instead.
 */
export async function countInTx(tx: Transaction, deltas: readonly CounterDelta[]): Promise<void> {
  const _ = db().command;
  for (const [id, inc] of merged(deltas)) {
    const data = Object.fromEntries(Object.entries(inc).map(([path, n]) => [path, _.inc(n)]));
    const r = await tx.collection(COLLECTIONS.statsCounters).doc(id).update({ data });
    if (r.stats.updated > 0) continue;
    const fresh = new Map<string, CounterDoc>();
    applyDeltas(
      fresh,
      deltas.filter((d) => d.doc._id === id),
    );
    const { _id, ...body } = fresh.get(id)!;
    await tx.collection(COLLECTIONS.statsCounters).doc(_id).set({ data: body });
  }
}

/** A street's or a community's leaf counters for the months (a month: one query for ≤ 100 leaves). */
export function leafCounters(
  scope: { streetId: string } | { communityId: string },
  period: { month: string } | { year: string },
): Promise<NodeCounterDoc[]> {
  // a year needs each month's categories only, not its days: a twelfth of the bytes
  const fields = 'year' in period ? { cells: false } : undefined;
  return readAll<NodeCounterDoc>(COLLECTIONS.statsCounters, { ...scope, kind: 'node', ...period }, { fields });
}

export function workerCounters(
  scope: { streetId: string } | { communityId: string },
  period: { month: string } | { year: string },
): Promise<WorkerCounterDoc[]> {
  return readAll<WorkerCounterDoc>(
    COLLECTIONS.statsCounters,
    { ...scope, kind: 'worker', ...period },
    {
      fields: { cells: false },
    },
  );
}

/** The first month anything was counted in the street (null: nothing yet), to tell "no data" apart. */
export async function firstCountedMonth(streetId: string): Promise<string | null> {
  const res = await coll().where({ streetId, kind: 'node' }).orderBy('month', 'asc').limit(1).get();
  return (res.data[0] as unknown as NodeCounterDoc | undefined)?.month ?? null;
}

/** The queues' tab counts of these handler nodes (one read). */
export async function queueCounters(nodeIds: readonly string[]): Promise<QueueCounterDoc[]> {
  if (nodeIds.length === 0) return [];
  const _ = db().command;
  const ids = nodeIds.map((n) => `q|${n}`);
  const res = await coll()
    .where({ _id: ids.length === 1 ? ids[0] : _.in(ids) })
    .limit(ids.length)
    .get();
  return res.data as unknown as QueueCounterDoc[];
}

/**
 * Who resolved the ticket last (its latest 办结), read before a 评价's transaction: rating needs the
 * ticket resolved, and a new resolution in between would change the version the rating is refused on.
 */
export async function lastResolver(ticketId: string): Promise<{ id: string; role: string } | undefined> {
  const res = await db()
    .collection(COLLECTIONS.ticketEvents)
    .where({ ticketId, action: 'resolve' })
    .orderBy('seq', 'desc')
    .limit(1)
    .get();
  const e = res.data[0] as unknown as TicketEvent | undefined;
  return e ? { id: e.actorId, role: e.actorRole } : undefined;
}

/** Every counter document (tests and the rebuild's comparison). */
export const allCounters = (): Promise<CounterDoc[]> => readAll<CounterDoc>(COLLECTIONS.statsCounters, {});

/** Staff names for a ranking (real name where staff gave one), by user id; one read per 100. */
export async function staffNames(ids: readonly string[]): Promise<Map<string, string>> {
  const _ = db().command;
  const out = new Map<string, string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 100) {
    const res = await db()
      .collection(COLLECTIONS.users)
      .where({ _id: _.in(unique.slice(i, i + 100)) })
      .field({ _id: true, nickname: true, realName: true })
      .limit(100)
      .get();
    for (const u of res.data as unknown as { _id: string; nickname: string; realName?: string }[]) {
      out.set(u._id, u.realName || u.nickname);
    }
  }
  return out;
}

/** Every counter recomputed from the tickets and their event log (tests; the CLI reads the store itself). */
export async function rebuiltCounters(): Promise<Map<string, CounterDoc>> {
  const [tickets, events] = await Promise.all([
    readAll<Ticket>(COLLECTIONS.tickets, {}),
    readAll<TicketEvent>(COLLECTIONS.ticketEvents, {}),
  ]);
  return rebuildCounters(tickets, events);
}
