/**
 * `npm run seed -- [--tickets N] [--visits N] [--households N] [--db FILE] [--reset]`: writes the
 * deterministic demo street office into an emulator database file (default .data/lianxin.sqlite).
 * --visits / --households size the 五步工作法 history (defaults: 3000 visits, each building's 户数;
 * the bench's size: --households 20000 --visits 200000). --reset empties it first.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { INDEXES } from '../../types/collections';
import { installEmulator } from '../index';
import { buildSeed } from '../seed/build';
import { loadSeed } from '../seed/load';
import { ROOT } from '../stack';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dbFile = arg('db') ?? join(ROOT, '.data', 'lianxin.sqlite');
/** A non-negative whole number given as --name, or undefined when not given (the seed's default). */
function count(name: string): number | undefined {
  const raw = arg(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} 需要一个非负整数`);
    process.exit(1);
  }
  return n;
}

const tickets = count('tickets') ?? 360;
const visits = count('visits');
const households = count('households');
if (process.argv.includes('--reset'))
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) if (existsSync(f)) rmSync(f);

const emu = installEmulator({ dbFile, storageDir: join(dirname(dbFile), 'files'), indexes: INDEXES });
if (emu.store.count('users', {}) > 0) {
  console.error(`${dbFile} 已有数据；加 --reset 清空后重新生成。`);
  process.exit(1);
}
const t0 = Date.now();
const counts = loadSeed(
  emu.store,
  buildSeed({
    now: Date.now(),
    tickets,
    ...(visits !== undefined ? { visits } : {}),
    ...(households !== undefined ? { households } : {}),
  }),
);
emu.close();
console.log(`已写入 ${dbFile}（${((Date.now() - t0) / 1000).toFixed(1)} 秒）：`);
for (const [c, n] of Object.entries(counts)) console.log(`  ${c.padEnd(14)} ${n}`);
