/**
 * Statistics (看板): the counters kept on write, the metrics read off them, and the periods they are
 * read for. Pure: the live write path (shared/repo/tickets.ts, in the transition's own transaction),
 * the rebuild from the event log and the seed all derive their counter deltas from one function,
 * `counterDeltas(before, event, after)`, so the rebuild can only equal the live counters if the live
 * path missed nothing.
 *
 * Where a ticket counts: its leaf node at the time of the event (its grid, or its community while it
 * sits in the community's triage queue without one), one document per leaf × China-time month holding
 * sparse counts per day × category. A street month is then one query (≤ 100 leaves), and only
 * tickets of one grid ever contend for a counter document. Figures of a community or the street are
 * sums of their leaves; tickets still without a grid count for their community, not for any grid.
 */
import { cstDate, HOUR } from './time';
import type { Level } from './org';
import { TICKET_SOURCES, type Ticket, type TicketEvent, type TicketSource, type TicketStatus } from './ticket';
import { filedState } from './ticket-flow';
import { applyEvent } from './ticket-transitions';

// ---- counters

/**
 * What is counted, each on the day (China time) of the event that changes it:
 * - filed / src_*: 受理 (a filing), by source;
 * - rejected: 不予受理; sentBack: a rejection sent back (退回重办);
 * - arrived: a ticket entering a queue's 待签收 (filing, 上报, 分派网格, 超期上报, a second 反弹);
 *   responded / respondedOnTime: a handler taking it out of 待签收 (签收, 不予受理, 分派, 上报) at all / by
 *   its response time;
 * - resolved: 办结 (a handler's resolve), resolvedOnTime: by the limit; byGrid / byCommunity / byStreet:
 *   the level that resolved it; handleMs: filing → 办结;
 * - due (应办结): a limit that ran out (超期, counted by the sweeper's mark) or a resolution before the
 *   limit; a ticket overdue since an earlier month and resolved this month counts again this month
 *   (往月超期、本月办结); overdue: 超期 marks;
 * - solved: 办结 not (yet) reopened or sent back by 核查: taken off the resolution's own day when that happens;
 * - closed: 结案 (rated, or closed by the sweeper); reopened: 反弹 (重新办理, or 不满意);
 * - rated / satisfied / basic / unsatisfied: 评价.
 */
export const COUNTER_FIELDS = [
  'filed',
  'src_resident',
  'src_patrol',
  'src_visit',
  'src_phone',
  'rejected',
  'sentBack',
  'arrived',
  'responded',
  'respondedOnTime',
  'resolved',
  'resolvedOnTime',
  'byGrid',
  'byCommunity',
  'byStreet',
  'handleMs',
  'due',
  'overdue',
  'solved',
  'closed',
  'reopened',
  'rated',
  'satisfied',
  'basic',
  'unsatisfied',
] as const;
export type CounterField = (typeof COUNTER_FIELDS)[number];
/** Sparse: a field never counted is absent (reads treat it as 0). */
export type Counts = Partial<Record<CounterField, number>>;

const SOURCE_FIELD: Record<TicketSource, CounterField> = {
  resident: 'src_resident',
  patrol: 'src_patrol',
  visit: 'src_visit',
  phone: 'src_phone',
};
const LEVEL_FIELD: Record<Level, CounterField> = { grid: 'byGrid', community: 'byCommunity', street: 'byStreet' };

/** The key of a cell: day of month and category ("05|cat-water"). */
export const cellKey = (day: string, categoryId: string): string => `${day}|${categoryId}`;
export const cellDay = (key: string): string => key.slice(0, 2);
export const cellCategory = (key: string): string => key.slice(3);

/** China-time month key "2026-11" and day-of-month "05" of an instant. */
export const cstMonth = (ms: number): string => cstDate(ms).slice(0, 7);
export const cstDayOfMonth = (ms: number): string => cstDate(ms).slice(8, 10);

/** What every monthly counter document holds: its month and the counts by day × category. */
export interface MonthCells {
  month: string;
  year: string;
  /** cellKey(day, category) → counts */
  cells: Record<string, Counts>;
  /** the month's counts by category (the cells summed over the days): what a year reads */
  cats: Record<string, Counts>;
}

