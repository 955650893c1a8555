/**
 * Dashboards shaped like the stats function's answers, for client tests: figures come from counts
 * through the contract's own figuresOf, so the rates and their parts are consistent.
 */
import {
  type Counts,
  figuresOf,
  type RankRow,
  rankBy,
  type StatsDashboard,
  type StatsRow,
  workerRateOf,
  type WorkerRow,
} from '@lx/types';

export const streetCounts: Counts = {
  filed: 40,
  src_resident: 30,
  src_patrol: 6,
  src_visit: 3,
  src_phone: 1,
  rejected: 2,
  arrived: 44,
  responded: 42,
  respondedOnTime: 40,
  resolved: 36,
  resolvedOnTime: 33,
  byGrid: 27,
  byCommunity: 7,
  byStreet: 2,
  handleMs: 36 * 20 * 3_600_000,
  due: 38,
  overdue: 3,
  solved: 35,
  closed: 30,
  reopened: 1,
  rated: 24,
  satisfied: 20,
  basic: 3,
  unsatisfied: 1,
};

const row = (id: string, name: string, c: Counts): StatsRow => ({ id, name, figures: figuresOf(c) });
const ranks = (rows: StatsRow[], metric: 'responseRate' | 'onTimeRate' | 'satisfactionRate'): RankRow[] =>
  rankBy(rows, (r) => r.figures.rates[metric]).map((r) => ({
    id: r.id,
    name: r.name,
    rank: r.rank,
    ratio: r.figures.rates[metric],
  }));

const communities = [
  row('c1', '凤凰城社区', {
    filed: 25,
    resolved: 22,
    due: 23,
    resolvedOnTime: 21,
    arrived: 27,
    respondedOnTime: 26,
    rated: 15,
    satisfied: 14,
  }),
  row('c2', '锦绣社区', {
    filed: 15,
    resolved: 14,
    due: 15,
    resolvedOnTime: 12,
    arrived: 17,
    respondedOnTime: 14,
    rated: 9,
    satisfied: 7,
    basic: 1,
  }),
];

const workerCounts: Counts = {
  responded: 20,
  respondedOnTime: 19,
  resolved: 18,
  resolvedOnTime: 17,
  rated: 10,
  satisfied: 9,
};
const worker: WorkerRow = {
  id: 'u-grid',
  name: '李网格',
  rates: {
    responseRate: workerRateOf.responseRate(workerCounts),
    onTimeRate: workerRateOf.onTimeRate(workerCounts),
    satisfactionRate: workerRateOf.satisfactionRate(workerCounts),
  },
  responded: 20,
  resolved: 18,
  rated: 10,
};
const workerRank = (m: 'responseRate' | 'onTimeRate' | 'satisfactionRate'): RankRow[] => [
  { id: worker.id, name: worker.name, rank: 1, ratio: worker.rates[m] },
];

export function streetDashboard(over: Partial<StatsDashboard> = {}): StatsDashboard {
  return {
    org: { id: 's1', name: '九州路街道办事处', type: 'street' },
    period: { kind: 'month', key: '2026-11', label: '2026年11月' },
    choices: [
      { key: '2026-11', label: '本月' },
      { key: '2026-10', label: '上月' },
      { key: '2026', label: '本年' },
    ],
    figures: figuresOf(streetCounts),
    trend: [
      { key: '2026-11-01', label: '11-01', figures: figuresOf({ filed: 12, resolved: 10 }) },
      { key: '2026-11-02', label: '11-02', figures: figuresOf({ filed: 18, resolved: 16 }) },
      { key: '2026-11-03', label: '11-03', figures: figuresOf({ filed: 10, resolved: 10 }) },
    ],
    children: communities,
    categories: [],
    rankings: {
      children: {
        responseRate: ranks(communities, 'responseRate'),
        onTimeRate: ranks(communities, 'onTimeRate'),
        satisfactionRate: ranks(communities, 'satisfactionRate'),
      },
      workers: {
        rows: [worker],
        ranks: {
          responseRate: workerRank('responseRate'),
          onTimeRate: workerRank('onTimeRate'),
          satisfactionRate: workerRank('satisfactionRate'),
        },
      },
    },
    ...over,
  };
}

/** A grid's dashboard: no children, no rankings of workers. */
export function gridDashboard(): StatsDashboard {
  const d = streetDashboard();
  return {
    ...d,
    org: { id: 'g1', name: '凤凰城社区第一网格', type: 'grid' },
    figures: figuresOf({ ...streetCounts, filed: 9, resolved: 8, due: 8 }),
    children: [],
    rankings: { children: { responseRate: [], onTimeRate: [], satisfactionRate: [] } },
  };
}
