/**
 * Data access for the visit plans (types/visit-plans.ts): pairings and key-household rules in
 * `visit_plans`, the planned visits the visitReminder timer inserts, and the reminder marks it sets.
 * Visits themselves (steps, coverage) are repo/visits.ts's; this module only inserts a plan's due visit
 * (by its deterministic id, never twice) and reads what the plans need to know.
 */
import {
  COLLECTIONS,
  DomainError,
  type Household,
  type HouseholdTag,
  type KeyRule,
  OPEN_VISIT_STATUSES,
  type Pairing,
  type ReminderKind,
  type Visit,
  type VisitCounterDoc,
  type VisitPlan,
} from '@lx/types';
import { db } from '../cloud';
import { type Key, nextAfter, type Page, pageAfter, readAll } from './paging';
import { alone, commuting, getInTx, NO_WRITE, type TxWrite } from './tx';

const plans = () => db().collection(COLLECTIONS.visitPlans);

export const activePlans = (): Promise<VisitPlan[]> => readAll<VisitPlan>(COLLECTIONS.visitPlans, { active: true });

export async function planById(id: string): Promise<VisitPlan | null> {
  const res = await plans().where({ _id: id }).limit(1).get();
  return (res.data[0] as unknown as VisitPlan | undefined) ?? null;
}

/** A community's (or grid's) pairings or rules, active first by creation; at most `max`. */
export const plansOf = (
  where: { communityId?: string; gridId?: string; visitorId?: string },
  kind: VisitPlan['kind'],
  max = 500,
): Promise<VisitPlan[]> =>
  readAll<VisitPlan>(COLLECTIONS.visitPlans, { ...where, kind }, { order: { field: 'createdAt', dir: 'desc' }, max });

/** A grid's households holding the tag (index by_grid, the tag re-checked by the query). */
export const taggedHouseholds = (gridId: string, tag: HouseholdTag): Promise<Household[]> =>
  readAll<Household>(COLLECTIONS.households, { gridId, tags: tag });

/** A community's grid counters: each household's last visited day (types/visits.ts VisitCounterDoc). */
export const communityCounters = (communityId: string): Promise<VisitCounterDoc[]> =>
  readAll<VisitCounterDoc>(COLLECTIONS.visitCounters, { communityId });

/** The households of a plan that have a visit still open (due or in progress). */
export async function openVisitsOfPlan(planId: string): Promise<Visit[]> {
  const _ = db().command;
  return readAll<Visit>(COLLECTIONS.visits, { planId, status: _.in([...OPEN_VISIT_STATUSES]) });
}

/** The latest visit of a plan that is over (completed, not home, closed), or null. */
export async function lastEndedVisit(planId: string): Promise<Visit | null> {
  const _ = db().command;
  const res = await db()
    .collection(COLLECTIONS.visits)
    .where({ planId, status: _.nin([...OPEN_VISIT_STATUSES]) })
    .orderBy('dueAt', 'desc')
    .orderBy('_id', 'desc')
    .limit(1)
    .get();
  return (res.data[0] as unknown as Visit | undefined) ?? null;
}

/**
 * Inserts the visits not there yet; a visit already there (an earlier run, a twin run) is left as it
 * is, however far it went. Answers the ids inserted now.
 */
export async function insertMissingVisits(visits: readonly Visit[]): Promise<string[]> {
  if (visits.length === 0) return [];
  const _ = db().command;
  const inserted: string[] = [];
  for (let i = 0; i < visits.length; i += 50) {
    const batch = visits.slice(i, i + 50);
    const there = await db()
      .collection(COLLECTIONS.visits)
      .where({ _id: _.in(batch.map((v) => v._id)) })
      .field({ _id: true })
      .limit(batch.length)
      .get();
    const seen = new Set((there.data as { _id: string }[]).map((d) => d._id));
    const missing = batch.filter((v) => !seen.has(v._id));
    if (missing.length === 0) continue;
    // a twin run inserting the same ids conflicts here and, run again, finds them
    const now: string[] = [];
    await commuting(() =>
      db().runTransaction(async (tx) => {
        now.length = 0;
        for (const v of missing) {
          if (await getInTx(tx, COLLECTIONS.visits, v._id)) continue;
          const { _id, ...fields } = v;
          await tx.collection(COLLECTIONS.visits).doc(_id).set({ data: fields });
          now.push(_id);
        }
      }),
    );
    inserted.push(...now);
  }
  return inserted;
}

/** One visit by id (the 回访 hook checks its own before inserting). */
export const insertVisitOnce = (v: Visit): Promise<string[]> => insertMissingVisits([v]);