/** One leaf (grid, or a community's triage) × month: what dashboards read. */
export interface NodeCounterDoc extends MonthCells {
  _id: string;
  kind: 'node';
  nodeId: string;
  nodeType: 'grid' | 'community';
  streetId: string;
  communityId: string;
}

/** One grid worker × community × month: the 量化考核 ranking (what they did themselves). */
export interface WorkerCounterDoc extends MonthCells {
  _id: string;
  kind: 'worker';
  workerId: string;
  streetId: string;
  communityId: string;
}

/** The queues' tab counts that are states, not periods: tickets now in a handler node's queue. */
export const QUEUE_BUCKETS = ['pending', 'processing', 'done'] as const;
export type QueueBucket = (typeof QUEUE_BUCKETS)[number];
export interface QueueCounterDoc {
  _id: string;
  kind: 'queue';
  nodeId: string;
  streetId: string;
  tabs: Partial<Record<QueueBucket, number>>;
}
export type CounterDoc = NodeCounterDoc | WorkerCounterDoc | QueueCounterDoc;

export const nodeDocId = (leafId: string, month: string): string => `n|${leafId}|${month}`;
export const workerDocId = (workerId: string, communityId: string, month: string): string =>
  `w|${workerId}|${communityId}|${month}`;
export const queueDocId = (nodeId: string): string => `q|${nodeId}`;

/** Which queue tab a status is counted under (不予受理 is in none). */
export function bucketOf(s: TicketStatus): QueueBucket | null {
  if (s === 'pending') return 'pending';
  if (s === 'processing' || s === 'verifying') return 'processing';
  if (s === 'resolved' || s === 'closed') return 'done';
  return null;
}

/**
 * One increment: to the counter document `doc` (created with these fields when absent), at `path`
 * (a cell key of `cells`, or `tabs`), by `inc`.
 */
export interface CounterDelta {
  doc:
    Omit<NodeCounterDoc, 'cells' | 'cats'> | Omit<WorkerCounterDoc, 'cells' | 'cats'> | Omit<QueueCounterDoc, 'tabs'>;
  path: string;
  inc: Record<string, number>;
}

/** The ticket fields counting reads (the flow state plus what filing fixed). */
export type CountedTicket = Pick<
  Ticket,
  | 'status'
  | 'level'
  | 'handlerOrgId'
  | 'gridId'
  | 'streetId'
  | 'communityId'
  | 'categoryId'
  | 'source'
  | 'createdAt'
  | 'responseDueAt'
  | 'dueAt'
  | 'overdue'
  | 'overdueAt'
  | 'reopenCount'
  | 'resolvedAt'
>;

/** Who resolved the ticket last (its latest 办结 event): an 评价 counts for that grid worker. */
export interface DeltaContext {
  resolver?: { id: string; role: string };
}

function nodeDoc(t: CountedTicket, at: number): Omit<NodeCounterDoc, 'cells' | 'cats'> {
  const month = cstMonth(at);
  const leaf = t.gridId ?? t.communityId;
  return {
    _id: nodeDocId(leaf, month),
    kind: 'node',
    nodeId: leaf,
    nodeType: t.gridId ? 'grid' : 'community',
    streetId: t.streetId,
    communityId: t.communityId,
    month,
    year: month.slice(0, 4),
  };
}

function workerDoc(workerId: string, t: CountedTicket, at: number): Omit<WorkerCounterDoc, 'cells' | 'cats'> {
  const month = cstMonth(at);
  return {
    _id: workerDocId(workerId, t.communityId, month),
    kind: 'worker',
    workerId,
    streetId: t.streetId,
    communityId: t.communityId,
    month,
    year: month.slice(0, 4),
  };
}

const add = (c: Record<string, number>, f: string, n = 1) => {
  c[f] = (c[f] ?? 0) + n;
};

