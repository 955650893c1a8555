/**
 * The compiled stats subpackage: 统计看板 renders stats.dashboard's answer (figures with their
 * denominators, the tables beside the charts, rankings) and asks again for the period tapped; the
 * chart library ships in the stats subpackage only, and the subpackage keeps its 500 KB budget.
 */
const fs = require('node:fs');
const path = require('node:path');
const { DIST, assertBuilt, bootForFile, until, text, tapText } = require('./harness');
const { homeAddress, UNKNOWN_ACTION } = require('../test-fixtures');

jest.setTimeout(20000);

const streetStaff = {
  id: 'u-street',
  nickname: '刘建国',
  roles: [{ role: 'streetStaff', orgId: 's1', orgName: '九州路街道办事处' }],
  address: homeAddress(),
};

const ratio = (numerator, denominator) => ({
  value: denominator ? numerator / denominator : null,
  numerator,
  denominator,
});
/** Figures the way types/stats.ts figuresOf shapes them. */
function figures(received, resolved, due) {
  return {
    received,
    resolved,
    overdue: 1,
    rejected: 0,
    avgHandleHours: 12,
    rates: {
      closeRate: ratio(resolved, due),
      onTimeRate: ratio(resolved - 1, due),
      responseRate: ratio(received - 1, received),
      solveRate: ratio(resolved, resolved),
      satisfactionRate: ratio(3, 4),
      reopenRate: ratio(0, resolved),
    },
    levels: { grid: ratio(resolved - 1, resolved), community: ratio(1, resolved), street: ratio(0, resolved) },
    sources: { resident: received - 2, patrol: 2, visit: 0, phone: 0 },
  };
}
const children = [
  { id: 'c1', name: '凤凰城社区', figures: figures(7, 5, 6) },
  { id: 'c2', name: '鹤翔社区', figures: figures(4, 3, 3) },
];
const rank = (metric) =>
  children.map((c, i) => ({ id: c.id, name: c.name, rank: i + 1, ratio: c.figures.rates[metric] }));

function dashboard(period) {
  const year = period === '2026';
  return {
    org: { id: 's1', name: '九州路街道办事处', type: 'street' },
    period: year
      ? { kind: 'year', key: '2026', label: '2026年' }
      : { kind: 'month', key: '2026-11', label: '2026年11月' },
    choices: [
      { key: '2026-11', label: '本月' },
      { key: '2026-10', label: '上月' },
      { key: '2026', label: '本年' },
    ],
    figures: figures(11, 8, 9),
    trend: [
      { key: '2026-11-01', label: '1日', figures: figures(8, 6, 6) },
      { key: '2026-11-02', label: '2日', figures: figures(3, 2, 3) },
    ],
    children,
    categories: [],
    rankings: {
      children: {
        responseRate: rank('responseRate'),
        onTimeRate: rank('onTimeRate'),
        satisfactionRate: rank('satisfactionRate'),
      },
    },
  };
}

function backend(name, action, payload) {
  if (name === 'org' && action === 'me') return { ok: true, data: streetStaff };
  if (name === 'stats' && action === 'dashboard') return { ok: true, data: dashboard(payload.period) };
  return UNKNOWN_ACTION;
}

const env = bootForFile({ backend });
const DASHBOARD = 'packages/stats/pages/dashboard/index';

function files(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}
const UCHARTS = /\[uCharts\]/;

describe('统计看板 (compiled)', () => {
  it('shows the street’s figures with their denominators, the charts’ tables and the ranking', async () => {
    const page = env.openPage(DASHBOARD);
    await until(() => expect(text(page)).toContain('九州路街道办事处'));
    const shown = text(page);
    expect(shown).toContain('2026年11月');
    expect(shown).toContain('办结 8 件 ÷ 应办结 9 件');
    expect(shown).toContain('分母：应办结');
    expect(shown).toContain('每日受理与办结');
    expect(shown).toContain('各社区受理与办结');
    expect(shown).toContain('社区排名：按期办结率');
    expect(shown).toContain('小事不出网格');
    expect(shown).toContain('导出月报');
    expect(env.calls).toContainEqual({ name: 'stats', action: 'dashboard', payload: {} });
  });

  it('asks for 本年 when it is tapped', async () => {
    const page = env.openPage(DASHBOARD);
    await until(() => expect(text(page)).toContain('2026年11月'));
    tapText(page, '本年');
    await until(() => expect(text(page)).toContain('每月受理与办结'));
    expect(env.calls).toContainEqual({ name: 'stats', action: 'dashboard', payload: { period: '2026' } });
  });
});

describe('the stats subpackage in dist/weapp', () => {
  beforeAll(assertBuilt);

  it('carries the chart library, and the main package does not', () => {
    const js = files(DIST).filter((f) => f.endsWith('.js'));
    const withCharts = js.filter((f) => UCHARTS.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(DIST, f));
    expect(withCharts.length).toBeGreaterThan(0);
    expect(withCharts.filter((f) => !f.startsWith(`packages${path.sep}stats${path.sep}`))).toEqual([]);
  });

  it('keeps within its 500 KB budget', () => {
    const bytes = files(path.join(DIST, 'packages', 'stats')).reduce((sum, f) => sum + fs.statSync(f).size, 0);
    expect(bytes).toBeLessThanOrEqual(500 * 1024);
  });
});
