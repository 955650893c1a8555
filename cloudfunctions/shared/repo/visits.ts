/**
 * Households, visits and the coverage counters (types/visits.ts). The visits function, the tickets'
 * closing (a linked ticket completes its visit in the closing's own transaction) and the plans' timer
 * all go through here.
 */
import {
  COLLECTIONS,
  DomainError,
  emptyCounterDoc,
  applyCounterDelta,
  type Household,
  type HouseholdSync,
  type MediaCheckRecord,
  onTicketClosed,
  OPEN_VISIT_STATUSES,
  type Ticket,
  type Visit,
  type VisitCounterDelta,
  type VisitCounterDoc,
  visitCounterId,
  type VisitSource,
} from '@lx/types';
import { db, isConflict, isDuplicate, type Transaction } from '../cloud';
import { BY_ID, type Page, pageAfter, readAll } from './paging';
import { getInTx, NO_WRITE, type TxWrite } from './tx';
import { visitDoneInTx } from './party-points';

const C = COLLECTIONS;
const one = async <T>(coll: string, id: string): Promise<T | null> =>
  ((await db().collection(coll).where({ _id: id }).limit(1).get()).data[0] as T | undefined) ?? null;

export const getHousehold = (id: string): Promise<Household | null> => one<Household>(C.households, id);
export const getVisit = (id: string): Promise<Visit | null> => one<Visit>(C.visits, id);
export const getVisitCounter = (gridId: string): Promise<VisitCounterDoc | null> =>
  one<VisitCounterDoc>(C.visitCounters, visitCounterId(gridId));

export const householdsOfGrid = (gridId: string, cursor: string | undefined, size: number): Promise<Page<Household>> =>
  pageAfter<Household>(C.households, { gridId }, BY_ID, cursor, size, 'h');

/** A household's visits, newest first (its history). */
export const visitsOfHousehold = (householdId: string, size: number): Promise<Page<Visit>> =>
  pageAfter<Visit>(C.visits, { householdId }, { field: 'createdAt', dir: 'desc' }, undefined, size);

const BY_DUE = { field: 'dueAt', dir: 'asc' } as const;

/** The visitor's open visits (of one kind) by due time: overdue first, then today's, then the rest. */
export const dueVisits = (
  visitorId: string,
  kind: VisitSource | undefined,
  cursor: string | undefined,
  size: number,
): Promise<Page<Visit>> =>
  pageAfter<Visit>(
    C.visits,
    { visitorId, status: db().command.in([...OPEN_VISIT_STATUSES]), ...(kind ? { source: kind } : {}) },
    BY_DUE,
    cursor,
    size,
    'd',
  );

export type OrgScope = { streetId: string } | { communityId: string } | { gridId: string };

/** The open visits of a street's, a community's or a grid's households due inside [from, to), by due time. */
export function orgDueVisits(
  scope: OrgScope,
  f: { from?: number; to: number; kind?: VisitSource },
  cursor: string | undefined,
  size: number,
): Promise<Page<Visit>> {
  const _ = db().command;
  const dueAt = f.from === undefined ? _.lt(f.to) : _.and([_.gte(f.from), _.lt(f.to)]);
  const cond = { ...scope, status: _.in([...OPEN_VISIT_STATUSES]), dueAt, ...(f.kind ? { source: f.kind } : {}) };
  return pageAfter<Visit>(C.visits, cond, BY_DUE, cursor, size, 'g');
}

/**
 * Visitors' nicknames for a list that shows whose visit each is (the community's due list): one read
 * of the users named, their nickname only (nothing personal beyond what a staff page shows).
 */
export async function visitorNames(ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await readAll<{ _id: string; nickname?: string }>(
    C.users,
    { _id: db().command.in([...new Set(ids)]) },
    { fields: { _id: true, nickname: true } },
  );
  return new Map(rows.map((u) => [u._id, u.nickname ?? '']));
}

/** Coverage documents of a street, a community or a grid (one per grid). */
export function visitCounters(scope: OrgScope) {
  return readAll<VisitCounterDoc>(C.visitCounters, scope);
}

/** The delta on the grid's counter document; a grid never counted yet gets its first document. */
async function countVisitInTx(
  tx: Transaction,
  grid: Pick<Visit, 'gridId' | 'communityId' | 'streetId'>,
  d: VisitCounterDelta,
) {
  const _ = db().command;
  const data = { ...d.set, ...Object.fromEntries(Object.entries(d.inc).map(([p, n]) => [p, _.inc(n)])) };
  const r = await tx.collection(C.visitCounters).doc(visitCounterId(grid.gridId)).update({ data });
  if (r.stats.updated > 0) return;
  const fresh = emptyCounterDoc(grid);
  applyCounterDelta(fresh, d);
  const { _id, ...body } = fresh;
  await tx.collection(C.visitCounters).doc(_id).set({ data: body });
}