/** Taken out of 待签收 by a person (a system move out of it is no response). */
const responds = (b: CountedTicket | null, a: CountedTicket, e: TicketEvent) =>
  !!b &&
  b.status === 'pending' &&
  e.actorRole !== 'system' &&
  (a.status !== 'pending' || a.handlerOrgId !== b.handlerOrgId);
const arrives = (b: CountedTicket | null, a: CountedTicket) =>
  a.status === 'pending' && (!b || b.status !== 'pending' || b.handlerOrgId !== a.handlerOrgId);
const isResolve = (b: CountedTicket | null, a: CountedTicket) =>
  !!b && b.status === 'processing' && (a.status === 'verifying' || a.status === 'resolved');

/** The counts of what a person or the sweeper did to the ticket's place in the queues. */
function flowCounts(c: Record<string, number>, b: CountedTicket | null, e: TicketEvent, a: CountedTicket): void {
  if (!b) {
    add(c, 'filed');
    add(c, SOURCE_FIELD[a.source]);
  }
  if (a.status === 'rejected' && b?.status !== 'rejected') add(c, 'rejected');
  if (b?.status === 'rejected' && a.status !== 'rejected') add(c, 'sentBack');
  if (arrives(b, a)) add(c, 'arrived');
  if (responds(b, a, e)) {
    add(c, 'responded');
    if (e.at <= b!.responseDueAt) add(c, 'respondedOnTime');
  }
}

/** The period counts one event adds, at the ticket's leaf (after the event) on the event's day. */
function eventCounts(b: CountedTicket | null, e: TicketEvent, a: CountedTicket): Record<string, number> {
  const c: Record<string, number> = {};
  flowCounts(c, b, e, a);
  if (isResolve(b, a)) resolveCounts(c, b!, e, a);
  if (e.action === 'markOverdue') {
    add(c, 'overdue');
    add(c, 'due');
  }
  if (a.status === 'closed' && b?.status !== 'closed') add(c, 'closed');
  if (b && a.reopenCount > b.reopenCount) add(c, 'reopened');
  if (e.rating) {
    add(c, 'rated');
    add(c, e.rating.score);
  }
  return c;
}

function resolveCounts(c: Record<string, number>, b: CountedTicket, e: TicketEvent, a: CountedTicket): void {
  add(c, 'resolved');
  add(c, 'solved');
  add(c, LEVEL_FIELD[b.level]);
  add(c, 'handleMs', e.at - a.createdAt);
  if (e.at <= b.dueAt) add(c, 'resolvedOnTime');
  // a limit that already ran out was counted as due by its 超期 mark, unless that was in an earlier month
  const countedAlready = b.overdue && b.overdueAt !== undefined && cstMonth(b.overdueAt) === cstMonth(e.at);
  if (!countedAlready) add(c, 'due');
}

/** A resolution undone (反弹, or 核查 not passed): no longer solved, on the resolution's own day. */
function unsolved(b: CountedTicket | null, a: CountedTicket): boolean {
  if (!b || b.resolvedAt === undefined) return false;
  return a.reopenCount > b.reopenCount || (b.status === 'verifying' && a.status === 'processing');
}

/** What a grid worker did themselves: responses and resolutions they made, 评价 of their resolutions. */
function workerCounts(b: CountedTicket | null, e: TicketEvent, a: CountedTicket, ctx: DeltaContext) {
  const out: CounterDelta[] = [];
  const cell = cellKey(cstDayOfMonth(e.at), a.categoryId);
  if (e.actorRole === 'gridWorker' && e.actorId) {
    const c: Record<string, number> = {};
    if (responds(b, a, e)) {
      add(c, 'responded');
      if (e.at <= b!.responseDueAt) add(c, 'respondedOnTime');
    }
    if (isResolve(b, a)) {
      add(c, 'resolved');
      if (e.at <= b!.dueAt) add(c, 'resolvedOnTime');
    }
    if (Object.keys(c).length) out.push({ doc: workerDoc(e.actorId, a, e.at), path: cell, inc: c });
  }
  if (e.rating && ctx.resolver?.role === 'gridWorker') {
    const c: Record<string, number> = { rated: 1, [e.rating.score]: 1 };
    out.push({ doc: workerDoc(ctx.resolver.id, a, e.at), path: cell, inc: c });
  }
  return out;
}

