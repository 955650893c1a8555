/**
 * Notices at scale: 100k tickets and a few thousand residents in the emulator (SQLite file, real SDK,
 * real handlers). The resident's list and unread count, the staff's read figures and door-to-door
 * list, and what one push batch costs in database operations.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INDEXES } from '../types/collections';
import { installEmulator } from '../emulator/index';
import { buildSeed, DEMO_GRID_ID, STREET_ID } from '../emulator/seed/build';
import { loadSeed } from '../emulator/seed/load';
import { ms, row, timeIt } from './stats';

type Main = (event: unknown) => Promise<unknown>;
type Res = { ok: boolean; code?: string; data?: { id?: string } };

export async function noticesBench(tickets: number, residents = 3000): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lx-bench-notices-'));
  const emu = installEmulator({ dbFile: join(dir, 'bench.sqlite'), storageDir: join(dir, 'files'), indexes: INDEXES });
  const data = buildSeed({ now: Date.now(), tickets, residents });
  // a third of the residents allowed notice messages (one credit each)
  const users = data.users as unknown as { _id: string; address?: unknown; subscriptions?: Record<string, number> }[];
  users.filter((u) => u.address).forEach((u, i) => i % 3 === 0 && (u.subscriptions = { notice: 1 }));
  const counts = loadSeed(emu.store, data);
  const { main: notices } = require('../cloudfunctions/notices/index') as { main: Main };
  const { runPush } =
    require('../cloudfunctions/shared/notice-push') as typeof import('../cloudfunctions/shared/notice-push');
  const invoke = async (action: string, payload: object, openid: string) => {
    const r = (await emu.invoke(notices, { action, payload }, { OPENID: openid })) as Res;
    if (!r.ok) throw new Error(`notices.${action}: ${r.code}`);
    return r;
  };

  const lines = [`notices — ${counts.tickets} tickets, ${counts.users} users, ${counts.notices} notices`];
  await invoke('list', {}, 'demo-resident');
  const list = await timeIt(200, () => invoke('list', {}, 'demo-resident'));
  lines.push(row('notices.list (resident, first page) p95', ms(list.p95), '≤ 20 ms', list.p95 <= 20));
  const unread = await timeIt(200, () => invoke('unread', {}, 'demo-resident'));
  lines.push(row('notices.unread (badge + bar) p95', ms(unread.p95), '≤ 20 ms', unread.p95 <= 20));
  emu.stats.reset();
  await invoke('unread', {}, 'demo-resident');
  lines.push(row('db operations per unread count', `${emu.stats.reads + emu.stats.writes}`));
  const fig = await timeIt(50, () => invoke('figures', { id: 'ntc-seed-fire' }, 'demo-street'));
  lines.push(row('notices.figures (street-wide, 8 communities) p95', ms(fig.p95)));
  const door = await timeIt(50, () => invoke('doorToDoor', { id: 'ntc-seed-fire', gridId: DEMO_GRID_ID }, 'demo-grid'));
  lines.push(row('notices.doorToDoor (one grid) p95', ms(door.p95)));

  // a street-wide notice, then the pusher's first batch of 100
  const { data: saved } = await invoke(
    'save',
    { title: '压测通知', body: [{ type: 'p', text: '压测正文' }], targets: [STREET_ID], requestId: 'bench-notice-1' },
    'demo-street',
  );
  await invoke('publish', { id: saved!.id! }, 'demo-street');
  emu.stats.reset();
  const t0 = process.hrtime.bigint();
  const report = await emu.invoke(() => runPush({ now: Date.now(), batchSize: 100 }), {});
  const took = Number(process.hrtime.bigint() - t0) / 1e6;
  const ops = emu.stats.reads + emu.stats.writes;
  lines.push(row('push batch of 100: time', ms(took)));
  lines.push(
    row(
      'push batch of 100: db operations',
      `${ops} (${emu.stats.reads} r + ${emu.stats.writes} w)`,
      '≤ 3 per message + 6',
      ops <= 306,
    ),
  );
  lines.push(row('push batch of 100: outcome', JSON.stringify(report)));
  emu.close();
  rmSync(dir, { recursive: true, force: true });
  return lines;
}
