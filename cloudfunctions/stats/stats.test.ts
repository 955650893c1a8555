/**
 * The statistics through the real handlers: each metric of a small month worked out by hand, who may
 * see which dashboard, a period's Chinese refusals, and the counters kept on write equal to their
 * rebuild from the event log after any sequence of attempted actions (fast-check).
 */
import fc from 'fast-check';
import {
  cstInstant,
  HOUR,
  type Level,
  normalizeCounterDoc,
  type CounterDoc,
  PERIOD_MESSAGES,
  type Result,
  type StatsDashboard,
} from '@lx/types';
import { DEMO_BUILDING_ID, DEMO_COMMUNITY_ID, DEMO_GRID_2_ID, DEMO_GRID_ID } from '@emulator/seed/build';
import { allCounters, rebuiltCounters } from '../shared/repo/stats';
import { runSweep } from '../sweeper/sweep';
import { expectOk, setupCloud } from '../test-support/cloud';
import { workflow } from '../test-support/tickets';
import { forgetNames } from './names';
import { main } from './index';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const w = workflow(cloud);
const { cast } = w;
beforeEach(() => forgetNames());

const dashboard = (payload: Record<string, unknown>, who: string) =>
  cloud.call(main, 'stats', 'dashboard', payload, who) as Promise<Result<StatsDashboard>>;

/** January 2027: after the seed's last event, so the month holds only what the test does. */
const T0 = cstInstant('2027-01-05', '09:00');
const JAN = '2027-01';

describe('each metric of a small month, by hand', () => {
  let t4Due = 0;
  beforeAll(async () => {
    w.setNow(T0);
    // T1: accepted and resolved at the grid in time, rated 满意 (closed)
    const t1 = await w.file();
    await w.act(t1, 'accept', cast.grid);
    // T2: escalated to the community, resolved there, rated 不满意 (reopened: not solved after all)
    const t2 = await w.file();
    await w.act(t2, 'accept', cast.grid);
    await w.act(t2, 'escalate', cast.grid, { reason: '涉及多个产权单位，需社区协调' });
    await w.act(t2, 'accept', cast.community);
    // T3: not accepted (不予受理)
    const t3 = await w.file();
    await w.act(t3, 'reject', cast.grid, { reason: '不属于受理范围' });
    // T4: accepted, resolved after its limit (the sweeper never ran: the late resolution is 应办结 itself)
    const t4 = await w.file();
    await w.act(t4, 'accept', cast.grid);
    w.setNow(T0 + HOUR);
    await w.act(t1, 'resolve', cast.grid, { note: '已更换灯泡，恢复照明', photos: [w.photo(cast.grid)] });
    w.setNow(T0 + 2 * HOUR);
    await w.act(t2, 'resolve', cast.community, { note: '已协调物业更换', photos: [w.photo(cast.community)] });
    await w.act(t1, 'rate', cast.reporter, { score: 'satisfied' });
    await w.act(t2, 'rate', cast.reporter, { score: 'unsatisfied', comment: '灯还是不亮' });
    t4Due = w.ticket(t4).dueAt;
    w.setNow(t4Due + HOUR);
    await w.act(t4, 'resolve', cast.grid, { note: '已维修完毕', photos: [w.photo(cast.grid)] });
  });

  it('the grid: 受理 4, 办结 3 of 应办结 3, 2 in time, 响应 5 of 5, 解决 2, 满意 1 of 2, 反弹 1', async () => {
    const d = expectOk(await dashboard({ orgId: DEMO_GRID_ID, period: JAN }, cast.grid));
    const f = d.figures;
    expect(d.org).toMatchObject({ id: DEMO_GRID_ID, type: 'grid' });
    expect(f).toMatchObject({ received: 4, resolved: 3, rejected: 1, overdue: 0 });
    expect(f.sources).toEqual({ resident: 4, patrol: 0, visit: 0, phone: 0 });
    const r = f.rates;
    expect(r.closeRate).toEqual({ value: 1, numerator: 3, denominator: 3 });
    expect(r.onTimeRate).toEqual({ value: 2 / 3, numerator: 2, denominator: 3 });
    // four filings and T2's arrival at the community, each taken out of 待签收 at once (T3 by 不予受理)
    expect(r.responseRate).toEqual({ value: 1, numerator: 5, denominator: 5 });
    expect(r.solveRate).toEqual({ value: 2 / 3, numerator: 2, denominator: 3 });
    expect(r.satisfactionRate).toEqual({ value: 1 / 2, numerator: 1, denominator: 2 });
    expect(r.reopenRate).toEqual({ value: 1 / 3, numerator: 1, denominator: 3 });
    expect(f.levels.grid).toEqual({ value: 2 / 3, numerator: 2, denominator: 3 });
    expect(f.levels.community).toEqual({ value: 1 / 3, numerator: 1, denominator: 3 });
    expect(f.levels.street.numerator).toBe(0);
    expect(f.avgHandleHours).toBeCloseTo((1 + 2 + (t4Due + HOUR - T0) / HOUR) / 3, 6);
    // every day of January so far, the filings on the 5th
    expect(d.trend[4]).toMatchObject({ key: '2027-01-05', label: '5日' });
    expect(d.trend[4].figures.received).toBe(4);
    expect(d.children).toEqual([]);
    expect(d.rankings.workers).toBeUndefined();
  });

  it("the community: the grid among its grids, and the grid worker's own figures in the ranking", async () => {
    const d = expectOk(await dashboard({ orgId: DEMO_COMMUNITY_ID, period: JAN }, cast.community));
    expect(d.figures.received).toBe(4);
    const grid = d.children.find((c) => c.id === DEMO_GRID_ID)!;
    expect(grid.figures.received).toBe(4);
    expect(d.children.filter((c) => c.id !== DEMO_GRID_ID).every((c) => c.figures.received === 0)).toBe(true);
    expect(d.rankings.children.onTimeRate[0]).toMatchObject({ id: DEMO_GRID_ID, rank: 1 });
    // the grid worker responded to 4 (T2's community acceptance is not theirs), resolved T1 in time and
    // T4 late; T1's 满意 is theirs, T2's 不满意 the community's
    const me = d.rankings.workers!.rows.find((r) => r.id === cast.grid)!;
    expect(me.rates.responseRate).toEqual({ value: 1, numerator: 4, denominator: 4 });
    expect(me.rates.onTimeRate).toEqual({ value: 1 / 2, numerator: 1, denominator: 2 });
    expect(me.rates.satisfactionRate).toEqual({ value: 1, numerator: 1, denominator: 1 });
  });

  it('the street: its communities as bars, a year by month', async () => {
    const d = expectOk(await dashboard({ period: '2027' }, cast.street));
    expect(d.org.type).toBe('street');
    expect(d.children.find((c) => c.id === DEMO_COMMUNITY_ID)!.figures.received).toBe(4);
    expect(d.trend.map((p) => p.key)).toEqual([JAN]);
    expect(d.figures.received).toBe(4);
    expect(d.rankings.workers!.rows.some((r) => r.id === cast.grid)).toBe(true);
  });
});