/**
 * Due visits not yet reminded of `kind`, by due time (index status_due): 'due' reminders for
 * visits due before `before` (the end of today), 'overdue' for those due before today.
 */
export async function unremindedDue(
  kind: ReminderKind,
  before: number,
  after: Key | null,
  size: number,
): Promise<Visit[]> {
  const _ = db().command;
  const mark = kind === 'due' ? 'remindedAt' : 'overdueRemindedAt';
  return nextAfter<Visit>(
    COLLECTIONS.visits,
    { status: 'due', dueAt: _.lt(before), [mark]: _.exists(false) },
    { field: 'dueAt', dir: 'asc' },
    after,
    size,
  );
}

/** Marks the visits reminded (only those still unmarked: a twin run marks nothing twice); answers those marked now. */
export async function markReminded(ids: readonly string[], kind: ReminderKind, now: number): Promise<string[]> {
  const _ = db().command;
  const mark = kind === 'due' ? 'remindedAt' : 'overdueRemindedAt';
  const marked: string[] = [];
  for (const id of ids) {
    const r = await db()
      .collection(COLLECTIONS.visits)
      .where({ _id: id, status: 'due', [mark]: _.exists(false) })
      .update({ data: { [mark]: now } });
    if ((r.stats?.updated ?? 0) > 0) marked.push(id);
  }
  return marked;
}

/** A new pairing and the household's `pairedWith`, together (plus the request's record). */
export async function insertPairing(p: Pairing, also: TxWrite = NO_WRITE): Promise<void> {
  const _ = db().command;
  await commuting(() =>
    db().runTransaction(async (tx) => {
      const h = await getInTx<Household>(tx, COLLECTIONS.households, p.householdId);
      if (!h) throw new DomainError('VISIT.HOUSEHOLD_NOT_FOUND');
      if (h.pairedWith.includes(p.visitorId)) throw new DomainError('VISIT.ALREADY_PAIRED');
      const { _id, ...fields } = p;
      await tx.collection(COLLECTIONS.visitPlans).doc(_id).set({ data: fields });
      await tx
        .collection(COLLECTIONS.households)
        .doc(p.householdId)
        .update({ data: { pairedWith: _.push([p.visitorId]) } });
      await also(tx);
    }),
  );
}

/** Ends a pairing (kept, inactive) and takes the visitor off the household, together. */
export async function endPairing(p: Pairing, by: string, now: number, reason?: string): Promise<void> {
  const _ = db().command;
  await alone(async (tx) => {
    const fresh = await getInTx<Pairing>(tx, COLLECTIONS.visitPlans, p._id);
    if (!fresh?.active) throw new DomainError('VISIT.PLAN_NOT_FOUND');
    await tx
      .collection(COLLECTIONS.visitPlans)
      .doc(p._id)
      .update({ data: { active: false, endedAt: now, endedBy: by, ...(reason ? { endReason: reason } : {}) } });
    await tx
      .collection(COLLECTIONS.households)
      .doc(p.householdId)
      .update({ data: { pairedWith: _.pull(p.visitorId as never) } });
  });
}

/** A key rule saved under its one id per community and tag (a second save changes it). */
export async function saveKeyRule(rule: KeyRule): Promise<void> {
  const { _id, ...fields } = rule;
  await plans().doc(_id).set({ data: fields });
}

/** The household of a building's room (index by_room), or null: a reporter's bound home, for the 回访. */
export async function householdAt(buildingId: string, room: string): Promise<Household | null> {
  const res = await db().collection(COLLECTIONS.households).where({ buildingId, room }).limit(1).get();
  return (res.data[0] as unknown as Household | undefined) ?? null;
}

/**
 * The 回访 of a reopening, in the transition's own transaction (its id is the event's: a re-run of the
 * transaction, or a retried request, finds it and inserts nothing).
 */
export const insertVisitInTx =
  (v: Visit): TxWrite =>
  async (tx) => {
    if (await getInTx(tx, COLLECTIONS.visits, v._id)) return;
    const { _id, ...fields } = v;
    await tx.collection(COLLECTIONS.visits).doc(_id).set({ data: fields });
  };

/** Pairings on a path under any of `orgIds` (the caller's grants), newest first, one page. */
export function pairingsUnder(
  orgIds: readonly string[],
  cursor: string | undefined,
  size: number,
): Promise<Page<Pairing>> {
  const _ = db().command;
  return pageAfter<Pairing>(
    COLLECTIONS.visitPlans,
    { kind: 'pairing', orgPath: _.in([...orgIds]) },
    { field: 'createdAt', dir: 'desc' },
    cursor,
    size,
    'pr',
  );
}