/** A household and its grid's count, together; a room of a building exists once. */
export async function insertHousehold(h: Household, also: TxWrite): Promise<void> {
  try {
    await db().runTransaction(async (tx) => {
      await tx.collection(C.households).add({ data: { ...h } });
      await countVisitInTx(tx, h, { set: {}, inc: { households: 1 } });
      await also(tx);
    });
  } catch (e) {
    if (isDuplicate(e)) throw new DomainError('VISIT.HOUSEHOLD_EXISTS');
    if (isConflict(e)) throw new DomainError('COMMON.CONFLICT');
    throw e;
  }
}

export async function insertVisit(v: Visit, also: TxWrite): Promise<void> {
  await db().runTransaction(async (tx) => {
    await tx.collection(C.visits).add({ data: { ...v } });
    await also(tx);
  });
}

/** What a step decided on the fresh visit: nothing to write (a retry's answer), or the new visit. */
export type StepDecision<R> =
  | { replay: R }
  | { after: Visit; delta: VisitCounterDelta | null; retry?: Visit; checks?: MediaCheckRecord[]; answer: R };

/**
 * One step: the visit re-read inside the transaction, decided on (order, scope, a retry's requestId:
 * the callback), then the visit, its grid's counters and a 不在家 retry written together. The step's
 * idempotency is the visit's own record of each step's requestId: no request record to read or write,
 * so a step is the caller, the visit and at most two writes.
 */
export async function recordStep<R>(visitId: string, decide: (fresh: Visit) => StepDecision<R>): Promise<R> {
  try {
    return await db().runTransaction(async (tx) => {
      const fresh = await getInTx<Visit>(tx, C.visits, visitId);
      if (!fresh) throw new DomainError('VISIT.NOT_FOUND');
      const out = decide(fresh);
      if ('replay' in out) return out.replay;
      const { _id, ...body } = out.after;
      await tx.collection(C.visits).doc(_id).set({ data: body });
      // a party member's completed visit earns its points in this same transaction (party-points.ts)
      if (fresh.status !== 'completed') await visitDoneInTx(tx, out.after);
      if (out.delta) await countVisitInTx(tx, out.after, out.delta);
      if (out.retry) await tx.collection(C.visits).add({ data: { ...out.retry } });
      // the photos' checks, so a verdict finds this visit (shared/media-verdict.ts)
      for (const c of out.checks ?? []) await tx.collection(C.mediaChecks).add({ data: { ...c } });
      return out.answer;
    });
  } catch (e) {
    if (isConflict(e)) throw new DomainError('COMMON.CONFLICT');
    throw e;
  }
}

/**
 * Step 5's link, in the filing's transaction: the concern points at its ticket, or the filing is
 * refused (a concern turned into a ticket twice, by a racing second submit).
 */
export const linkConcernInTx =
  (visitId: string, concern: number, ticketId: string): TxWrite =>
  async (tx) => {
    const v = await getInTx<Visit>(tx, C.visits, visitId);
    if (!v || !v.concerns[concern]) throw new DomainError('VISIT.NOT_FOUND');
    if (v.concerns[concern].ticketId) throw new DomainError('VISIT.CONCERN_TICKETED');
    await tx
      .collection(C.visits)
      .doc(visitId)
      .update({ data: { [`concerns.${concern}.ticketId`]: ticketId } });
  };

/**
 * The tickets' closing hook (shared/repo/tickets.ts, inside the closing transition's transaction): a
 * ticket filed from a visit's concern marks it done, and its closing completes the visit when it was
 * the last one open, so the visit never says 走访中 about a ticket already 结案.
 */
export async function ticketClosedInTx(tx: Transaction, before: Ticket, after: Ticket, at: number): Promise<void> {
  if (!after.visitId || before.status === 'closed' || after.status !== 'closed') return;
  const v = await getInTx<Visit>(tx, C.visits, after.visitId);
  const next = v && onTicketClosed(v, after._id, at);
  if (!next) return;
  const { _id, ...body } = next;
  await tx.collection(C.visits).doc(_id).set({ data: body });
  if (v.status !== 'completed') await visitDoneInTx(tx, next);
}

/**
 * A visit step photo's image-check verdict: the review marked, and a risky photo out of its step's
 * photos (every view of the visit shows `photos`), with the check's record, in one transaction. A
 * verdict delivered again, or for a photo already gone, changes nothing more.
 */
