/**
 * kill -9 of the gateway under write load, then a restart on the same data directory: SQLite's
 * integrity_check is ok, no acknowledged filing is lost, and retrying every unacknowledged filing
 * with its requestId (as the client does after "socket hang up") creates no duplicate.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { figures, requestId } from './harness';

const fig = figures('kill9');
const dataDir = mkdtempSync(join(tmpdir(), 'lx-kill9-'));
const dbFile = join(dataDir, 'lianxin.sqlite');
let child: ChildProcess | undefined;
afterAll(() => {
  fig.save();
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function startChild(): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'stack-child.ts'), dataDir], {
    cwd: join(__dirname, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) resolve({ url: m[1], proc });
    });
    proc.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    proc.on('exit', (code) => reject(new Error(`stack exited ${code}: ${out.slice(-2000)}`)));
    // the build and the seed take seconds; a stack that never listens fails the test, not the run
    setTimeout(() => reject(new Error(`stack not ready after 90 s: ${out.slice(-2000)}`)), 90_000).unref();
  });
}

interface Filing {
  who: string;
  requestId: string;
  marker: string;
  acked?: string;
}
const MARK = '（可靠性测试 ';
async function fileOnce(url: string, f: Filing): Promise<string> {
  const res = await fetch(`${url}/fn/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `lx_openid=${encodeURIComponent(f.who)}` },
    body: JSON.stringify({
      action: 'file',
      payload: {
        categoryId: 'cat-streetlight',
        description: `楼下路灯不亮已经三天了${MARK}${f.marker}）`,
        requestId: f.requestId,
      },
    }),
  });
  const r = (await res.json()) as { ok: boolean; data?: { id: string }; code?: string };
  if (!r.ok) throw new Error(`refused: ${r.code}`);
  return r.data!.id;
}

/** the tickets in the file, read directly (the stack is down): marker → ids */
function ticketsByMarker(): Map<string, string[]> {
  const db = new Database(dbFile, { readonly: true });
  const rows = db.prepare(`SELECT _id, doc FROM "c:tickets"`).all() as { _id: string; doc: string }[];
  db.close();
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const m = new RegExp(`${MARK}([^）]+)）`).exec((JSON.parse(r.doc) as { description: string }).description);
    if (m) out.set(m[1], [...(out.get(m[1]) ?? []), r._id]);
  }
  return out;
}

test('kill -9 under write load: integrity ok, no acknowledged write lost, retries create no duplicate', async () => {
  let { url, proc } = await startChild();
  const db = new Database(dbFile, { readonly: true });
  const residents = (db.prepare(`SELECT _id, doc FROM "c:users"`).all() as { _id: string; doc: string }[])
    .filter((r) => r._id.startsWith('res-') && (JSON.parse(r.doc) as { address?: unknown }).address)
    .map((r) => r._id)
    .slice(0, 40);
  db.close();
  expect(residents.length).toBe(40);

  // 40 residents each filing one after another (within the filing limit of 10 an hour)
  const filings: Filing[] = [];
  const refusals: string[] = [];
  let killed = false;
  const load = residents.map(async (who, i) => {
    for (let k = 0; k < 8 && !killed; k++) {
      const f: Filing = { who, requestId: requestId(), marker: `${i}-${k}` };
      filings.push(f);
      try {
        f.acked = await fileOnce(url, f);
      } catch (e) {
        if (!killed) refusals.push((e as Error).message);
        return; // the connection died with the gateway: this one is unacknowledged
      }
    }
  });
  const loadDone = Promise.all(load);
  let settled = false;
  void loadDone.then(() => (settled = true));
  // kill once a fair share of the load has been acknowledged, with writes still in flight
  while (filings.filter((f) => f.acked).length < 60 && !settled) await new Promise((r) => setTimeout(r, 20));
  expect(refusals).toEqual([]);
  expect(settled).toBe(false);
  killed = true;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGKILL');
  await loadDone;
  await exited;

  const check = new Database(dbFile);
  expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
  check.close();
  const afterKill = ticketsByMarker();
  const acked = filings.filter((f) => f.acked);
  const lost = acked.filter((f) => !(afterKill.get(f.marker) ?? []).includes(f.acked!));
  fig.add('lostAfterKill', lost.length);
  const unacked = filings.filter((f) => !f.acked);

  // restart on the same data and retry every unacknowledged filing with its requestId
  ({ url, proc } = await startChild());
  for (const f of unacked) await fileOnce(url, f).catch(() => null);
  const stopped = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGKILL');
  await stopped;
  const afterRetry = ticketsByMarker();
  const duplicates = filings.reduce((n, f) => n + Math.max(0, (afterRetry.get(f.marker)?.length ?? 0) - 1), 0);
  fig.add('duplicates', duplicates);
  const missing = filings.filter((f) => !afterRetry.get(f.marker)?.length);

  console.log(
    `kill -9: ${acked.length} acknowledged, ${unacked.length} unacknowledged, ` +
      `${unacked.filter((f) => afterKill.get(f.marker)?.length).length} of those committed before the kill`,
  );
  expect({ lost: lost.length, duplicates, missing: missing.length }).toEqual({ lost: 0, duplicates: 0, missing: 0 });
}, 180_000);