function queueDeltas(b: CountedTicket | null, a: CountedTicket): CounterDelta[] {
  const from = b ? bucketOf(b.status) : null;
  const to = bucketOf(a.status);
  if (b && from === to && b.handlerOrgId === a.handlerOrgId) return [];
  const out: CounterDelta[] = [];
  const q = (t: CountedTicket) => ({
    _id: queueDocId(t.handlerOrgId),
    kind: 'queue' as const,
    nodeId: t.handlerOrgId,
    streetId: t.streetId,
  });
  if (b && from) out.push({ doc: q(b), path: 'tabs', inc: { [from]: -1 } });
  if (to) out.push({ doc: q(a), path: 'tabs', inc: { [to]: 1 } });
  return out;
}

/**
 * The counter increments of one event: `before` is null for the filing. The same function runs in
 * the transition's transaction and in the rebuild from the event log.
 */
export function counterDeltas(
  before: CountedTicket | null,
  e: TicketEvent,
  after: CountedTicket,
  ctx: DeltaContext = {},
): CounterDelta[] {
  const out: CounterDelta[] = [];
  const counts = eventCounts(before, e, after);
  if (Object.keys(counts).length) {
    out.push({ doc: nodeDoc(after, e.at), path: cellKey(cstDayOfMonth(e.at), after.categoryId), inc: counts });
  }
  if (unsolved(before, after)) {
    const at = before!.resolvedAt!;
    out.push({ doc: nodeDoc(before!, at), path: cellKey(cstDayOfMonth(at), before!.categoryId), inc: { solved: -1 } });
  }
  out.push(...workerCounts(before, e, after, ctx), ...queueDeltas(before, after));
  return out;
}

/** The fields a delta increments in its document: the cell and the month's category, or a queue's tabs. */
export function incrementsOf(d: CounterDelta): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [f, n] of Object.entries(d.inc)) {
    if (d.doc.kind === 'queue') out[`tabs.${f}`] = (out[`tabs.${f}`] ?? 0) + n;
    else {
      out[`cells.${d.path}.${f}`] = (out[`cells.${d.path}.${f}`] ?? 0) + n;
      const cat = `cats.${cellCategory(d.path)}.${f}`;
      out[cat] = (out[cat] ?? 0) + n;
    }
  }
  return out;
}

/** Deltas applied to documents in memory (the rebuild and the seed; the live path increments in place). */
export function applyDeltas(docs: Map<string, CounterDoc>, deltas: readonly CounterDelta[]): void {
  for (const d of deltas) {
    let doc = docs.get(d.doc._id);
    if (!doc) {
      doc = (d.doc.kind === 'queue' ? { ...d.doc, tabs: {} } : { ...d.doc, cells: {}, cats: {} }) as CounterDoc;
      docs.set(doc._id, doc);
    }
    for (const [path, n] of Object.entries(incrementsOf(d))) {
      const parts = path.split('.');
      let at = doc as unknown as Record<string, Record<string, unknown>>;
      for (const p of parts.slice(0, -2)) at = (at[p] ??= {}) as Record<string, Record<string, unknown>>;
      const leaf = (at[parts[parts.length - 2]] ??= {}) as Record<string, number>;
      const f = parts[parts.length - 1];
      leaf[f] = (leaf[f] ?? 0) + n;
    }
  }
}

/** What filing fixed on a ticket, which its events never change. */
export type FiledFields = Pick<Ticket, '_id' | 'streetId' | 'communityId' | 'categoryId' | 'source' | 'createdAt'>;

/**
 * Every counter from the event log alone: each ticket's events replayed in order from its filing,
 * through the same `counterDeltas` the live path runs (the latest 办结's actor carried along for the
 * 评价 that follows). `tickets` gives what filing fixed; events of tickets not in it are skipped.
 */
