/**
 * The monthly report's (月度通报) sheets, laid out from dashboards: 汇总 (the node's figures with
 * numerator and denominator), 排名 (the children and the grid workers by 响应率, 按期办结率, 满意率),
 * 社区 and 网格 (one row per node), 指标说明 (the definitions of types/stats.ts, word for word). Every
 * figure is a dashboard's own value, never recomputed here, so the file cannot disagree with the
 * screen. Pure: the action writes the result with write-excel-file.
 */
import {
  COUNT_METRICS,
  cstMinute,
  type Figures,
  LEVEL_LABELS,
  LEVEL_SHARE_DEFINITION,
  LEVELS,
  METRIC_DEFINITIONS,
  RANKED_METRICS,
  RATE_METRICS,
  type Ratio,
  type StatsDashboard,
  type StatsRow,
  TICKET_SOURCE_LABELS,
  TICKET_SOURCES,
  WORKER_METRIC_DEFINITIONS,
  WORKER_METRICS,
} from '@lx/types';
import type { Cell, SheetData } from 'write-excel-file/node';

export const SHEETS = {
  summary: '汇总',
  rankings: '排名',
  communities: '社区',
  grids: '网格',
  definitions: '指标说明',
};

/** What no denominator gives: shown, never a zero that reads as a real 0%. */
export const NONE = '—';
const bold = (value: string): Cell => ({ value, fontWeight: 'bold' });
const percent = (r: Ratio): Cell => (r.value === null ? NONE : { value: r.value, format: '0.00%' });
const hours = (h: number | null): Cell => (h === null ? NONE : { value: h, format: '0.0' });

/** One column of the per-node sheets: its header and its cell from the node's figures. */
interface FigureColumn {
  header: string;
  cell: (f: Figures) => Cell;
}
export const FIGURE_COLUMNS: FigureColumn[] = [
  { header: COUNT_METRICS.received.label, cell: (f) => f.received },
  { header: COUNT_METRICS.resolved.label, cell: (f) => f.resolved },
  ...RATE_METRICS.map((m) => ({ header: METRIC_DEFINITIONS[m].label, cell: (f: Figures) => percent(f.rates[m]) })),
  { header: `${COUNT_METRICS.avgHandleHours.label}（小时）`, cell: (f) => hours(f.avgHandleHours) },
  { header: COUNT_METRICS.overdue.label, cell: (f) => f.overdue },
  { header: COUNT_METRICS.rejected.label, cell: (f) => f.rejected },
  ...LEVELS.map((l) => ({ header: `${LEVEL_LABELS[l]}办结占比`, cell: (f: Figures) => percent(f.levels[l]) })),
  ...TICKET_SOURCES.map((s) => ({ header: TICKET_SOURCE_LABELS[s], cell: (f: Figures) => f.sources[s] })),
];

function summary(d: StatsDashboard, generatedAt: number): SheetData {
  const count = (label: string, n: number): Cell[] => [label, n, null, null];
  const rate = (label: string, r: Ratio, how: string): Cell[] => [label, percent(r), r.numerator, r.denominator, how];
  const f = d.figures;
  return [
    [bold(`${d.org.name}${d.period.label}月度通报`)],
    [`生成时间：${cstMinute(generatedAt)}（北京时间）`],
    [],
    ['指标', '数值', '分子', '分母', '口径'].map(bold),
    count(COUNT_METRICS.received.label, f.received),
    count(COUNT_METRICS.resolved.label, f.resolved),
    ...RATE_METRICS.map((m) => rate(METRIC_DEFINITIONS[m].label, f.rates[m], METRIC_DEFINITIONS[m].definition)),
    [`${COUNT_METRICS.avgHandleHours.label}（小时）`, hours(f.avgHandleHours), null, null],
    count(COUNT_METRICS.overdue.label, f.overdue),
    count(COUNT_METRICS.rejected.label, f.rejected),
    ...LEVELS.map((l) => rate(`${LEVEL_LABELS[l]}办结占比`, f.levels[l], '本级办结 ÷ 办结')),
    ...TICKET_SOURCES.map((s) => count(`来源：${TICKET_SOURCE_LABELS[s]}`, f.sources[s])),
  ];
}