describe('who sees which figures', () => {
  it("community staff cannot read another community's figures", async () => {
    const r = await dashboard({ orgId: DEMO_COMMUNITY_ID }, cast.otherCommunity);
    expect(r).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' });
  });

  it('a grid worker sees only their own grids: not the community, not the next grid', async () => {
    expect(await dashboard({ orgId: DEMO_COMMUNITY_ID }, cast.grid)).toMatchObject({ code: 'AUTH.OUT_OF_SCOPE' });
    expect(await dashboard({ orgId: DEMO_GRID_2_ID }, cast.grid)).toMatchObject({ code: 'AUTH.OUT_OF_SCOPE' });
    const own = expectOk(await dashboard({}, cast.grid));
    expect(own.org).toMatchObject({ id: DEMO_GRID_ID, type: 'grid' });
  });

  it('residents have no dashboard', async () => {
    expect(await dashboard({}, cast.reporter)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  });
});

describe('periods', () => {
  it('a malformed period is refused in Chinese', async () => {
    for (const period of ['2026-13', '2026-1', 'last-month', '1999']) {
      const r = await dashboard({ period }, cast.street);
      expect(r).toMatchObject({ ok: false, code: 'COMMON.VALIDATION', message: PERIOD_MESSAGES.shape });
    }
  });

  it('a period not begun, or before any data, is refused with its reason', async () => {
    w.setNow(T0);
    expect(await dashboard({ period: '2027-02' }, cast.street)).toMatchObject({
      code: 'STATS.PERIOD_OUT_OF_RANGE',
      message: PERIOD_MESSAGES.future,
    });
    expect(await dashboard({ period: '2001-01' }, cast.street)).toMatchObject({
      code: 'STATS.PERIOD_OUT_OF_RANGE',
      message: PERIOD_MESSAGES.noData,
    });
  });
});

// ---- the property: counters kept on write == the rebuild of the event log

const HANDLER: Record<Level, string> = { grid: cast.grid, community: cast.community, street: cast.street };
type Move =
  | { kind: 'file'; source?: 'patrol' }
  | { kind: 'act'; pick: number; action: string; by: 'handler' | 'reporter' | 'supervisor'; extra: object }
  | { kind: 'wait'; hours: number }
  | { kind: 'sweep' };

const on = (action: string, by: 'handler' | 'reporter' | 'supervisor', extra: object = {}) =>
  fc.nat(50).map((pick): Move => ({ kind: 'act', pick, action, by, extra }));
const move: fc.Arbitrary<Move> = fc.oneof(
  { arbitrary: fc.constant<Move>({ kind: 'file' }), weight: 2 },
  fc.constant<Move>({ kind: 'file', source: 'patrol' }),
  { arbitrary: on('accept', 'handler'), weight: 3 },
  on('reject', 'handler', { reason: '不属于受理范围' }),
  on('escalate', 'handler', { reason: '需要上级协调' }),
  { arbitrary: on('resolve', 'handler', { note: '已处理完毕' }), weight: 3 },
  on('verify', 'supervisor', { passed: false, note: '未处理到位' }),
  on('rate', 'reporter', { score: 'basic' }),
  on('rate', 'reporter', { score: 'unsatisfied', comment: '还是没有解决' }),
  on('reopen', 'reporter', { reason: '问题又出现了' }),
  on('urge', 'supervisor', { note: '请尽快处理' }),
  fc.integer({ min: 1, max: 120 }).map((hours): Move => ({ kind: 'wait', hours })),
  fc.constant<Move>({ kind: 'sweep' }),
);

const byId = (docs: Iterable<CounterDoc>) => Object.fromEntries([...docs].map((d) => [d._id, normalizeCounterDoc(d)]));

it('the counters equal their rebuild from the event log after any sequence of attempted actions', async () => {
  let now = cstInstant('2027-03-01', '08:00');
  const mine: string[] = [];
  const seen = new Set<string>();
  await fc.assert(
    fc.asyncProperty(fc.array(move, { minLength: 1, maxLength: 12 }), async (moves) => {
      for (const m of moves) {
        w.setNow(now);
        if (m.kind === 'wait') now += m.hours * HOUR;
        else if (m.kind === 'sweep') await runSweep({ now });
        else if (m.kind === 'file')
          mine.push(
            await w.file(
              m.source ? { source: m.source, buildingId: DEMO_BUILDING_ID } : {},
              m.source ? cast.grid : cast.reporter,
            ),
          );
        else if (mine.length) {
          const id = mine[m.pick % mine.length];
          const t = w.ticket(id);
          const who = m.by === 'handler' ? HANDLER[t.level] : cast[m.by];
          const photos = m.action === 'resolve' ? { photos: [w.photo(who)] } : {};
          const r = await w.call(m.action, { id, version: t.version, ...m.extra, ...photos }, who);
          if (r.ok) seen.add(m.action);
        }
      }
      now += HOUR;
      expect(byId(await allCounters())).toEqual(byId((await rebuiltCounters()).values()));
    }),
    { numRuns: 25, seed: 20270301 },
  );
  // the runs went deep into the lifecycle, not just refusals
  expect([...seen]).toEqual(expect.arrayContaining(['accept', 'resolve', 'rate', 'escalate']));
}, 120_000);

it("tickets.queue's counted tabs hold the tickets in them (after everything above)", async () => {
  const statuses = { pending: ['pending'], processing: ['processing', 'verifying'], done: ['resolved', 'closed'] };
  for (const [who, node] of [
    [cast.grid, DEMO_GRID_ID],
    [cast.community, DEMO_COMMUNITY_ID],
  ] as const) {
    const q = expectOk(await w.call('queue', { orgId: node }, who)) as { counts: Record<string, number> };
    for (const [tab, list] of Object.entries(statuses)) {
      expect([tab, q.counts[tab]]).toEqual([
        tab,
        cloud.emu.store.count('tickets', { handlerOrgId: node, status: { $in: list } }),
      ]);
    }
  }
});