export function rebuildCounters(
  tickets: Iterable<FiledFields>,
  events: Iterable<TicketEvent>,
  into: Map<string, CounterDoc> = new Map(),
): Map<string, CounterDoc> {
  const byTicket = new Map<string, TicketEvent[]>();
  for (const e of events) {
    const list = byTicket.get(e.ticketId);
    if (list) list.push(e);
    else byTicket.set(e.ticketId, [e]);
  }
  for (const t of tickets) {
    const log = (byTicket.get(t._id) ?? []).sort((a, b) => a.seq - b.seq);
    if (log[0]?.action !== 'file') continue;
    let cur: CountedTicket = { ...t, ...filedState(log[0]) };
    applyDeltas(into, counterDeltas(null, log[0], cur));
    let resolver: DeltaContext['resolver'];
    for (const e of log.slice(1)) {
      const after = applyEvent(cur as CountedTicket & ReturnType<typeof filedState>, e);
      applyDeltas(into, counterDeltas(cur, e, after, resolver ? { resolver } : {}));
      if (e.action === 'resolve') resolver = { id: e.actorId, role: e.actorRole };
      cur = after;
    }
  }
  return into;
}

/** A counter document without its zero counts and empty cells: live and rebuilt documents compare so. */
export function normalizeCounterDoc(doc: CounterDoc): CounterDoc {
  const clean = (c: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(c)
        .filter(([, n]) => n !== 0)
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  if (doc.kind === 'queue') return { ...doc, tabs: clean(doc.tabs as Record<string, number>) };
  const cleanAll = (m: Record<string, Counts>) => {
    const out: Record<string, Counts> = {};
    for (const k of Object.keys(m).sort()) {
      const c = clean(m[k] as Record<string, number>);
      if (Object.keys(c).length) out[k] = c;
    }
    return out;
  };
  return { ...doc, cells: cleanAll(doc.cells), cats: cleanAll(doc.cats ?? {}) };
}

/** Sums counts. */
export function sumCounts(list: Iterable<Counts>): Counts {
  const out: Record<string, number> = {};
  for (const c of list) for (const [f, n] of Object.entries(c)) out[f] = (out[f] ?? 0) + (n ?? 0);
  return out;
}
export const countOf = (c: Counts, f: CounterField): number => c[f] ?? 0;

// ---- metrics (pure functions of summed counts; each states its denominator)

/** A ratio with its parts: value null when nothing is in the denominator (shown as "—"). */
export interface Ratio {
  value: number | null;
  numerator: number;
  denominator: number;
}
const ratio = (numerator: number, denominator: number): Ratio => ({
  value: denominator > 0 ? numerator / denominator : null,
  numerator,
  denominator,
});

export const RATE_METRICS = [
  'closeRate',
  'onTimeRate',
  'responseRate',
  'solveRate',
  'satisfactionRate',
  'reopenRate',
] as const;
export type RateMetric = (typeof RATE_METRICS)[number];

export interface MetricDefinition {
  label: string;
  /** how it is computed, in the words the dashboard and the export's 指标说明 sheet show */
  definition: string;
  numerator: string;
  denominator: string;
}

export const METRIC_DEFINITIONS: Record<RateMetric, MetricDefinition> = {
  closeRate: {
    label: '办结率',
    definition: '办结 ÷ 应办结',
    numerator: '本期办结的诉求',
    denominator: '应办结：本期到期未办结（超期）的诉求，加上本期在时限内办结的诉求；往月超期、本月办结的计入本月',
  },
  onTimeRate: {
    label: '按期办结率',
    definition: '按期办结 ÷ 应办结',
    numerator: '在办理时限内办结的诉求',
    denominator: '应办结（同办结率）',
  },
  responseRate: {
    label: '响应率',
    definition: '按时签收 ÷ 受理',
    numerator: '在签收时限内签收（或不予受理、分派、上报）的诉求',
    denominator: '受理：进入待签收的诉求（新提交、上报、分派网格、超期上报）',
  },
  solveRate: {
    label: '解决率',
    definition: '办结后未反弹 ÷ 办结',
    numerator: '办结后未被重新办理、未被核查退回的诉求',
    denominator: '本期办结的诉求',
  },
  satisfactionRate: {
    label: '满意率',
    definition: '(满意 + 基本满意) ÷ 已评价',
    numerator: '评价为满意或基本满意的诉求',
    denominator: '本期已评价的诉求',
  },
  reopenRate: {
    label: '反弹率',
    definition: '反弹 ÷ 办结',
    numerator: '本期申请重新办理或评价不满意的次数',
    denominator: '本期办结的诉求',
  },
};

/** The counts that are shown as numbers, with their labels. */
export const COUNT_METRICS = {
  received: { label: '受理量', definition: '本期新提交的诉求（含代办）' },
  resolved: { label: '办结数', definition: '本期办结的诉求' },
  overdue: { label: '超期数', definition: '本期超过办理时限的次数' },
  rejected: { label: '不予受理', definition: '本期不予受理的诉求' },
  avgHandleHours: { label: '平均办理时长', definition: '从提交到办结的平均小时数' },
} as const;

export const LEVEL_SHARE_DEFINITION = '在网格、社区、街道办结的诉求各占本期办结的比例（小事不出网格、大事不出社区）';

export interface Figures {
  received: number;
  resolved: number;
  overdue: number;
  rejected: number;
  /** hours, null without a resolution */
  avgHandleHours: number | null;
  rates: Record<RateMetric, Ratio>;
  /** share of 办结 at each level */
  levels: Record<Level, Ratio>;
  sources: Record<TicketSource, number>;
}

export const rateOf: Record<RateMetric, (c: Counts) => Ratio> = {
  closeRate: (c) => ratio(countOf(c, 'resolved'), countOf(c, 'due')),
  onTimeRate: (c) => ratio(countOf(c, 'resolvedOnTime'), countOf(c, 'due')),
  responseRate: (c) => ratio(countOf(c, 'respondedOnTime'), countOf(c, 'arrived')),
  solveRate: (c) => ratio(countOf(c, 'solved'), countOf(c, 'resolved')),
  satisfactionRate: (c) => ratio(countOf(c, 'satisfied') + countOf(c, 'basic'), countOf(c, 'rated')),
  reopenRate: (c) => ratio(countOf(c, 'reopened'), countOf(c, 'resolved')),
};

export function figuresOf(c: Counts): Figures {
  const resolved = countOf(c, 'resolved');
  return {
    received: countOf(c, 'filed'),
    resolved,
    overdue: countOf(c, 'overdue'),
    rejected: countOf(c, 'rejected'),
    avgHandleHours: resolved > 0 ? countOf(c, 'handleMs') / resolved / HOUR : null,
    rates: Object.fromEntries(RATE_METRICS.map((m) => [m, rateOf[m](c)])) as Record<RateMetric, Ratio>,
    levels: {
      grid: ratio(countOf(c, 'byGrid'), resolved),
      community: ratio(countOf(c, 'byCommunity'), resolved),
      street: ratio(countOf(c, 'byStreet'), resolved),
    },
    sources: Object.fromEntries(TICKET_SOURCES.map((s) => [s, countOf(c, SOURCE_FIELD[s])])) as Record<
      TicketSource,
      number
    >,
  };
}

/** A grid worker's ranking figures: what they did themselves (按期办结率 here is over their own 办结). */
export const WORKER_METRICS = ['responseRate', 'onTimeRate', 'satisfactionRate'] as const;
export type WorkerMetric = (typeof WORKER_METRICS)[number];
export const WORKER_METRIC_DEFINITIONS: Record<WorkerMetric, MetricDefinition> = {
  responseRate: {
    label: '响应率',
    definition: '按时签收 ÷ 签收',
    numerator: '本人在签收时限内签收（或不予受理、分派、上报）的诉求',
    denominator: '本人签收（或不予受理、分派、上报）的诉求',
  },
  onTimeRate: {
    label: '按期办结率',
    definition: '按期办结 ÷ 办结',
    numerator: '本人在办理时限内办结的诉求',
    denominator: '本人办结的诉求',
  },
  satisfactionRate: {
    label: '满意率',
    definition: '(满意 + 基本满意) ÷ 已评价',
    numerator: '本人办结的诉求中评价为满意或基本满意的',
    denominator: '本人办结的诉求中已评价的',
  },
};
export const workerRateOf: Record<WorkerMetric, (c: Counts) => Ratio> = {
  responseRate: (c) => ratio(countOf(c, 'respondedOnTime'), countOf(c, 'responded')),
  onTimeRate: (c) => ratio(countOf(c, 'resolvedOnTime'), countOf(c, 'resolved')),
  satisfactionRate: rateOf.satisfactionRate,
};

/** Rows ranked by a ratio, best first; rows with nothing to rank (value null) last; ties by name. */
export function rankBy<R extends { name: string }>(
  rows: readonly R[],
  value: (r: R) => Ratio,
): (R & { rank: number })[] {
  const key = (r: R) => value(r).value ?? -1;
  const sorted = [...rows].sort((a, b) => key(b) - key(a) || a.name.localeCompare(b.name, 'zh'));
  let rank = 0;
  let prev: number | undefined;
  return sorted.map((r, i) => {
    if (key(r) !== prev) rank = i + 1;
    prev = key(r);
    return { ...r, rank };
  });
}

// ---- periods

export type PeriodKind = 'month' | 'year';
export interface Period {
  kind: PeriodKind;
  /** "2026-11" or "2026" */
  key: string;
  label: string;
  /** the month keys it covers, up to the current month for this year */
  months: string[];
}

export const PERIOD_SHAPE = /^(\d{4})(?:-(\d{2}))?$/;
export const PERIOD_MESSAGES = {
  shape: '统计周期格式应为 YYYY-MM（月）或 YYYY（年）',
  future: '该统计周期尚未开始',
  noData: '该统计周期没有数据',
} as const;

const monthKey = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

/** The period a key names, or null for a malformed one (no month 13, nothing before 2000). */
export function parsePeriod(key: string, now: number): Period | null {
  const m = PERIOD_SHAPE.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { kind: 'month', key, label: `${year}年${month}月`, months: [key] };
  }
  const current = cstMonth(now);
  const last = current.startsWith(`${year}-`) ? Number(current.slice(5, 7)) : 12;
  return {
    kind: 'year',
    key,
    label: `${year}年`,
    months: Array.from({ length: last }, (_, i) => monthKey(year, i + 1)),
  };
}

