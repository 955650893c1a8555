/**
 * The SQL pushdown is an optimisation only: the same queries through the real SDK give identical
 * answers with the pushdown on and off (scan + mingo), including on data that breaks the index
 * declarations (an array or a Date in an indexed field), and the indexed queue query really uses
 * its SQLite index. Local only: it compares two emulator configurations.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cloud = require('wx-server-sdk');
import { INDEXES } from '../../types/collections';
import { installEmulator, type Emulator } from '../index';
import { LOCAL } from './env';

type Doc = Record<string, unknown>;

const STATUSES = ['pending', 'processing', 'resolved', 'closed', 'rejected'];

/** Deterministic tickets with the awkward cases the pushdown must not get wrong. */
function tickets(n: number): Doc[] {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: Doc[] = [];
  for (let i = 0; i < n; i++) {
    const doc: Doc = {
      _id: `t${String(i).padStart(5, '0')}`,
      handlerOrgId: `g${Math.floor(rnd() * 5)}`,
      status: STATUSES[Math.floor(rnd() * STATUSES.length)],
      // many ties, so tie-breaking must agree too
      createdAt: 1_700_000_000_000 + Math.floor(rnd() * 200) * 60_000,
      gridId: `grid${Math.floor(rnd() * 8)}`,
      communityId: `c${Math.floor(rnd() * 3)}`,
      reporterId: `u${Math.floor(rnd() * 20)}`,
      dueAt: 1_700_000_000_000 + Math.floor(rnd() * 100) * 3_600_000,
      title: `工单 ${i}`,
    };
    if (i % 97 === 0) delete doc.createdAt; // missing sort key
    if (i % 89 === 0) doc.status = null;
    if (i % 83 === 0) doc.createdAt = null; // null and missing must sort alike
    out.push(doc);
  }
  // data that breaks the declarations: an array in an indexed field, a Date in another, a number in a string field
  out.push({
    _id: 'odd-array',
    handlerOrgId: 'g1',
    status: 'pending',
    createdAt: 1_700_000_000_000,
    reporterId: ['u1', 'u2'],
  });
  out.push({
    _id: 'odd-date',
    handlerOrgId: 'g1',
    status: 'processing',
    createdAt: 1_700_000_000_000,
    dueAt: new Date(1_700_000_000_000),
  });
  out.push({ _id: 'odd-number', handlerOrgId: 'g2', status: 'pending', createdAt: 5, gridId: 7 });
  return out;
}

type Query = (db: ReturnType<typeof cloud.database>) => Promise<unknown>;

const ids = async (p: unknown) => ((await p) as { data: Doc[] }).data.map((d) => d._id);