function rankings(d: StatsDashboard): SheetData {
  const childKind = d.org.type === 'street' ? '社区' : '网格';
  const rows: SheetData = [['对象', '指标', '名次', '名称', '数值', '分子', '分母'].map(bold)];
  for (const m of RANKED_METRICS) {
    for (const r of d.rankings.children[m]) {
      rows.push([
        childKind,
        METRIC_DEFINITIONS[m].label,
        r.rank,
        r.name,
        percent(r.ratio),
        r.ratio.numerator,
        r.ratio.denominator,
      ]);
    }
  }
  const workers = d.rankings.workers;
  for (const m of workers ? WORKER_METRICS : []) {
    for (const r of workers!.ranks[m]) {
      rows.push([
        '网格员',
        WORKER_METRIC_DEFINITIONS[m].label,
        r.rank,
        r.name,
        percent(r.ratio),
        r.ratio.numerator,
        r.ratio.denominator,
      ]);
    }
  }
  return rows;
}

function perNode(first: string[], rows: { lead: Cell[]; figures: Figures }[]): SheetData {
  return [
    [...first, ...FIGURE_COLUMNS.map((c) => c.header)].map(bold),
    ...rows.map((r) => [...r.lead, ...FIGURE_COLUMNS.map((c) => c.cell(r.figures))]),
  ];
}

function definitions(): SheetData {
  return [
    ['指标', '计算方法', '分子', '分母'].map(bold),
    ...RATE_METRICS.map((m) => {
      const x = METRIC_DEFINITIONS[m];
      return [x.label, x.definition, x.numerator, x.denominator];
    }),
    ...Object.values(COUNT_METRICS).map((x) => [x.label, x.definition, null, null]),
    ['办结层级占比', LEVEL_SHARE_DEFINITION, null, null],
    ...WORKER_METRICS.map((m) => {
      const x = WORKER_METRIC_DEFINITIONS[m];
      return [`网格员${x.label}`, x.definition, x.numerator, x.denominator];
    }),
    [],
    [`数值为“${NONE}”：分母为 0，本期没有可计算的诉求。`],
  ];
}

export interface ReportInput {
  /** the dashboard of the street or community the report is of */
  top: StatsDashboard;
  /** a street's communities (its dashboard's children), or the one community itself */
  communities: StatsRow[];
  /** every grid, with its community's name (each community dashboard's children) */
  grids: (StatsRow & { communityName: string })[];
  generatedAt: number;
}

export interface ReportSheet {
  sheet: string;
  data: SheetData;
  columns: { width: number }[];
}

const widths = (...w: number[]) => w.map((width) => ({ width }));
const figureWidths = FIGURE_COLUMNS.map(() => 12);

/** The report's sheets in their order. */
export function reportSheets(r: ReportInput): ReportSheet[] {
  return [
    { sheet: SHEETS.summary, data: summary(r.top, r.generatedAt), columns: widths(22, 12, 10, 10, 30) },
    { sheet: SHEETS.rankings, data: rankings(r.top), columns: widths(8, 12, 6, 22, 10, 8, 8) },
    {
      sheet: SHEETS.communities,
      data: perNode(
        ['社区'],
        r.communities.map((c) => ({ lead: [c.name], figures: c.figures })),
      ),
      columns: widths(16, ...figureWidths),
    },
    {
      sheet: SHEETS.grids,
      data: perNode(
        ['社区', '网格'],
        r.grids.map((g) => ({ lead: [g.communityName, g.name], figures: g.figures })),
      ),
      columns: widths(16, 20, ...figureWidths),
    },
    { sheet: SHEETS.definitions, data: definitions(), columns: widths(16, 26, 40, 50) },
  ];
}
