/**
 * What a chart shows, as data: the same spec draws the canvas (uCharts' options) and fills the table
 * beside it, so the two can never disagree. Pure, so jsdom (which draws no canvas) tests it.
 */
import { SERIES_COLOURS, TOKENS } from '../palette';

/** a line over time, bars across (names down the side: they hold at 320 px), a ring of shares */
export type ChartKind = 'line' | 'bar' | 'ring';

export interface ChartSeries {
  name: string;
  data: number[];
}

export interface ChartSpec {
  kind: ChartKind;
  /** what the chart shows: the section's title, the canvas's accessible name, the table's caption */
  title: string;
  /** the x axis (a line, columns) or the slices (a ring) */
  categories: string[];
  series: ChartSeries[];
  /** what one value counts */
  unit: '件' | '%';
  /** the table's first column: 日期, 社区, 网格, 办结层级 */
  categoryHead: string;
  colours?: string[];
}

export interface Table {
  head: string[];
  rows: string[][];
}

/** One decimal at most, the way the dashboard prints shares (98.5, 100). */
export const fmt = (n: number) => String(Math.round(n * 10) / 10);

export function isEmpty(spec: ChartSpec): boolean {
  return !spec.categories.length || spec.series.every((s) => s.data.every((v) => !v));
}

/** The table beside the chart: a row per category, a column per series (a ring adds each slice's share). */
export function tableOf(spec: ChartSpec): Table {
  if (spec.kind === 'ring') {
    const data = spec.series[0]?.data ?? [];
    const total = data.reduce((a, b) => a + b, 0);
    return {
      head: [spec.categoryHead, `${spec.series[0]?.name ?? '数量'}（${spec.unit}）`, '占比（%）'],
      rows: spec.categories.map((c, i) => [c, fmt(data[i] ?? 0), total ? fmt(((data[i] ?? 0) / total) * 100) : '0']),
    };
  }
  return {
    head: [spec.categoryHead, ...spec.series.map((s) => `${s.name}（${spec.unit}）`)],
    rows: spec.categories.map((c, i) => [c, ...spec.series.map((s) => fmt(s.data[i] ?? 0))]),
  };
}

/** A sentence for screen readers, in place of the picture: the title and the extremes. */
export function chartSummary(spec: ChartSpec): string {
  if (isEmpty(spec)) return `${spec.title}：暂无数据`;
  const s = spec.series[0];
  const max = Math.max(...s.data);
  const at = spec.categories[s.data.indexOf(max)];
  return `${spec.title}：${s.name}最高为${at} ${fmt(max)}${spec.unit}，详见下表`;
}

export interface CanvasSize {
  /** device pixels: the canvas's CSS size times the pixel ratio */
  width: number;
  height: number;
  pixelRatio: number;
}

/** Text on the canvas in CSS pixels (uCharts multiplies by the pixel ratio): the app's smallest line. */
const FONT = 14;
/** Beyond this many categories the labels on the x axis are thinned and the values left to the table. */
const CROWDED = 8;

/** Four steps on the value axis, each a whole number of 件 (uCharts would print 1.60 件 otherwise). */
const STEPS = 4;
export function axisMax(spec: ChartSpec): number {
  if (spec.unit === '%') return 100;
  const top = Math.max(0, ...spec.series.flatMap((s) => s.data));
  return Math.max(STEPS, Math.ceil(top / STEPS) * STEPS);
}

/** The canvas's height on the 750-wide design: bars grow with their rows, so names never squeeze. */
export function designHeight(spec: ChartSpec): number {
  return spec.kind === 'bar' ? Math.max(440, 120 + spec.categories.length * 36 * Math.max(1, spec.series.length)) : 440;
}

function valueAxis(spec: ChartSpec) {
  return { min: 0, max: axisMax(spec), splitNumber: STEPS, fontSize: FONT, fontColor: TOKENS.text2 };
}

function barOptions(spec: ChartSpec) {
  const v = valueAxis(spec);
  return {
    xAxis: { ...v, boundaryGap: 'justify', gridType: 'dash', gridColor: TOKENS.line, axisLineColor: TOKENS.line },
    yAxis: { disableGrid: true, fontSize: FONT, fontColor: TOKENS.text, splitNumber: STEPS },
    dataLabel: spec.categories.length <= 12,
    extra: { bar: { type: 'group', width: 14, seriesGap: 2, categoryGap: 6 } },
  };
}

function lineOptions(spec: ChartSpec) {
  const crowded = spec.categories.length > CROWDED;
  return {
    xAxis: {
      disableGrid: true,
      fontSize: FONT,
      fontColor: TOKENS.text2,
      axisLineColor: TOKENS.line,
      ...(crowded ? { labelCount: 6 } : {}),
    },
    yAxis: { gridType: 'dash', gridColor: TOKENS.line, splitNumber: STEPS, data: [valueAxis(spec)] },
    dataLabel: false,
    dataPointShape: spec.categories.length <= 12,
    extra: { line: { type: 'straight', width: 2 } },
  };
}

function ringOptions(spec: ChartSpec) {
  const data = spec.series[0]?.data ?? [];
  const total = data.reduce((a, b) => a + b, 0);
  const slices = spec.categories.map((name, i) => ({ name, value: data[i] ?? 0 }));
  return {
    // an empty slice would only add a "0%" label over its neighbour: the table lists it
    series: [{ data: slices.filter((x) => x.value > 0) }],
    title: { name: fmt(total), fontSize: 22, color: TOKENS.text },
    subtitle: { name: spec.unit, fontSize: FONT, color: TOKENS.text2 },
    dataLabel: true,
    extra: {
      ring: { ringWidth: 22, activeRadius: 0, offsetAngle: -90, labelWidth: 12, border: true, borderColor: '#FFFFFF' },
    },
  };
}

/** uCharts' options for a spec on a canvas of `size`, drawn at once (no animation: the table is there to read). */
export function chartOptions(spec: ChartSpec, size: CanvasSize, context: unknown): Record<string, unknown> {
  const common = {
    type: spec.kind,
    context,
    width: size.width,
    height: size.height,
    pixelRatio: size.pixelRatio,
    categories: spec.categories,
    color: spec.colours ?? SERIES_COLOURS,
    animation: false,
    background: '#FFFFFF',
    fontSize: FONT,
    fontColor: TOKENS.text2,
    padding: [16, 12, 8, 4],
    legend: { show: spec.kind === 'ring' || spec.series.length > 1, fontSize: FONT, fontColor: TOKENS.text2 },
  };
  if (spec.kind === 'ring') return { ...common, ...ringOptions(spec) };
  const series = spec.series.map((s) => ({ name: s.name, data: s.data }));
  return { ...common, series, ...(spec.kind === 'bar' ? barOptions(spec) : lineOptions(spec)) };
}
