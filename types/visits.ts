/**
 * 五步工作法 household visits (PRODUCT.md "五步工作法 visits"): households, a visit's five ordered
 * steps and the one rule that orders them, who sees what (tags and notes are personal information),
 * and 入户率 with the counters that the step's own transaction keeps. Pure: no I/O.
 *
 * The step rule (`applyStep`) is the server's: the handler reads the visit, asks it, and writes what
 * it answers; the client asks `nextStep` only to show the right screen.
 */
import type { ErrorCode } from './errors';
import type { GeoPoint } from './org';
import type { RoleGrant } from './roles';
import { householdIdOf } from './rooms';
import { cstDate, cstMidnight, DAY } from './time';

export * from './rooms';

// ---- households
export const HOUSEHOLD_TAGS = ['独居老人', '空巢老人', '困难家庭', '残疾人家庭', '留守儿童', '其他'] as const;
export type HouseholdTag = (typeof HOUSEHOLD_TAGS)[number];

/** A room of a building (created by the org import, the seed, or a grid worker on the spot). */
/** Where a household is; each of its visits carries a copy, so scope is checked off either alone. */
export interface HouseholdPlace {
  buildingId: string;
  gridId: string;
  communityId: string;
  streetId: string;
  /** street → community → grid → compound → building: a grant covers it when its node is on it */
  orgPath: string[];
  /** "1单元101" (cleaned like a home's room: api/common.ts Room) */
  room: string;
}

export interface Household extends HouseholdPlace {
  _id: string;
  /** residents bound there (user ids) */
  members: string[];
  /** personal information: staff in scope and the assigned visitor only, never residents, never logged */
  tags: HouseholdTag[];
  /** party members (or workers) paired with it (结对帮扶): kept by the pairing plans (V2) */
  pairedWith: string[];
  createdAt: number;
  createdBy: string;
}

/** A building's path with its grid: a building is mapped to a grid that is not on its own path. */
export const householdPath = (b: { path: readonly string[]; gridId?: string }): string[] =>
  b.gridId && !b.path.includes(b.gridId) ? [...b.path.slice(0, 2), b.gridId, ...b.path.slice(2)] : [...b.path];

/** Who made the households of a building's rooms (the org import, the building's edit page, the seed). */
export const IMPORTED_BY = 'import';
type MappedBuilding = { _id: string; path: readonly string[]; streetId: string; communityId?: string; gridId?: string };

/** The household of a room of a building mapped to a grid; `members` are the residents bound there. */
export const roomHousehold = (
  b: MappedBuilding & { gridId: string; communityId: string },
  room: string,
  f: { now: number; members?: string[]; tags?: HouseholdTag[] },
): Household => ({
  _id: householdIdOf(b._id, room),
  buildingId: b._id,
  gridId: b.gridId,
  communityId: b.communityId,
  streetId: b.streetId,
  orgPath: householdPath(b),
  room,
  members: f.members ?? [],
  tags: f.tags ?? [],
  pairedWith: [],
  createdAt: f.now,
  createdBy: IMPORTED_BY,
});

/** What bringing a building's households to its rooms writes. */
export interface HouseholdSync {
  add: Household[];
  /** households of rooms no longer listed that nothing refers to */
  remove: string[];
  /** households of rooms no longer listed that are kept: visited, bound, paired or made on the spot */
  kept: number;
}
/**
 * A building's households brought to its rooms: a room without one gets it (a room a grid worker
 * already added on the spot is left as it is); a household whose room is gone is removed only when it
 * was made from the rooms and nothing refers to it (no visit, member or pairing), else kept. A building
 * not mapped to a grid has no households yet (its grid is part of each): nothing.
 */
export function planHouseholds(
  b: MappedBuilding,
  rooms: readonly string[],
  existing: readonly Household[],
  visited: ReadonlySet<string>,
  now: number,
): HouseholdSync {
  if (!b.gridId || !b.communityId) return { add: [], remove: [], kept: 0 };
  const mapped = { ...b, gridId: b.gridId, communityId: b.communityId };
  const have = new Set(existing.flatMap((h) => [h._id, `room:${h.room}`]));
  const add = rooms
    .filter((r) => !have.has(`room:${r}`) && !have.has(householdIdOf(b._id, r)))
    .map((r) => roomHousehold(mapped, r, { now }));
  const listed = new Set(rooms);
  const gone = existing.filter((h) => !listed.has(h.room));
  const free = (h: Household) =>
    h.createdBy === IMPORTED_BY && !visited.has(h._id) && !h.members.length && !h.pairedWith.length;
  const remove = gone.filter(free).map((h) => h._id);
  return { add, remove, kept: gone.length - remove.length };
}