export async function setVisitPhotoReview(
  check: Extract<MediaCheckRecord, { kind: 'visit' }>,
  state: 'pass' | 'risky',
): Promise<number> {
  return db().runTransaction(async (tx) => {
    await tx.collection(C.mediaChecks).doc(check._id).update({ data: { state } });
    const v = await getInTx<Visit>(tx, C.visits, check.visitId);
    const i = v ? v.steps.findIndex((s) => s.photoReviews?.some((r) => r.traceId === check._id)) : -1;
    if (!v || i < 0) return 0;
    const s = v.steps[i];
    const photos = state === 'risky' ? s.photos.filter((f) => f !== check.fileId) : s.photos;
    const photoReviews = s.photoReviews!.map((r) => (r.traceId === check._id ? { ...r, state } : r));
    const _ = db().command;
    const r = await tx
      .collection(C.visits)
      .doc(v._id)
      .update({ data: { [`steps.${i}.photos`]: _.set(photos), [`steps.${i}.photoReviews`]: _.set(photoReviews) } });
    return r.stats.updated;
  });
}

/** Every household and visit (the rebuild's input: tests and the seed check). */
export const allHouseholds = (): Promise<Household[]> => readAll<Household>(C.households, {});
export const allVisits = (): Promise<Visit[]> => readAll<Visit>(C.visits, {});
export const allVisitCounters = (): Promise<VisitCounterDoc[]> => readAll<VisitCounterDoc>(C.visitCounters, {});

// ---- a household's members: the residents bound to its room (org.bindAddress)
/** The household of a room of a building, if one was made (a room of a building exists once). */
export async function householdOfRoom(buildingId: string, room: string): Promise<Household | null> {
  const rows = await db().collection(C.households).where({ buildingId, room }).limit(1).get();
  return (rows.data[0] as unknown as Household | undefined) ?? null;
}

/**
 * A resident's move, in the address write's transaction: out of the household they leave, into the
 * one they join (either may be none: a room nobody made a household for). Re-read in the transaction,
 * so two residents binding the same room at once both end up in it.
 */
export const moveMemberInTx =
  (userId: string, from: string | null, to: string | null): TxWrite =>
  async (tx) => {
    const edit = async (id: string, next: (members: string[]) => string[]) => {
      const h = await getInTx<Household>(tx, C.households, id);
      if (!h) return;
      const members = next(h.members);
      if (members.length !== h.members.length) await tx.collection(C.households).doc(id).update({ data: { members } });
    };
    if (from && from !== to) await edit(from, (m) => m.filter((x) => x !== userId));
    if (to) await edit(to, (m) => (m.includes(userId) ? m : [...m, userId]));
  };

// ---- a building's households brought to its rooms (the org import, the building's edit page)
export const householdsOfBuilding = (buildingId: string): Promise<Household[]> =>
  readAll<Household>(C.households, { buildingId }, { batch: 1000 });

/** Which of these households have any visit (one of them is enough to keep the household). */
export async function visitedAmong(ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await readAll<{ _id: string; householdId: string }>(
    C.visits,
    { householdId: db().command.in([...ids]) },
    { batch: 1000, fields: { _id: true, householdId: true } },
  );
  return new Set(rows.map((v) => v.householdId));
}

/** Residents bound to a room of the building: a household made for their room lists them. */
export async function roomMembers(buildingId: string): Promise<Map<string, string[]>> {
  const rows = await readAll<{ _id: string; address?: { room?: string } }>(
    C.users,
    { 'address.buildingId': buildingId },
    { batch: 1000, fields: { _id: true, 'address.room': true } },
  );
  const out = new Map<string, string[]>();
  for (const u of rows) if (u.address?.room) out.set(u.address.room, [...(out.get(u.address.room) ?? []), u._id]);
  return out;
}

const SYNC_CHUNK = 100;
/**
 * The households added and removed, with the grid's household count, a chunk per transaction (a
 * tower's rooms in a few). A room a grid worker added between the read and the write makes the chunk
 * a duplicate: its households then go one by one, and the room already there is skipped.
 */
export async function writeHouseholdSync(
  sync: Pick<HouseholdSync, 'add' | 'remove'>,
  grid: Pick<Household, 'gridId' | 'communityId' | 'streetId'>,
): Promise<void> {
  for (let i = 0; i < sync.remove.length; i += SYNC_CHUNK) {
    const ids = sync.remove.slice(i, i + SYNC_CHUNK);
    await db().runTransaction(async (tx) => {
      for (const id of ids) await tx.collection(C.households).doc(id).remove();
      await countVisitInTx(tx, grid, { set: {}, inc: { households: -ids.length } });
    });
  }
  for (let i = 0; i < sync.add.length; i += SYNC_CHUNK) {
    const chunk = sync.add.slice(i, i + SYNC_CHUNK);
    try {
      await db().runTransaction(async (tx) => {
        for (const h of chunk) await tx.collection(C.households).add({ data: { ...h } });
        await countVisitInTx(tx, grid, { set: {}, inc: { households: chunk.length } });
      });
    } catch (e) {
      if (!isDuplicate(e)) throw e;
      for (const h of chunk) await insertHousehold(h, NO_WRITE).catch(skipExisting);
    }
  }
}
const skipExisting = (e: unknown) => {
  if (!(e instanceof DomainError && e.code === 'VISIT.HOUSEHOLD_EXISTS')) throw e;
};