const QUERIES: Record<string, Query> = {
  queue: (db) =>
    ids(
      db
        .collection('tickets')
        .where({ handlerOrgId: 'g1', status: db.command.in(['pending', 'processing']) })
        .orderBy('createdAt', 'desc')
        .limit(20)
        .get(),
    ),
  queuePage3: (db) =>
    ids(
      db
        .collection('tickets')
        .where({ handlerOrgId: 'g1', status: db.command.in(['pending', 'processing']) })
        .orderBy('createdAt', 'desc')
        .skip(40)
        .limit(20)
        .get(),
    ),
  queueAsc: (db) =>
    ids(
      db
        .collection('tickets')
        .where({ handlerOrgId: 'g3', status: 'pending' })
        .orderBy('createdAt', 'asc')
        .limit(50)
        .get(),
    ),
  mine: (db) => ids(db.collection('tickets').where({ reporterId: 'u1' }).orderBy('createdAt', 'desc').limit(100).get()),
  mineArrayAware: (db) =>
    ids(
      db
        .collection('tickets')
        .where({ reporterId: db.command.in(['u2']) })
        .limit(1000)
        .get(),
    ),
  byGridRange: (db) =>
    ids(
      db
        .collection('tickets')
        .where({ gridId: 'grid3', createdAt: db.command.gte(1_700_000_000_000 + 100 * 60_000) })
        .orderBy('createdAt', 'asc')
        .get(),
    ),
  gridNumber: (db) =>
    ids(
      db
        .collection('tickets')
        .where({ gridId: db.command.gt(3) })
        .get(),
    ),
  openDue: (db) =>
    ids(
      db
        .collection('tickets')
        .where({ status: 'processing', dueAt: db.command.lt(1_700_000_000_000 + 50 * 3_600_000) })
        .orderBy('dueAt', 'asc')
        .limit(30)
        .get(),
    ),
  dueSortWithDate: (db) =>
    ids(db.collection('tickets').where({ handlerOrgId: 'g1' }).orderBy('dueAt', 'desc').limit(10).get()),
  partialPush: (db) =>
    ids(
      db
        .collection('tickets')
        .where({ communityId: 'c1', title: db.RegExp({ regexp: '7$' }) })
        .orderBy('createdAt', 'desc')
        .limit(15)
        .get(),
    ),
  orQuery: (db) =>
    ids(
      db
        .collection('tickets')
        .where(db.command.or([{ handlerOrgId: 'g0' }, { status: 'closed' }]))
        .orderBy('createdAt', 'asc')
        .limit(25)
        .get(),
    ),
  nullStatus: (db) => ids(db.collection('tickets').where({ status: null }).limit(100).get()),
  unsortedLimit: (db) => ids(db.collection('tickets').where({ handlerOrgId: 'g4' }).skip(10).limit(10).get()),
  multiKey: (db) =>
    ids(
      db
        .collection('tickets')
        .where({ communityId: 'c2' })
        .orderBy('status', 'asc')
        .orderBy('createdAt', 'desc')
        .limit(40)
        .get(),
    ),
  count: async (db) =>
    ((await db.collection('tickets').where({ handlerOrgId: 'g1', status: 'pending' }).count()) as { total: number })
      .total,
  aggregate: async (db) =>
    (
      (await db
        .collection('tickets')
        .aggregate()
        .match({ handlerOrgId: 'g2' })
        .group({ _id: '$status', n: db.command.aggregate.sum(1) })
        .sort({ _id: 1 })
        .end()) as { list: Doc[] }
    ).list,
};

(LOCAL ? describe : describe.skip)('pushdown', () => {
  let dir: string;
  let emu: Emulator;
  const open = (pushdown: boolean) =>
    installEmulator({ dbFile: join(dir, 'db.sqlite'), storageDir: join(dir, 'files'), indexes: INDEXES, pushdown });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lx-pushdown-'));
    emu = open(true);
    emu.store.insertMany('tickets', tickets(3000));
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  });
  afterAll(() => {
    emu.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('every query answers the same with and without the SQL prefilter', async () => {
    const run = async () => {
      const db = cloud.database();
      const out: Record<string, unknown> = {};
      for (const [name, q] of Object.entries(QUERIES)) out[name] = await q(db);
      return out;
    };
    emu = open(true);
    const pushed = await run();
    emu = open(false);
    const scanned = await run();
    emu = open(true);
    for (const name of Object.keys(QUERIES))
      expect({ name, result: pushed[name] }).toEqual({ name, result: scanned[name] });
    // the comparison is not vacuous
    expect((pushed.queue as unknown[]).length).toBe(20);
    expect(pushed.mineArrayAware).toContain('odd-array');
    expect(pushed.gridNumber).toEqual(['odd-number']);
  });

  test('the queue query uses its index and pushes the order', () => {
    const { plan, detail } = emu.store.explain(
      'tickets',
      { handlerOrgId: 'g1', status: { $in: ['pending', 'processing'] } },
      { sort: { createdAt: -1 } },
    );
    expect(plan.complete).toBe(true);
    expect(plan.orderBy).not.toBeNull();
    expect(detail.join('\n')).toMatch(/USING (COVERING )?INDEX "?i:tickets:queue"?/);
  });

  test('a field holding an array somewhere is not pushed; a Date stops only the ORDER BY', () => {
    const mine = emu.store.explain('tickets', { reporterId: 'u1' }, { sort: { createdAt: -1 } });
    expect(mine.plan.where).toEqual([]);
    const due = emu.store.explain('tickets', { status: 'processing' }, { sort: { dueAt: 1 } });
    expect(due.plan.where.length).toBe(1);
    expect(due.plan.orderBy).toBeNull();
  });
});
