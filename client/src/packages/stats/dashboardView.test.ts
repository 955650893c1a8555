import {
  childRankings,
  childrenSpec,
  levelClaims,
  levelSpec,
  pct,
  rateLines,
  trendSpec,
  workerRankings,
} from './dashboardView';
import { tableOf } from './components/chartData';
import { gridDashboard, streetDashboard } from './testing/dashboard';

describe('each rate says what it divides', () => {
  const lines = rateLines(streetDashboard().figures);

  it('办结率 = 办结 ÷ 应办结, with both counts and the denominator in words', () => {
    expect(lines.find((l) => l.key === 'closeRate')).toEqual({
      key: 'closeRate',
      label: '办结率',
      value: '94.7%',
      formula: '办结 36 件 ÷ 应办结 38 件',
      denominator:
        '分母：应办结：本期到期未办结（超期）的诉求，加上本期在时限内办结的诉求；往月超期、本月办结的计入本月',
    });
  });

  it('满意率 counts 满意 and 基本满意 over those rated', () => {
    const l = lines.find((x) => x.key === 'satisfactionRate');
    expect(l?.formula).toBe('满意 + 基本满意 23 件 ÷ 已评价 24 件');
    expect(l?.value).toBe('95.8%');
  });

  it('all six rates, in the contract’s order', () => {
    expect(lines.map((l) => l.label)).toEqual(['办结率', '按期办结率', '响应率', '解决率', '满意率', '反弹率']);
  });

  it('a rate with nothing in its denominator reads —, not 0%', () => {
    expect(pct({ value: null, numerator: 0, denominator: 0 })).toBe('—');
  });
});

describe('where things were solved', () => {
  it('小事不出网格 is the grid’s share of 办结; 大事不出社区 adds the community’s', () => {
    expect(levelClaims(streetDashboard().figures)).toEqual([
      { label: '小事不出网格', value: '75%', formula: '网格办结 27 件 ÷ 办结 36 件' },
      { label: '大事不出社区', value: '94.4%', formula: '网格和社区办结 34 件 ÷ 办结 36 件' },
    ]);
  });

  it('the ring’s table holds the same counts per level', () => {
    expect(tableOf(levelSpec(streetDashboard())).rows).toEqual([
      ['网格', '27', '75'],
      ['社区', '7', '19.4'],
      ['街道', '2', '5.6'],
    ]);
  });
});

describe('charts of the dashboard', () => {
  it('the trend has 受理 and 办结 per day', () => {
    const s = trendSpec(streetDashboard());
    expect(s).toMatchObject({ kind: 'line', title: '每日受理与办结', categories: ['11-01', '11-02', '11-03'] });
    expect(s.series).toEqual([
      { name: '受理', data: [12, 18, 10] },
      { name: '办结', data: [10, 16, 10] },
    ]);
  });

  it('a year’s trend is by month', () => {
    const d = streetDashboard({ period: { kind: 'year', key: '2026', label: '2026年' } });
    expect(trendSpec(d)).toMatchObject({ title: '每月受理与办结', categoryHead: '月份' });
  });

  it('the street’s bars are its communities', () => {
    expect(tableOf(childrenSpec(streetDashboard()))).toEqual({
      head: ['社区', '受理（件）', '办结（件）'],
      rows: [
        ['凤凰城社区', '25', '22'],
        ['锦绣社区', '15', '14'],
      ],
    });
  });
});

describe('rankings', () => {
  it('ranks the communities by 响应率, 按期办结率 and 满意率, each with its parts', () => {
    const r = childRankings(streetDashboard());
    expect(r.map((x) => x.title)).toEqual(['社区排名：响应率', '社区排名：按期办结率', '社区排名：满意率']);
    expect(r[0].table).toEqual({
      head: ['名次', '社区', '响应率', '分子 / 分母'],
      rows: [
        ['1', '凤凰城社区', '96.3%', '26 / 27'],
        ['2', '锦绣社区', '82.4%', '14 / 17'],
      ],
    });
  });

  it('grid workers are ranked only where the answer has them; a grid has neither ranking', () => {
    expect(workerRankings(streetDashboard())[0].table.rows).toEqual([['1', '李网格', '95%', '19 / 20']]);
    expect(workerRankings(gridDashboard())).toEqual([]);
    expect(childRankings(gridDashboard())).toEqual([]);
  });
});