/**
 * Why a period cannot be shown at `now`, or null: malformed, not begun yet, or before the first month
 * with any counts (`firstMonth`; undefined: nothing has been counted at all).
 */
export function periodRefusal(key: string, now: number, firstMonth?: string | null): string | null {
  const p = parsePeriod(key, now);
  if (!p) return PERIOD_MESSAGES.shape;
  const current = cstMonth(now);
  if (p.months[0] > current) return PERIOD_MESSAGES.future;
  if (firstMonth === null || (firstMonth !== undefined && p.months[p.months.length - 1] < firstMonth)) {
    return PERIOD_MESSAGES.noData;
  }
  return null;
}

/** The period switch: 本月, 上月, 本年 (China time). */
export function periodChoices(now: number): { key: string; label: string }[] {
  const current = cstMonth(now);
  const y = Number(current.slice(0, 4));
  const m = Number(current.slice(5, 7));
  const last = m === 1 ? monthKey(y - 1, 12) : monthKey(y, m - 1);
  return [
    { key: current, label: '本月' },
    { key: last, label: '上月' },
    { key: String(y), label: '本年' },
  ];
}

/** The trend's points: every day of a month (up to today for this month), or every month of a year. */
export function trendKeys(p: Period, now: number): string[] {
  if (p.kind === 'year') return p.months;
  const [y, m] = p.key.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const current = cstMonth(now) === p.key ? Number(cstDayOfMonth(now)) : days;
  return Array.from({ length: Math.min(days, current) }, (_, i) => `${p.key}-${String(i + 1).padStart(2, '0')}`);
}