// ---- visits
export const VISIT_SOURCES = ['pairing', 'key', 'revisit', 'adhoc'] as const;
export type VisitSource = (typeof VISIT_SOURCES)[number];
export const VISIT_SOURCE_LABELS: Record<VisitSource, string> = {
  pairing: '结对帮扶',
  key: '重点户走访',
  revisit: '回访',
  adhoc: '临时走访',
};

/**
 * due: nothing done yet; inProgress: some steps done (or step 5 done with tickets still open);
 * notHome: step 2 found nobody (a retry visit was made); completed: every concern handled or its
 * ticket closed; closed: ended without a visit (a plan withdrawn, a revisit made moot).
 */
export const VISIT_STATUSES = ['due', 'inProgress', 'notHome', 'completed', 'closed'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = {
  due: '待走访',
  inProgress: '走访中',
  notHome: '不在家（已安排再访）',
  completed: '已完成',
  closed: '已关闭',
};
export const OPEN_VISIT_STATUSES: readonly VisitStatus[] = ['due', 'inProgress'];

export const VISIT_STEPS = [1, 2, 3, 4, 5] as const;
export type VisitStepNo = (typeof VISIT_STEPS)[number];
export const VISIT_STEP_LABELS: Record<VisitStepNo, string> = {
  1: '敲开群众的门',
  2: '见到群众的人',
  3: '听到群众的音',
  4: '温暖群众的心',
  5: '办好群众的事',
};

export const CONCERN_TAGS = ['养老', '就业', '医疗', '住房', '邻里', '政策咨询', '其他'] as const;
export type ConcernTag = (typeof CONCERN_TAGS)[number];
export const MAX_CONCERNS = 10;
export const MAX_VISIT_PHOTOS = 9;
/** 不在家: the retry is due this long after the knock */
export const RETRY_AFTER_MS = DAY;

/** What each step records besides who, when and where (the payload's `data`, after parsing). */
export interface StepData {
  1: { note?: string };
  2: { met: true; whom: string; note?: string } | { met: false; note?: string };
  3: { concerns: { tag: ConcernTag; text: string }[] };
  4: { help: string };
  5: { outcomes: ConcernOutcome[] };
}
/** Step 5, per concern (by its index in step 3): handled on the spot, or filed as a linked ticket. */
export type ConcernOutcome =
  | { concern: number; how: 'spot'; note: string }
  | {
      concern: number;
      how: 'ticket';
      categoryId: string;
      description: string;
      urgency?: 'normal' | 'urgent';
      photos?: string[];
    };

export interface StepRecord<N extends VisitStepNo = VisitStepNo> {
  step: N;
  by: string;
  at: number;
  point?: GeoPoint;
  photos: string[];
  /**
   * the photos' image-check trace ids (shared/security.ts submitImages) and, once WeChat answers, the
   * verdict: a risky photo leaves `photos` (shared/media-verdict.ts), its review stays as the record
   */
  photoReviews?: { fileId: string; traceId: string; state?: 'pass' | 'risky' }[];
  /** the client's requestId: a retry of this very step finds it and gets the same answer */
  requestId: string;
  data: StepData[N];
}

/** A concern heard in step 3 and what became of it in step 5. */
export interface Concern {
  tag: ConcernTag;
  text: string;
  /** step 5 handled it on the spot */
  handled?: { note: string; at: number };
  /** step 5 filed it: the linked ticket (tickets.visitId / visitConcern point back) */
  ticketId?: string;
  /** the linked ticket closed (结案): the concern is done */
  ticketClosedAt?: number;
}

/** A visit of a household, at the household's place (copied: its scope needs no household read). */
export interface Visit extends HouseholdPlace {
  _id: string;
  householdId: string;
  /** the assigned visitor (a party member acts only on visits assigned to them) */
  visitorId: string;
  source: VisitSource;
  planId?: string;
  /** a 回访's ticket */
  ticketId?: string;
  /** a retry after 不在家: the visit that found nobody */
  retryOf?: string;
  /** the retry this visit made (不在家) */
  retryId?: string;
  dueAt: number;
  status: VisitStatus;
  steps: StepRecord[];
  concerns: Concern[];
  createdAt: number;
  updatedAt: number;
  completedAt?: number;
  /** the visitReminder timer's marks: reminded on its day, and once more when overdue (visit-plans.ts) */
  remindedAt?: number;
  overdueRemindedAt?: number;
}

/** A visit due at a household (ad hoc, a plan's, a retry's): its place copied from the household. */
export function newVisit(
  h: HouseholdPlace & Pick<Household, '_id'>,
  f: {
    id: string;
    visitorId: string;
    source: VisitSource;
    dueAt: number;
    now: number;
    planId?: string;
    /** a 回访's ticket */
    ticketId?: string;
  },
): Visit {
  return {
    _id: f.id,
    householdId: h._id,
    buildingId: h.buildingId,
    gridId: h.gridId,
    communityId: h.communityId,
    streetId: h.streetId,
    orgPath: h.orgPath,
    room: h.room,
    visitorId: f.visitorId,
    source: f.source,
    ...(f.planId ? { planId: f.planId } : {}),
    ...(f.ticketId ? { ticketId: f.ticketId } : {}),
    dueAt: f.dueAt,
    status: 'due',
    steps: [],
    concerns: [],
    createdAt: f.now,
    updatedAt: f.now,
  };
}

// ---- the step rule
export type StepRefusal = Extract<
  ErrorCode,
  'VISIT.STEP_SKIPPED' | 'VISIT.STEP_REPEATED' | 'VISIT.NOT_OPEN' | 'VISIT.OUTCOMES_INCOMPLETE'
>;

/** The step the visit waits for, or null when it is over (not home, completed, closed, or all five done). */
export function nextStep(v: Pick<Visit, 'status' | 'steps'>): VisitStepNo | null {
  if (!OPEN_VISIT_STATUSES.includes(v.status)) return null;
  const done = v.steps.length;
  return done >= 5 ? null : ((done + 1) as VisitStepNo);
}

/** The step of this requestId already recorded (a retry), if any. */
export const recordedStep = (v: Pick<Visit, 'steps'>, requestId: string): StepRecord | undefined =>
  v.steps.find((s) => s.requestId === requestId);

const outcomesRefusal = (v: Visit, outcomes: readonly ConcernOutcome[]): StepRefusal | null => {
  const seen = new Set(outcomes.map((o) => o.concern));
  const complete = seen.size === outcomes.length && v.concerns.every((_, i) => seen.has(i));
  return complete && outcomes.every((o) => o.concern < v.concerns.length) ? null : 'VISIT.OUTCOMES_INCOMPLETE';
};

/** Why this step may not be recorded now, or null. */
export function stepRefusal(v: Visit, step: VisitStepNo, data: StepData[VisitStepNo]): StepRefusal | null {
  const next = nextStep(v);
  if (next === null) return v.steps.some((s) => s.step === step) ? 'VISIT.STEP_REPEATED' : 'VISIT.NOT_OPEN';
  if (step < next) return 'VISIT.STEP_REPEATED';
  if (step > next) return 'VISIT.STEP_SKIPPED';
  return step === 5 ? outcomesRefusal(v, (data as StepData[5]).outcomes) : null;
}

/** Every concern handled on the spot or its ticket closed (no concerns: nothing to wait for). */
export const allConcernsDone = (concerns: readonly Concern[]): boolean =>
  concerns.every((c) => !!c.handled || (!!c.ticketId && c.ticketClosedAt !== undefined));

/**
 * The visit after the step (throws nothing: call stepRefusal first). Step 5's tickets are filed by the
 * handler, one transaction each, before this runs; their ids are already on `v.concerns`.
 */
export function applyStep(v: Visit, rec: StepRecord): Visit {
  const steps = [...v.steps, rec];
  const base = { ...v, steps, updatedAt: rec.at, status: 'inProgress' as VisitStatus };
  if (rec.step === 2 && !(rec.data as StepData[2]).met) return { ...base, status: 'notHome' };
  if (rec.step === 3) {
    const concerns = (rec.data as StepData[3]).concerns.map((c) => ({ tag: c.tag, text: c.text }));
    return { ...base, concerns };
  }
  if (rec.step !== 5) return base;
  const concerns = v.concerns.map((c, i) => {
    const o = (rec.data as StepData[5]).outcomes.find((x) => x.concern === i);
    return o?.how === 'spot' ? { ...c, handled: { note: o.note, at: rec.at } } : c;
  });
  return allConcernsDone(concerns)
    ? { ...base, concerns, status: 'completed', completedAt: rec.at }
    : { ...base, concerns };
}

/** A linked ticket closed: the concern is done, and the visit completes when it was the last one. */
export function onTicketClosed(v: Visit, ticketId: string, at: number): Visit | null {
  const i = v.concerns.findIndex((c) => c.ticketId === ticketId);
  if (i < 0 || v.concerns[i].ticketClosedAt !== undefined) return null;
  const concerns = v.concerns.map((c, k) => (k === i ? { ...c, ticketClosedAt: at } : c));
  const finished = v.steps.length === 5 && v.status === 'inProgress' && allConcernsDone(concerns);
  return finished
    ? { ...v, concerns, status: 'completed', completedAt: at, updatedAt: at }
    : { ...v, concerns, updatedAt: at };
}

/** The visit that 不在家 schedules: same household, visitor and plan, due a day later. */
export function retryVisit(v: Visit, id: string, at: number): Visit {
  return {
    ...v,
    _id: id,
    retryOf: v._id,
    retryId: undefined,
    dueAt: at + RETRY_AFTER_MS,
    status: 'due',
    steps: [],
    concerns: [],
    createdAt: at,
    updatedAt: at,
    completedAt: undefined,
  };
}

// ---- due lists: overdue first, then due today, then the rest
export const DUE_BUCKETS = ['overdue', 'today', 'later'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];
export const DUE_BUCKET_LABELS: Record<DueBucket, string> = { overdue: '已逾期', today: '今天', later: '近期' };
/** What the community's list shows: the visits past their day and today's (never 近期). */
export const GRID_DUE_BUCKETS = ['overdue', 'today'] as const satisfies readonly DueBucket[];
export type GridDueBucket = (typeof GRID_DUE_BUCKETS)[number];
/** The due-time window of a bucket (none: both): [from, to) in ms, from China midnight. */
export function gridDueWindow(bucket: GridDueBucket | undefined, now: number): { from?: number; to: number } {
  const today = cstMidnight(now);
  if (bucket === 'overdue') return { to: today };
  return bucket === 'today' ? { from: today, to: today + DAY } : { to: today + DAY };
}
export function dueBucket(dueAt: number, now: number): DueBucket {
  const today = cstMidnight(now);
  if (dueAt < today) return 'overdue';
  return dueAt < today + DAY ? 'today' : 'later';
}

// ---- privacy
export interface VisitViewer {
  id: string;
  grants: readonly RoleGrant[];
}
/** Staff roles whose grant on the household's path lets them see its tags and the visit notes. */
export const VISIT_STAFF_ROLES = ['gridWorker', 'communityStaff', 'streetStaff'] as const;
/** May see tags and visit notes: staff of the grid, its community and the street, or the assigned visitor. */
export function seesPersonal(
  v: VisitViewer,
  h: Pick<Household, 'orgPath' | 'pairedWith'>,
  visitorId?: string,
): boolean {
  if (visitorId === v.id || h.pairedWith.includes(v.id)) return true;
  return v.grants.some((g) => (VISIT_STAFF_ROLES as readonly string[]).includes(g.role) && h.orgPath.includes(g.orgId));
}
/** The masked text for notes outside that scope. */
export const MASKED_NOTE = '（仅网格、社区、街道工作人员和走访人可见）';
/** A household as someone outside the personal scope (a member resident) sees it: no tags. */
export const maskHousehold = <H extends Pick<Household, 'tags'>>(h: H): H => ({ ...h, tags: [] });
/** A visit's notes masked: whom met, concerns, help, spot notes and ticket texts. */
export function maskVisit(v: Visit): Visit {
  const steps = v.steps.map((s) => ({ ...s, data: maskedData(s) }));
  const concerns = v.concerns.map((c) => ({
    ...c,
    text: MASKED_NOTE,
    handled: c.handled && { ...c.handled, note: MASKED_NOTE },
  }));
  return { ...v, steps, concerns };
}
function maskedData(s: StepRecord): StepData[VisitStepNo] {
  const d = s.data as Record<string, unknown>;
  const out: Record<string, unknown> = { ...d };
  for (const k of ['note', 'whom', 'help']) if (typeof d[k] === 'string') out[k] = MASKED_NOTE;
  if (s.step === 3) out.concerns = (s.data as StepData[3]).concerns.map((c) => ({ tag: c.tag, text: MASKED_NOTE }));
  if (s.step === 5) out.outcomes = (s.data as StepData[5]).outcomes.map((o) => ({ concern: o.concern, how: o.how }));
  return out as StepData[VisitStepNo];
}

// ---- coverage (入户率) and the counters kept on write
/** 入户率: households whose last visit (step 2 met someone) is within the last 90 days ÷ households. */
export const COVERAGE_WINDOW_DAYS = 90;

/** A month's visit figures of a grid. */
export interface VisitMonth {
  /** visits that met someone (step 2) */
  visits: number;
  notHome: number;
  /** by visitor id: visits that met someone */
  visitors: Record<string, number>;
  /** concerns heard (step 3) by tag */
  concerns: Partial<Record<ConcernTag, number>>;
}
/**
 * One document per grid (`_id` "grid:<gridId>"): its households, each household's last visited day,
 * and its months. Step 2 sets the household's day and counts the month in one write, in the step's
 * transaction; coverage of a community reads one document per grid.
 */
export interface VisitCounterDoc {
  _id: string;
  gridId: string;
  communityId: string;
  streetId: string;
  households: number;
  /** household id → China day "YYYY-MM-DD" of its last visit that met someone (its lastVisitedAt) */
  last: Record<string, string>;
  /** "YYYY-MM" → figures */
  months: Record<string, VisitMonth>;
}
export const visitCounterId = (gridId: string): string => `grid:${gridId}`;
/** The first China day inside the window ending today. */
export const coverageFrom = (now: number): string => cstDate(cstMidnight(now) - (COVERAGE_WINDOW_DAYS - 1) * DAY);

export interface CoverageFigure {
  households: number;
  visited: number;
  /** visited ÷ households (null: no households) */
  rate: number | null;
}
export function coverageOf(docs: readonly Pick<VisitCounterDoc, 'households' | 'last'>[], now: number): CoverageFigure {
  const from = coverageFrom(now);
  let households = 0;
  let visited = 0;
  for (const d of docs) {
    households += d.households;
    for (const day of Object.values(d.last)) if (day >= from) visited++;
  }
  return { households, visited, rate: households > 0 ? visited / households : null };
}

/** Field updates a step makes to its grid's counter document ($set paths and $inc paths). */
export interface VisitCounterDelta {
  set: Record<string, string>;
  inc: Record<string, number>;
}
/** What one recorded step changes in the counters: the write path and the rebuild share it. */
export function stepCounterDelta(
  v: Pick<Visit, 'householdId' | 'visitorId'>,
  rec: StepRecord,
): VisitCounterDelta | null {
  const month = cstDate(rec.at).slice(0, 7);
  if (rec.step === 2) {
    if (!(rec.data as StepData[2]).met) return { set: {}, inc: { [`months.${month}.notHome`]: 1 } };
    return {
      set: { [`last.${v.householdId}`]: cstDate(rec.at) },
      inc: { [`months.${month}.visits`]: 1, [`months.${month}.visitors.${v.visitorId}`]: 1 },
    };
  }
  if (rec.step !== 3) return null;
  const inc: Record<string, number> = {};
  for (const c of (rec.data as StepData[3]).concerns) {
    inc[`months.${month}.concerns.${c.tag}`] = (inc[`months.${month}.concerns.${c.tag}`] ?? 0) + 1;
  }
  return Object.keys(inc).length ? { set: {}, inc } : null;
}

const setPath = (o: Record<string, unknown>, path: string, f: (old: unknown) => unknown) => {
  const keys = path.split('.');
  let at = o;
  for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
  const last = keys[keys.length - 1];
  at[last] = f(at[last]);
};
/** A delta applied to a document in memory (the rebuild; the write path sends it as $set / $inc). */
export function applyCounterDelta(doc: VisitCounterDoc, d: VisitCounterDelta): void {
  const o = doc as unknown as Record<string, unknown>;
  for (const [p, day] of Object.entries(d.set))
    setPath(o, p, (old) => (typeof old === 'string' && old > day ? old : day));
  for (const [p, n] of Object.entries(d.inc)) setPath(o, p, (old) => (typeof old === 'number' ? old : 0) + n);
}

export const emptyCounterDoc = (h: Pick<Household, 'gridId' | 'communityId' | 'streetId'>): VisitCounterDoc => ({
  _id: visitCounterId(h.gridId),
  gridId: h.gridId,
  communityId: h.communityId,
  streetId: h.streetId,
  households: 0,
  last: {},
  months: {},
});

/** Every grid's counters from the households and the visit log (the seed writes it; tests compare). */
export function rebuildVisitCounters(households: readonly Household[], visits: readonly Visit[]): VisitCounterDoc[] {
  const docs = new Map<string, VisitCounterDoc>();
  const docOf = (h: Pick<Household, 'gridId' | 'communityId' | 'streetId'>) => {
    const id = visitCounterId(h.gridId);
    const d = docs.get(id) ?? emptyCounterDoc(h);
    docs.set(id, d);
    return d;
  };
  for (const h of households) docOf(h).households++;
  const recs = visits.flatMap((v) => v.steps.map((rec) => ({ v, rec }))).sort((a, b) => a.rec.at - b.rec.at);
  for (const { v, rec } of recs) {
    const d = stepCounterDelta(v, rec);
    if (d) applyCounterDelta(docOf(v), d);
  }
  return [...docs.values()];
}
