/**
 * `npm run stats:rebuild -- [--db FILE] [--check]`: recomputes every statistics counter of an emulator
 * database file (default .data/lianxin.sqlite) from its tickets and their event log (types/stats.ts
 * rebuildCounters, the function the live path counts with), reports how many kept documents differed,
 * and writes the rebuild in their place (--check: only reports; exits 1 when any differed).
 */
import { join } from 'node:path';
import { COLLECTIONS, INDEXES } from '../../types/collections';
import { type CounterDoc, normalizeCounterDoc, rebuildCounters, type Ticket, type TicketEvent } from '../../types';
import { installEmulator } from '../index';
import { ROOT } from '../stack';
import type { Doc } from '../codec';
import type { WriteOp } from '../store';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dbFile = arg('db') ?? join(ROOT, '.data', 'lianxin.sqlite');
const checkOnly = process.argv.includes('--check');
const emu = installEmulator({ dbFile, storageDir: join(ROOT, '.data', 'files'), indexes: INDEXES });
const t0 = Date.now();
const tickets = emu.store.all(COLLECTIONS.tickets) as unknown as Ticket[];
const events = emu.store.all(COLLECTIONS.ticketEvents) as unknown as TicketEvent[];
const rebuilt = rebuildCounters(tickets, events);
const kept = new Map((emu.store.all(COLLECTIONS.statsCounters) as unknown as CounterDoc[]).map((d) => [d._id, d]));

const text = (d: CounterDoc | undefined) => (d ? JSON.stringify(normalizeCounterDoc(d)) : '');
const differing = [...new Set([...kept.keys(), ...rebuilt.keys()])].filter(
  (id) => text(kept.get(id)) !== text(rebuilt.get(id)),
);
console.log(
  `${tickets.length} 件诉求、${events.length} 条记录 → ${rebuilt.size} 个统计文档；与现有不同：${differing.length}` +
    (differing.length ? `（如 ${differing.slice(0, 3).join('、')}）` : ''),
);
if (checkOnly) {
  emu.close();
  process.exit(differing.length ? 1 : 0);
}
const ops: WriteOp[] = [
  ...[...kept.keys()].filter((id) => !rebuilt.has(id)).map((id): WriteOp => ({ kind: 'delete', id })),
  ...[...rebuilt.values()].map((d): WriteOp => ({ kind: 'put', doc: d as unknown as Doc })),
];
emu.store.write(COLLECTIONS.statsCounters, ops);
emu.close();
console.log(`已重建（${((Date.now() - t0) / 1000).toFixed(1)} 秒）`);
