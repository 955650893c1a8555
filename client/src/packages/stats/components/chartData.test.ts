import { axisMax, chartOptions, chartSummary, designHeight, isEmpty, tableOf, type ChartSpec } from './chartData';

const trend: ChartSpec = {
  kind: 'line',
  title: '每日受理量',
  categories: ['11-01', '11-02', '11-03'],
  series: [
    { name: '受理', data: [4, 7, 2] },
    { name: '办结', data: [3, 6, 2.25] },
  ],
  unit: '件',
  categoryHead: '日期',
};
const levels: ChartSpec = {
  kind: 'ring',
  title: '办结层级',
  categories: ['网格', '社区', '街道'],
  series: [{ name: '办结', data: [30, 8, 2] }],
  unit: '件',
  categoryHead: '办结层级',
};
const size = { width: 690, height: 440, pixelRatio: 2 };

describe('the table beside a chart', () => {
  it('has a row per category and a column per series, with the unit in the head', () => {
    expect(tableOf(trend)).toEqual({
      head: ['日期', '受理（件）', '办结（件）'],
      rows: [
        ['11-01', '4', '3'],
        ['11-02', '7', '6'],
        ['11-03', '2', '2.3'],
      ],
    });
  });

  it('gives a ring each slice’s count and its share of the whole', () => {
    expect(tableOf(levels)).toEqual({
      head: ['办结层级', '办结（件）', '占比（%）'],
      rows: [
        ['网格', '30', '75'],
        ['社区', '8', '20'],
        ['街道', '2', '5'],
      ],
    });
  });

  it('says 0 % for every slice of an empty ring rather than dividing by nothing', () => {
    const none = { ...levels, series: [{ name: '办结', data: [0, 0, 0] }] };
    expect(tableOf(none).rows.map((r) => r[2])).toEqual(['0', '0', '0']);
    expect(isEmpty(none)).toBe(true);
  });
});

describe('uCharts options from a spec', () => {
  it('passes the categories and series through unchanged, at the canvas size and pixel ratio', () => {
    const ctx = {};
    const o = chartOptions(trend, size, ctx);
    expect(o).toMatchObject({
      type: 'line',
      context: ctx,
      width: 690,
      height: 440,
      pixelRatio: 2,
      animation: false,
      categories: trend.categories,
      series: [
        { name: '受理', data: [4, 7, 2] },
        { name: '办结', data: [3, 6, 2.25] },
      ],
    });
    expect((o.legend as { show: boolean }).show).toBe(true);
  });

  it('turns a ring’s slices into uCharts’ name/value pairs and prints the total in the middle', () => {
    const o = chartOptions(levels, size, {});
    expect(o.series).toEqual([
      {
        data: [
          { name: '网格', value: 30 },
          { name: '社区', value: 8 },
          { name: '街道', value: 2 },
        ],
      },
    ]);
    expect(o.title).toMatchObject({ name: '40' });
  });

  it('leaves an empty slice out of the ring (the table still lists it)', () => {
    const o = chartOptions({ ...levels, series: [{ name: '办结', data: [4, 0, 0] }] }, size, {});
    expect(o.series).toEqual([{ data: [{ name: '网格', value: 4 }] }]);
  });

  it('fixes a share axis at 0–100 and thins a crowded x axis, leaving the values to the table', () => {
    const month = {
      ...trend,
      unit: '%' as const,
      categories: Array.from({ length: 30 }, (_, i) => `11-${i + 1}`),
      series: [{ name: '办结率', data: Array.from({ length: 30 }, () => 90) }],
    };
    const o = chartOptions(month, size, {});
    expect((o.yAxis as { data: object[] }).data[0]).toMatchObject({ min: 0, max: 100 });
    expect(o.xAxis).toMatchObject({ labelCount: 6 });
    expect(o.dataLabel).toBe(false);
  });

  it('counts step in whole 件: the axis tops out at the next multiple of four', () => {
    expect(axisMax(trend)).toBe(8);
    expect(axisMax({ ...trend, series: [{ name: '受理', data: [0, 1] }] })).toBe(4);
    expect((chartOptions(trend, size, {}).yAxis as { data: object[] }).data[0]).toMatchObject({
      min: 0,
      max: 8,
      splitNumber: 4,
    });
  });

  it('draws bars across with the names down the side, the value axis along the bottom, taller with more rows', () => {
    const bars = {
      ...trend,
      kind: 'bar' as const,
      categories: ['凤凰城社区', '锦绣社区'],
      series: [{ name: '受理', data: [7, 3] }],
    };
    const o = chartOptions(bars, size, {});
    expect(o).toMatchObject({ type: 'bar', dataLabel: true, xAxis: { min: 0, max: 8, splitNumber: 4 } });
    const many = {
      ...bars,
      categories: Array.from({ length: 10 }, (_, i) => `社区${i}`),
      series: [trend.series[0], trend.series[1]],
    };
    expect(designHeight(many)).toBeGreaterThan(designHeight(bars));
    expect(designHeight(bars)).toBe(440);
  });
});

describe('the summary a screen reader says', () => {
  it('names the highest point and points to the table', () => {
    expect(chartSummary(trend)).toBe('每日受理量：受理最高为11-02 7件，详见下表');
  });
  it('says when there is nothing to show', () => {
    expect(chartSummary({ ...trend, series: [{ name: '受理', data: [0, 0, 0] }] })).toBe('每日受理量：暂无数据');
    expect(isEmpty({ ...trend, categories: [] })).toBe(true);
  });
});
