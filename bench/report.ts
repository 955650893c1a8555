/**
 * The monthly report (stats.export) on the 100k-ticket database: the street's report for this month,
 * timed through the real handler (the dashboards it reads, the .xlsx written to the emulator's file
 * store), beside its 5 s budget, with its reads and the file's size.
 */
import { cstMonth } from '../types/stats';
import type { Emulator } from '../emulator/index';
import { type Invoke, kb, type Main, ms, row, timeIt } from './stats';

export async function exportBench(emu: Emulator, invoke: Invoke): Promise<string[]> {
  const { main: stats } = require('../cloudfunctions/stats/index') as { main: Main };
  const period = cstMonth(Date.now());
  let n = 0;
  const once = async () => {
    // one requestId per export, as a tap makes one; the street supervisor may export 10 an hour
    const r = await invoke(stats, 'export', { period, requestId: `bench-export-${++n}` }, 'demo-supervisor');
    if (!r.ok) throw new Error(`export failed: ${r.code}`);
    return r.data as { bytes: number };
  };
  emu.stats.reset();
  const cold = process.hrtime.bigint();
  const file = await once();
  const coldMs = Number(process.hrtime.bigint() - cold) / 1e6;
  const reads = emu.stats.reads;
  const warm = await timeIt(5, once);
  return [
    row('monthly export (stats.export, street) first', ms(coldMs), '≤ 5 s', coldMs <= 5000),
    row('monthly export (stats.export, street) max of 5', ms(warm.max), '≤ 5 s', warm.max <= 5000),
    row('  db reads per export (first)', String(reads)),
    row('  report file (.xlsx)', kb(file.bytes)),
  ];
}
