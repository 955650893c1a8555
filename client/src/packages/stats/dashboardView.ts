/**
 * The dashboard's answer as what the page shows: the charts' specs, each rate with its numerator and
 * denominator in words, the level shares, the ranking tables. Pure; the words of every definition are
 * the contract's own (types/stats.ts), the same the export's 指标说明 sheet prints.
 */
import {
  COUNT_METRICS,
  type Figures,
  LEVEL_LABELS,
  type Level,
  METRIC_DEFINITIONS,
  RATE_METRICS,
  type RankedMetric,
  RANKED_METRICS,
  type RankRow,
  type Ratio,
  type RateMetric,
  type StatsDashboard,
  TICKET_SOURCE_LABELS,
  TICKET_SOURCES,
  WORKER_METRIC_DEFINITIONS,
} from '@lx/types';
import { type ChartSpec, fmt, type Table } from './components/chartData';
import { TOKENS } from './palette';

/** A share as the page prints it: one decimal, or — when nothing is in the denominator. */
export const pct = (r: Ratio): string => (r.value === null ? '—' : `${fmt(r.value * 100)}%`);

/** "办结 ÷ 应办结" → ["办结", "应办结"]: the short names of a definition's two parts. */
function parts(definition: string): [string, string] {
  const [n, d] = definition.split(' ÷ ');
  return [n.replace(/^\((.*)\)$/, '$1'), d];
}

export interface RateLine {
  key: RateMetric;
  label: string;
  value: string;
  /** "办结 197 件 ÷ 应办结 200 件" */
  formula: string;
  /** "分母：应办结：本期到期未办结…" in plain words */
  denominator: string;
}

export function rateLines(f: Figures): RateLine[] {
  return RATE_METRICS.map((key) => {
    const def = METRIC_DEFINITIONS[key];
    const r = f.rates[key];
    const [n, d] = parts(def.definition);
    return {
      key,
      label: def.label,
      value: pct(r),
      formula: `${n} ${r.numerator} 件 ÷ ${d} ${r.denominator} 件`,
      denominator: `分母：${def.denominator}`,
    };
  });
}

export interface CountTile {
  label: string;
  value: string;
  unit: string;
  hint: string;
}

export function countTiles(f: Figures): CountTile[] {
  const c = COUNT_METRICS;
  return [
    { label: c.received.label, value: String(f.received), unit: '件', hint: c.received.definition },
    { label: c.resolved.label, value: String(f.resolved), unit: '件', hint: c.resolved.definition },
    { label: c.overdue.label, value: String(f.overdue), unit: '次', hint: c.overdue.definition },
    { label: c.rejected.label, value: String(f.rejected), unit: '件', hint: c.rejected.definition },
    {
      label: c.avgHandleHours.label,
      value: f.avgHandleHours === null ? '—' : fmt(f.avgHandleHours),
      unit: '小时',
      hint: c.avgHandleHours.definition,
    },
  ];
}

/** 小事不出网格 (closed at grid level) and 大事不出社区 (at grid or community level), over all 办结. */
export function levelClaims(f: Figures): { label: string; value: string; formula: string }[] {
  const { grid, community } = f.levels;
  const resolved = grid.denominator;
  const inCommunity = grid.numerator + community.numerator;
  const share = (n: number): Ratio => ({ value: resolved ? n / resolved : null, numerator: n, denominator: resolved });
  return [
    {
      label: '小事不出网格',
      value: pct(share(grid.numerator)),
      formula: `网格办结 ${grid.numerator} 件 ÷ 办结 ${resolved} 件`,
    },
    {
      label: '大事不出社区',
      value: pct(share(inCommunity)),
      formula: `网格和社区办结 ${inCommunity} 件 ÷ 办结 ${resolved} 件`,
    },
  ];
}

const LEVELS: Level[] = ['grid', 'community', 'street'];

/** The child nodes' word: a street's are communities, a community's are grids. */
export function childWord(d: StatsDashboard): string {
  return d.org.type === 'street' ? '社区' : '网格';
}

export function trendSpec(d: StatsDashboard): ChartSpec {
  return {
    kind: 'line',
    title: d.period.kind === 'year' ? '每月受理与办结' : '每日受理与办结',
    categories: d.trend.map((t) => t.label),
    series: [
      { name: '受理', data: d.trend.map((t) => t.figures.received) },
      { name: '办结', data: d.trend.map((t) => t.figures.resolved) },
    ],
    unit: '件',
    categoryHead: d.period.kind === 'year' ? '月份' : '日期',
  };
}

export function childrenSpec(d: StatsDashboard): ChartSpec {
  const word = childWord(d);
  return {
    kind: 'bar',
    title: `各${word}受理与办结`,
    categories: d.children.map((c) => c.name),
    series: [
      { name: '受理', data: d.children.map((c) => c.figures.received) },
      { name: '办结', data: d.children.map((c) => c.figures.resolved) },
    ],
    unit: '件',
    categoryHead: word,
  };
}

export function levelSpec(d: StatsDashboard): ChartSpec {
  return {
    kind: 'ring',
    title: '在哪一级办结',
    categories: LEVELS.map((l) => LEVEL_LABELS[l]),
    series: [{ name: '办结', data: LEVELS.map((l) => d.figures.levels[l].numerator) }],
    unit: '件',
    categoryHead: '办结层级',
    colours: [TOKENS.ok, TOKENS.info, TOKENS.warn],
  };
}

export function sourceTable(f: Figures): Table {
  return {
    head: ['来源', '受理（件）'],
    rows: TICKET_SOURCES.map((s) => [TICKET_SOURCE_LABELS[s], String(f.sources[s])]),
  };
}

export interface Ranking {
  key: RankedMetric;
  title: string;
  denominator: string;
  table: Table;
}

function rankTable(rows: RankRow[], nameHead: string, label: string): Table {
  return {
    head: ['名次', nameHead, `${label}`, '分子 / 分母'],
    rows: rows.map((r) => [String(r.rank), r.name, pct(r.ratio), `${r.ratio.numerator} / ${r.ratio.denominator}`]),
  };
}

/** The children's ranking tables, one per ranked metric (none on a grid's dashboard: it has no children). */
export function childRankings(d: StatsDashboard): Ranking[] {
  if (!d.children.length) return [];
  const word = childWord(d);
  return RANKED_METRICS.map((key) => ({
    key,
    title: `${word}排名：${METRIC_DEFINITIONS[key].label}`,
    denominator: `分母：${METRIC_DEFINITIONS[key].denominator}`,
    table: rankTable(d.rankings.children[key], word, METRIC_DEFINITIONS[key].label),
  }));
}

/** The grid workers' 量化考核 tables, only where the contract returns them (a community's or the street's). */
export function workerRankings(d: StatsDashboard): Ranking[] {
  const w = d.rankings.workers;
  if (!w || !w.rows.length) return [];
  return RANKED_METRICS.map((key) => ({
    key,
    title: `网格员排名：${WORKER_METRIC_DEFINITIONS[key].label}`,
    denominator: `分母：${WORKER_METRIC_DEFINITIONS[key].denominator}`,
    table: rankTable(w.ranks[key], '网格员', WORKER_METRIC_DEFINITIONS[key].label),
  }));
}
