/**
 * The monthly report (stats.export) through the real handler: the file lands in storage, is read
 * back with read-excel-file, and every figure in it equals the dashboard's for the same node and
 * period (the street's, each community's); scope, a malformed period, retries and the rate limit.
 */
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import {
  cstMonth,
  type Figures,
  METRIC_DEFINITIONS,
  PERIOD_MESSAGES,
  RATE_METRICS,
  type Ratio,
  type ReportFile,
  type StatsDashboard,
  WORKER_METRIC_DEFINITIONS,
  WORKER_METRICS,
} from '@lx/types';
import { DEMO_COMMUNITY_ID } from '@emulator/seed/build';
import { clock, expectOk, SEED_NOW, setupCloud } from '../test-support/cloud';
import { main } from './index';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const MONTH = cstMonth(SEED_NOW);
type Rows = (string | number | boolean | null)[][];

beforeEach(() => {
  clock.set(SEED_NOW + 60_000);
  cloud.forgetLimits();
});

const exportAs = (who: string, payload: Record<string, unknown>) => cloud.call(main, 'stats', 'export', payload, who);
const dashboardOf = async (who: string, orgId?: string) =>
  expectOk(await cloud.call(main, 'stats', 'dashboard', { period: MONTH, ...(orgId ? { orgId } : {}) }, who));

async function sheetsOf(file: ReportFile): Promise<Map<string, Rows>> {
  const path = cloud.emu.storage.pathOf(file.fileID);
  if (!path) throw new Error(`no stored file for ${file.fileID}`);
  const sheets = await readXlsxFile(readFileSync(path));
  return new Map(sheets.map((s) => [s.sheet, s.data as Rows]));
}

/** what a cell must hold for a ratio: its value, or — when nothing is in the denominator */
const shown = (r: Ratio) => r.value ?? '—';
/** a per-node sheet's rows by their name column, as header → cell */
function byName(rows: Rows, nameCol: number): Map<string, Record<string, unknown>> {
  const [head, ...body] = rows;
  return new Map(body.map((r) => [String(r[nameCol]), Object.fromEntries(head.map((h, i) => [String(h), r[i]]))]));
}
function expectFigures(row: Record<string, unknown> | undefined, f: Figures) {
  expect(row).toBeDefined();
  expect(row).toMatchObject({ 受理量: f.received, 办结数: f.resolved, 超期数: f.overdue, 不予受理: f.rejected });
  for (const m of RATE_METRICS) expect(row![METRIC_DEFINITIONS[m].label]).toBe(shown(f.rates[m]));
  expect(row!['平均办理时长（小时）']).toBe(f.avgHandleHours ?? '—');
  expect(row!['网格办结占比']).toBe(shown(f.levels.grid));
  expect(row!['居民上报']).toBe(f.sources.resident);
}

