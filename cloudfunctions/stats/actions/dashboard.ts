import {
  cellDay,
  type Counts,
  cstMonth,
  DomainError,
  figuresOf,
  type NodeCounterDoc,
  type OrgNode,
  parsePeriod,
  type Payload,
  type Period,
  periodChoices,
  periodRefusal,
  RANKED_METRICS,
  rankBy,
  type RankRow,
  type ResultOf,
  type StatsDashboard,
  type StatsNodeType,
  type StatsRow,
  sumCounts,
  trendKeys,
  WORKER_METRICS,
  type WorkerCounterDoc,
  type WorkerRow,
  workerRateOf,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { getNode } from '../../shared/repo/org';
import { firstCountedMonth, leafCounters, staffNames, workerCounters } from '../../shared/repo/stats';
import { categoryNames, communitiesAndGrids } from '../names';

type Doc = NodeCounterDoc | WorkerCounterDoc;

/**
 * Every cell (day × category) or every month's category of the documents, grouped by `keyOf`. Only
 * a month's trend needs the days; everything else reads the categories (a year has no cells).
 */
function groupCells(
  docs: readonly Doc[],
  keyOf: (d: Doc, cell: string) => string,
  which: 'cells' | 'cats' = 'cats',
): Map<string, Counts[]> {
  const out = new Map<string, Counts[]>();
  for (const d of docs) {
    for (const [cell, c] of Object.entries(d[which] ?? {})) {
      const k = keyOf(d, cell);
      const list = out.get(k);
      if (list) list.push(c);
      else out.set(k, [c]);
    }
  }
  return out;
}

/** The node the dashboard is of: the one asked for, else the caller's highest (a street before a grid). */
async function nodeOf(ctx: ScopedContext<'stats', 'dashboard'>): Promise<OrgNode> {
  if (ctx.target) return ctx.target;
  const top = [...ctx.grants].sort((a, b) => a.orgPath.length - b.orgPath.length)[0];
  const node = top ? await getNode(top.orgId) : null;
  if (!node || !['street', 'community', 'grid'].includes(node.type)) throw new DomainError('ORG.NOT_FOUND');
  return node;
}

/** The period asked for, or the refusal's Chinese message (a malformed key is the schema's). */
function periodOf(key: string, now: number): Period {
  const why = periodRefusal(key, now);
  if (why) throw new DomainError('STATS.PERIOD_OUT_OF_RANGE', why);
  return parsePeriod(key, now)!;
}

async function leavesOf(node: OrgNode, period: Period, now: number): Promise<NodeCounterDoc[]> {
  const which = period.kind === 'month' ? { month: period.key } : { year: period.key };
  const scope = node.type === 'street' ? { streetId: node._id } : { communityId: node.communityId ?? node._id };
  const docs = await leafCounters(scope, which);
  const leaves = node.type === 'grid' ? docs.filter((d) => d.nodeId === node._id) : docs;
  // nothing counted: a quiet month, or a period before the data began (one more read, only then)
  if (docs.length === 0) {
    const why = periodRefusal(period.key, now, await firstCountedMonth(node.streetId));
    if (why) throw new DomainError('STATS.PERIOD_OUT_OF_RANGE', why);
  }
  return leaves;
}

function trendOf(leaves: readonly Doc[], period: Period, now: number): StatsDashboard['trend'] {
  const byKey =
    period.kind === 'month'
      ? groupCells(leaves, (d, cell) => `${d.month}-${cellDay(cell)}`, 'cells')
      : groupCells(leaves, (d) => d.month);
  return trendKeys(period, now).map((key) => ({
    key,
    label: period.kind === 'month' ? `${Number(key.slice(8, 10))}日` : `${Number(key.slice(5, 7))}月`,
    figures: figuresOf(sumCounts(byKey.get(key) ?? [])),
  }));
}

/** The street's communities, or a community's grids, each with its figures (in display order). */
async function childrenOf(node: OrgNode, leaves: readonly NodeCounterDoc[], now: number): Promise<StatsRow[]> {
  if (node.type === 'grid') return [];
  const childType = node.type === 'street' ? 'community' : 'grid';
  const byChild = groupCells(leaves, (d) => (childType === 'community' ? d.communityId : (d as NodeCounterDoc).nodeId));
  const kids = (await communitiesAndGrids(now)).filter(
    (n) => n.type === childType && (childType === 'community' || n.communityId === node._id),
  );
  return kids.map((k) => ({ id: k._id, name: k.name, figures: figuresOf(sumCounts(byChild.get(k._id) ?? [])) }));
}

async function categoriesOf(leaves: readonly Doc[], now: number): Promise<StatsRow[]> {
  const byCat = groupCells(leaves, (_d, cat) => cat);
  const names = await categoryNames([...byCat.keys()], now);
  return [...byCat]
    .map(([id, cells]) => ({ id, name: names.get(id) ?? id, figures: figuresOf(sumCounts(cells)) }))
    .sort((a, b) => b.figures.received - a.figures.received || a.name.localeCompare(b.name, 'zh'));
}

const ranked = (rows: readonly { id: string; name: string; ratio: RankRow['ratio'] }[]): RankRow[] =>
  rankBy(rows, (r) => r.ratio).map((r) => ({ id: r.id, name: r.name, rank: r.rank, ratio: r.ratio }));

/** The grid workers' 量化考核: a community's or the street's dashboard only. */
async function workersOf(node: OrgNode, period: Period): Promise<StatsDashboard['rankings']['workers']> {
  const which = period.kind === 'month' ? { month: period.key } : { year: period.key };
  const scope = node.type === 'street' ? { streetId: node._id } : { communityId: node._id };
  const docs = await workerCounters(scope, which);
  const byWorker = groupCells(docs, (d) => (d as WorkerCounterDoc).workerId);
  const names = await staffNames([...byWorker.keys()]);
  const rows: WorkerRow[] = [...byWorker].map(([id, cells]) => {
    const c = sumCounts(cells);
    return {
      id,
      name: names.get(id) ?? '网格员',
      rates: Object.fromEntries(WORKER_METRICS.map((m) => [m, workerRateOf[m](c)])) as WorkerRow['rates'],
      responded: c.responded ?? 0,
      resolved: c.resolved ?? 0,
      rated: c.rated ?? 0,
    };
  });
  const ranks = Object.fromEntries(
    WORKER_METRICS.map((m) => [m, ranked(rows.map((r) => ({ id: r.id, name: r.name, ratio: r.rates[m] })))]),
  ) as Record<(typeof WORKER_METRICS)[number], RankRow[]>;
  return { rows: rankBy(rows, (r) => r.rates.onTimeRate).map(({ rank: _rank, ...r }) => r), ranks };
}

/**
 * The dashboard of a street, community or grid for a month or a year: a handful of reads of the
 * counters (one query for a month's leaves), never the tickets.
 */
export async function dashboard(
  p: Payload<'stats', 'dashboard'>,
  ctx: ScopedContext<'stats', 'dashboard'>,
): Promise<ResultOf<'stats', 'dashboard'>> {
  const period = periodOf(p.period ?? cstMonth(ctx.now), ctx.now);
  const node = await nodeOf(ctx);
  const leaves = await leavesOf(node, period, ctx.now);
  const [children, categories, workers] = await Promise.all([
    childrenOf(node, leaves, ctx.now),
    categoriesOf(leaves, ctx.now),
    node.type === 'grid' ? Promise.resolve(undefined) : workersOf(node, period),
  ]);
  const childRanks = Object.fromEntries(
    RANKED_METRICS.map((m) => [
      m,
      ranked(children.map((c) => ({ id: c.id, name: c.name, ratio: c.figures.rates[m] }))),
    ]),
  ) as StatsDashboard['rankings']['children'];
  return {
    org: { id: node._id, name: node.name, type: node.type as StatsNodeType },
    period: { kind: period.kind, key: period.key, label: period.label },
    choices: periodChoices(ctx.now),
    figures: figuresOf(sumCounts(leaves.flatMap((d) => Object.values(d.cats ?? {})))),
    trend: trendOf(leaves, period, ctx.now),
    children,
    categories,
    rankings: { children: childRanks, ...(workers ? { workers } : {}) },
  };
}
