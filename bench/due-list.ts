/**
 * A visitor's due list (visits.due: overdue first, then today's, then the rest) on the bench database,
 * seeded at the scale (20,000 households, 200,000 visits: bench/run.ts), its latency on a warm
 * instance and its database reads, beside the budget. The query walks index `due` (visitorId, status,
 * dueAt), so it costs one page whatever the history holds.
 */
import type { Emulator } from '../emulator/index';
import { ms, row, timeIt } from './stats';
import type { actionOperations } from './tickets';

type Main = (event: unknown) => Promise<unknown>;
type Invoke = Parameters<typeof actionOperations>[1];

export async function dueListBench(emu: Emulator, invoke: Invoke): Promise<string[]> {
  const { main: visits } = require('../cloudfunctions/visits/index') as { main: Main };
  const lines: string[] = [
    `visits at the bench's scale: ${emu.store.count('households', {})} households, ${emu.store.count('visits', {})} visits`,
  ];
  // 王秀兰 (grid worker) and 赵红梅 (party member): the seed's two visitors with due and overdue visits
  for (const [who, name] of [
    ['demo-grid', '王秀兰'],
    ['demo-party', '赵红梅'],
  ] as const) {
    const warm = await invoke(visits, 'due', {}, who);
    if (!warm.ok) throw new Error(`visits.due failed: ${warm.code}`);
    const items = (warm.data as { items: unknown[] }).items.length;
    const t = await timeIt(200, () => invoke(visits, 'due', {}, who));
    emu.stats.reset();
    await invoke(visits, 'due', {}, who);
    lines.push(
      row(`visitor's due list (${name}, ${items} on page 1) p95`, ms(t.p95), '≤ 10 ms', t.p95 <= 10),
      row('  db reads (warm, incl. the caller)', String(emu.stats.reads)),
    );
  }
  return lines;
}
