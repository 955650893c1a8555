/**
 * What the visitReminder timer does (the sweeper's shape: this module is what tests and the bench call
 * with a fixed clock; cloudfunctions/visitReminder/index.ts only wires it):
 * 1. every active plan's next visit, made PLAN_LEAD_DAYS before its day: a pairing's when none of its
 *    visits is open, a key rule's for each tagged household of the community that is neither paired
 *    (the pairing visits it) nor has one of the rule's visits open;
 * 2. reminders after the inserts: each visit due today is reminded once ('due'), each overdue one once
 *    more ('overdue'); the mark is set before anything is sent (a twin run finds it set), then one
 *    digest per visitor and, for the overdue ones, one per community's staff.
 * Idempotent: visit ids are plan × due day and marks are conditioned on being unset, so a second run at
 * the same clock inserts nothing, marks nothing and sends nothing.
 */
import {
  cstDate,
  cstInstant,
  cstMidnight,
  DAY,
  gridVisitor,
  isMadeBy,
  type KeyRule,
  nextDueAt,
  type Pairing,
  planVisitId,
  newVisit,
  type ReminderKind,
  type Visit,
  VISIT_SOURCE_LABELS,
  type VisitPlan,
} from '@lx/types';
import { notify } from './notify';
import { getNode } from './repo/org';
import type { Key } from './repo/paging';
import {
  activePlans,
  communityCounters,
  insertMissingVisits,
  lastEndedVisit,
  markReminded,
  openVisitsOfPlan,
  taggedHouseholds,
  unremindedDue,
} from './repo/visit-plans';
import { usersWithGrant } from './repo/users';
import { getHousehold } from './repo/visits';

export interface VisitPlanReport {
  /** planned visits inserted by this run */
  made: number;
  /** visits newly reminded (due today or overdue) */
  reminded: number;
  messages: number;
}

export const DUE_PAGE = 'packages/visits/pages/due/index';
export const COVERAGE_PAGE = 'packages/visits/pages/coverage/index';

async function pairingVisit(p: Pairing, now: number): Promise<Visit | null> {
  if ((await openVisitsOfPlan(p._id)).length > 0) return null;
  const last = await lastEndedVisit(p._id);
  const dueAt = nextDueAt(p, last ? (last.completedAt ?? last.updatedAt) : undefined);
  if (!isMadeBy(dueAt, now)) return null;
  const h = await getHousehold(p.householdId);
  if (!h) return null;
  return newVisit(h, {
    id: planVisitId(p._id, dueAt),
    visitorId: p.visitorId,
    source: 'pairing',
    planId: p._id,
    dueAt,
    now,
  });
}

async function keyRuleVisits(rule: KeyRule, now: number): Promise<Visit[]> {
  const open = new Set((await openVisitsOfPlan(rule._id)).map((v) => v.householdId));
  const out: Visit[] = [];
  for (const counters of await communityCounters(rule.communityId)) {
    const tagged = (await taggedHouseholds(counters.gridId, rule.tag)).filter(
      (h) => h.pairedWith.length === 0 && !open.has(h._id),
    );
    if (tagged.length === 0) continue;
    const [grid, workers] = await Promise.all([
      getNode(counters.gridId),
      usersWithGrant(counters.gridId, ['gridWorker']),
    ]);
    const visitorId = gridVisitor(
      grid ?? undefined,
      workers.map((u) => u._id),
    );
    if (!visitorId) continue;
    for (const h of tagged) {
      const day = counters.last[h._id];
      const dueAt = nextDueAt(rule, day ? cstInstant(day) : undefined);
      if (!isMadeBy(dueAt, now)) continue;
      const id = planVisitId(rule._id, dueAt, h._id);
      out.push(newVisit(h, { id, visitorId, source: 'key', planId: rule._id, dueAt, now }));
    }
  }
  return out;
}

const visitsOf = (plan: VisitPlan, now: number): Promise<Visit[]> =>
  plan.kind === 'pairing' ? pairingVisit(plan, now).then((v) => (v ? [v] : [])) : keyRuleVisits(plan, now);

/** The visits reminded of `kind` now (marked before anything is sent), every page of them. */
async function claimReminders(kind: ReminderKind, before: number, now: number): Promise<Visit[]> {
  const claimed: Visit[] = [];
  let after: Key | null = null;
  for (;;) {
    const page = await unremindedDue(kind, before, after, 100);
    if (page.length === 0) break;
    const marked = new Set(
      await markReminded(
        page.map((v) => v._id),
        kind,
        now,
      ),
    );
    claimed.push(...page.filter((v) => marked.has(v._id)));
    const last = page[page.length - 1];
    after = { value: last.dueAt, id: last._id };
    if (page.length < 100) break;
  }
  return claimed;
}

export async function runVisitPlans(opts: { now: number }): Promise<VisitPlanReport> {
  const { now } = opts;
  const planned: Visit[] = [];
  for (const plan of await activePlans()) planned.push(...(await visitsOf(plan, now)));
  const made = (await insertMissingVisits(planned)).length;

  const today = cstMidnight(now);
  const due = await claimReminders('due', today + DAY, now);
  const overdue = await claimReminders('overdue', today, now);
  const messages = await sendDigests(due, overdue, now);
  const reminded = new Set([...due, ...overdue].map((v) => v._id)).size;
  return { made, reminded, messages };
}

const groupBy = <T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
};

/** One message per visitor (however many visits), one per community staff member for its overdue ones. */
async function sendDigests(due: Visit[], overdue: Visit[], now: number): Promise<number> {
  let sent = 0;
  const today = cstMidnight(now);
  const byVisitor = groupBy([...due, ...overdue], (v) => v.visitorId);
  for (const [visitorId, list] of byVisitor) {
    const ids = new Set(list.map((v) => v._id));
    const late = list.filter((v) => v.dueAt < today);
    const first = [...list].sort((a, b) => a.dueAt - b.dueAt)[0];
    const r = await notify({
      touser: visitorId,
      template: 'visitTask',
      values: [
        `${VISIT_SOURCE_LABELS[first.source]} ${first.room}`,
        cstDate(first.dueAt),
        late.length ? '已逾期' : '待走访',
        late.length ? `${ids.size}户待走访，其中${late.length}户已逾期` : `${ids.size}户今天待走访`,
      ],
      page: DUE_PAGE,
    });
    if (r.sent) sent += 1;
  }
  for (const [communityId, list] of groupBy(overdue, (v) => v.communityId)) {
    const grids = new Set(list.map((v) => v.gridId)).size;
    const first = [...list].sort((a, b) => a.dueAt - b.dueAt)[0];
    for (const u of await usersWithGrant(communityId, ['communityStaff'])) {
      const r = await notify({
        touser: u._id,
        template: 'visitTask',
        values: [`${list.length}户走访已逾期`, cstDate(first.dueAt), '已逾期', `涉及${grids}个网格，请督促走访`],
        page: COVERAGE_PAGE,
      });
      if (r.sent) sent += 1;
    }
  }
  return sent;
}
