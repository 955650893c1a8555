import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentWxContext, type FunctionMain } from './context';
import { createScheduler, type TimerEvent } from './scheduler';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lx-sched-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function fn(name: string, config: unknown, main: FunctionMain) {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  if (config !== undefined) writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  return { name, dir, main };
}

const timer = (name: string, cron: string) => ({
  permissions: { openapi: [] },
  triggers: [{ name, type: 'timer', config: cron }],
});

const T0 = new Date('2026-01-01T00:00:30Z');
const plus = (ms: number) => new Date(T0.getTime() + ms);

test('fires due triggers with the timer event inside a system context', async () => {
  const calls: Array<{ event: TimerEvent; ctx: ReturnType<typeof currentWxContext> }> = [];
  const sweeper = fn('sweeper', timer('sweep', '0 */5 * * * * *'), async (event) => {
    calls.push({ event: event as TimerEvent, ctx: currentWxContext() });
    return 'swept';
  });
  const s = createScheduler({ functions: [sweeper], now: () => T0, log: () => undefined });
  expect(s.triggers.map((t) => `${t.functionName}/${t.name}`)).toEqual(['sweeper/sweep']);

  expect(await s.runDue(plus(60_000))).toEqual([]); // 00:01:30, nothing due
  const fired = await s.runDue(plus(5 * 60_000)); // 00:05:30, 00:05:00 is due
  expect(fired).toMatchObject([{ functionName: 'sweeper', trigger: 'sweep', ok: true, result: 'swept' }]);
  expect(calls[0].event).toEqual({ Type: 'Timer', TriggerName: 'sweep', Time: '2026-01-01T00:05:00Z', Message: '' });
  expect(calls[0].ctx).toMatchObject({ OPENID: '', SOURCE: 'wx_trigger' });
});

test('missed fire times are coalesced into one run with the latest time', async () => {
  const times: string[] = [];
  const f = fn('f', timer('every-minute', '0 * * * * * *'), async (e) => void times.push((e as TimerEvent).Time));
  const s = createScheduler({ functions: [f], now: () => T0, log: () => undefined });
  await s.runDue(plus(10 * 60_000));
  expect(times).toEqual(['2026-01-01T00:10:00Z']);
  // the window moves on: the same instant again fires nothing
  expect(await s.runDue(plus(10 * 60_000))).toEqual([]);
});

test('functions without config.json or timer triggers are ignored; others fire independently', async () => {
  const seen: string[] = [];
  const a = fn('a', undefined, async () => void seen.push('a'));
  const b = fn('b', { permissions: {} }, async () => void seen.push('b'));
  const c = fn('c', timer('hourly', '0 0 * * * * *'), async () => void seen.push('c'));
  const d = fn('d', timer('daily', '0 0 2 * * * *'), async () => void seen.push('d'));
  const s = createScheduler({ functions: [a, b, c, d], now: () => T0, log: () => undefined });
  await s.runDue(plus(60 * 60_000));
  expect(seen).toEqual(['c']);
  expect(
    s
      .upcoming()
      .find((u) => u.trigger === 'daily')
      ?.at?.toISOString(),
  ).toBe('2026-01-01T18:00:00.000Z');
});

test('a failing run is reported, logged, and does not stop the scheduler', async () => {
  const lines: string[] = [];
  const f = fn('f', timer('t', '0 * * * * * *'), async () => {
    throw new Error('boom');
  });
  const s = createScheduler({ functions: [f], now: () => T0, log: (l) => lines.push(l) });
  const [r] = await s.runDue(plus(60_000));
  expect(r.ok).toBe(false);
  expect(lines.join('\n')).toMatch(/f\/t .* failed: Error: boom/);
  expect((await s.runDue(plus(120_000)))[0].ok).toBe(false);
});

test('a run still going is not started again', async () => {
  let release: () => void = () => undefined;
  let runs = 0;
  const f = fn('slow', timer('t', '0 * * * * * *'), () => {
    runs++;
    return new Promise<void>((r) => (release = r));
  });
  const s = createScheduler({ functions: [f], now: () => T0, log: () => undefined });
  const first = s.runDue(plus(60_000));
  expect(await s.runDue(plus(120_000))).toEqual([]);
  release();
  await first;
  expect(runs).toBe(1);
});

test('invalid configuration fails at creation, naming the file', () => {
  const bad = fn('bad', timer('t', '0 */5 * * *'), async () => undefined);
  expect(() => createScheduler({ functions: [bad] })).toThrow(/expected 7 fields/);
  const dir = join(root, 'comments');
  mkdirSync(dir);
  writeFileSync(join(dir, 'config.json'), '{ // no\n }');
  expect(() => createScheduler({ functions: [{ name: 'comments', dir, main: async () => undefined }] })).toThrow(
    /config\.json.*not valid JSON/,
  );
});

test('start() and stop() drive runs from the clock', async () => {
  let clock = T0;
  let runs = 0;
  const f = fn('f', timer('t', '* * * * * * *'), async () => void runs++);
  const s = createScheduler({ functions: [f], now: () => clock, log: () => undefined });
  s.start();
  clock = plus(1500);
  await new Promise((r) => setTimeout(r, 1100));
  s.stop();
  expect(runs).toBeGreaterThanOrEqual(1);
  const after = runs;
  clock = plus(10_000);
  await new Promise((r) => setTimeout(r, 50));
  expect(runs).toBe(after);
});