describe('the monthly report', () => {
  let file: ReportFile;
  let sheets: Map<string, Rows>;
  let street: StatsDashboard;

  beforeAll(async () => {
    clock.set(SEED_NOW + 60_000);
    file = expectOk(await exportAs('demo-supervisor', { period: MONTH }));
    sheets = await sheetsOf(file);
    street = await dashboardOf('demo-supervisor');
  });

  it('is an .xlsx in storage with a download URL and its five sheets', () => {
    expect(file.url).toMatch(/^\/files\/reports\//);
    expect(file.fileName).toBe(`${street.org.name}${street.period.label}月度通报.xlsx`);
    expect([...sheets.keys()]).toEqual(['汇总', '排名', '社区', '网格', '指标说明']);
    expect(file.bytes).toBe(readFileSync(cloud.emu.storage.pathOf(file.fileID)!).length);
  });

  it('its summary is the street dashboard’s figures, each rate with its numerator and denominator', () => {
    const rows = sheets.get('汇总')!;
    expect(rows[0][0]).toBe(`${street.org.name}${street.period.label}月度通报`);
    const row = (label: string) => rows.find((r) => r[0] === label)!;
    expect(row('受理量')[1]).toBe(street.figures.received);
    expect(street.figures.received).toBeGreaterThan(0);
    for (const m of RATE_METRICS) {
      const r = street.figures.rates[m];
      expect(row(METRIC_DEFINITIONS[m].label).slice(1, 4)).toEqual([shown(r), r.numerator, r.denominator]);
    }
    expect(row('来源：日常巡查')[1]).toBe(street.figures.sources.patrol);
  });

  it('its 社区 sheet is the street dashboard’s communities, its 网格 sheet each community dashboard’s grids', async () => {
    const communities = byName(sheets.get('社区')!, 0);
    expect(communities.size).toBe(street.children.length);
    for (const c of street.children) expectFigures(communities.get(c.name), c.figures);
    const grids = byName(sheets.get('网格')!, 1);
    let n = 0;
    for (const c of street.children) {
      const d = await dashboardOf('demo-supervisor', c.id);
      for (const g of d.children) {
        expectFigures(grids.get(g.name), g.figures);
        expect(grids.get(g.name)!['社区']).toBe(c.name);
        n += 1;
      }
    }
    expect(grids.size).toBe(n);
    expect(n).toBeGreaterThan(street.children.length);
  });

  it('its rankings are the dashboard’s, place by place, communities and grid workers', () => {
    const rows = sheets.get('排名')!.slice(1);
    const of = (who: string, label: string) =>
      rows.filter((r) => r[0] === who && r[1] === label).map((r) => r.slice(2));
    for (const m of ['responseRate', 'onTimeRate', 'satisfactionRate'] as const) {
      const expected = street.rankings.children[m].map((r) => [
        r.rank,
        r.name,
        shown(r.ratio),
        r.ratio.numerator,
        r.ratio.denominator,
      ]);
      expect(of('社区', METRIC_DEFINITIONS[m].label)).toEqual(expected);
    }
    const workers = street.rankings.workers!;
    for (const m of WORKER_METRICS) {
      const expected = workers.ranks[m].map((r) => [
        r.rank,
        r.name,
        shown(r.ratio),
        r.ratio.numerator,
        r.ratio.denominator,
      ]);
      expect(of('网格员', WORKER_METRIC_DEFINITIONS[m].label)).toEqual(expected);
    }
  });

  it('its 指标说明 sheet states every definition of types/stats.ts', () => {
    const rows = sheets.get('指标说明')!;
    for (const m of RATE_METRICS) {
      const d = METRIC_DEFINITIONS[m];
      expect(rows).toContainEqual([d.label, d.definition, d.numerator, d.denominator]);
    }
  });
});

describe('who may export, and what', () => {
  it('community staff export their own community; grids are theirs only', async () => {
    const own = expectOk(await exportAs('demo-community', { period: MONTH }));
    const sheets = await sheetsOf(own);
    const d = await dashboardOf('demo-community');
    expect(d.org.id).toBe(DEMO_COMMUNITY_ID);
    expectFigures(byName(sheets.get('社区')!, 0).get(d.org.name), d.figures);
    expect([...byName(sheets.get('网格')!, 1).keys()].sort()).toEqual(d.children.map((g) => g.name).sort());
  });

  it('refused, writing nothing: another community, a grid worker, a resident, a grid as the node', async () => {
    const other = cloud.emu.store.find(
      'org_nodes',
      { type: 'community', _id: { $ne: DEMO_COMMUNITY_ID } },
      { limit: 1 },
    )[0];
    const grid = cloud.emu.store.find('org_nodes', { type: 'grid', communityId: DEMO_COMMUNITY_ID }, { limit: 1 })[0];
    const cases: [string, Record<string, unknown>, string][] = [
      ['demo-community', { period: MONTH, orgId: other._id }, 'AUTH.OUT_OF_SCOPE'],
      ['demo-grid', { period: MONTH }, 'AUTH.FORBIDDEN'],
      ['demo-resident', { period: MONTH }, 'AUTH.FORBIDDEN'],
      ['demo-supervisor', { period: MONTH, orgId: grid._id }, 'ORG.NOT_FOUND'],
    ];
    for (const [who, payload, code] of cases) {
      const before = cloud.snapshot();
      expect(await exportAs(who, payload)).toMatchObject({ ok: false, code });
      expect(cloud.snapshot()).toEqual(before);
    }
  });

  it('a malformed period is refused in Chinese, writing nothing', async () => {
    for (const period of ['2026-13', '26-11', '2026/11', '']) {
      const before = cloud.snapshot();
      expect(await exportAs('demo-supervisor', { period })).toMatchObject({
        ok: false,
        code: 'COMMON.VALIDATION',
        message: PERIOD_MESSAGES.shape,
      });
      expect(cloud.snapshot()).toEqual(before);
    }
    expect(await exportAs('demo-supervisor', {})).toMatchObject({ ok: false, code: 'COMMON.VALIDATION' });
  });

  it('a month before the data is refused with the period’s message', async () => {
    expect(await exportAs('demo-supervisor', { period: '2001-01' })).toMatchObject({
      ok: false,
      code: 'STATS.PERIOD_OUT_OF_RANGE',
      message: PERIOD_MESSAGES.noData,
    });
  });

  it('a retry answers the first file; the 11th export in an hour is refused', async () => {
    const first = expectOk(await exportAs('demo-street', { period: MONTH, requestId: 'export-retry-0001' }));
    const again = expectOk(await exportAs('demo-street', { period: MONTH, requestId: 'export-retry-0001' }));
    expect(again).toEqual(first);
    for (let i = 0; i < 9; i += 1) expectOk(await exportAs('demo-street', { period: MONTH }));
    expect(await exportAs('demo-street', { period: MONTH })).toMatchObject({ ok: false, code: 'COMMON.RATE_LIMITED' });
  });
});
