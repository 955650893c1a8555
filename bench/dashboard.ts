/**
 * The statistics at the bench's scale: the street dashboard (this month and this year) read off the
 * counters kept on write, its latency and database reads on a warm instance (the org names and
 * categories kept for a minute), each beside its budget.
 */
import type { installEmulator } from '../emulator/index';
import { ms, row, timeIt } from './stats';

type Emu = ReturnType<typeof installEmulator>;
type Main = (event: unknown) => Promise<unknown>;
type Invoke = (main: Main, action: string, payload: object, openid: string) => Promise<{ ok: boolean; code?: string }>;

export async function dashboardBench(emu: Emu, invoke: Invoke): Promise<string[]> {
  const { main: stats } = require('../cloudfunctions/stats/index') as { main: Main };
  const lines: string[] = [];
  const year = String(new Date(Date.now() + 8 * 3_600_000).getUTCFullYear());
  for (const [what, payload] of [
    ['this month', {}],
    ['this year', { period: year }],
  ] as const) {
    const warm = await invoke(stats, 'dashboard', payload, 'demo-street');
    if (!warm.ok) throw new Error(`dashboard failed: ${warm.code}`);
    const t = await timeIt(50, () => invoke(stats, 'dashboard', payload, 'demo-street'));
    emu.stats.reset();
    await invoke(stats, 'dashboard', payload, 'demo-street');
    const reads = emu.stats.reads;
    const monthly = what === 'this month';
    lines.push(
      row(
        `street dashboard, ${what} p95`,
        ms(t.p95),
        monthly ? '≤ 50 ms' : undefined,
        monthly ? t.p95 <= 50 : undefined,
      ),
      row(
        `  db reads (warm, incl. authz)`,
        String(reads),
        monthly ? '≤ 5' : undefined,
        monthly ? reads <= 5 : undefined,
      ),
    );
  }
  return lines;
}
