/**
 * Limits and privacy: the rate limits of types/limits.ts hold (filing 10 an hour and 30 a day, a
 * supervisor's 督办 once per ticket per hour, 5 wrong invitation codes lock redemption for an hour,
 * 60 uploads an hour); a run's logs carry none of the personal values it planted; and every
 * collection the functions touched is declared server-only with its indexes (types/collections.ts
 * and the build's dist/database/collections.json).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, INDEXES, type User } from '@lx/types';
import { clock, SEED_NOW } from '@cloud/test-support/cloud';
import { captureLogs } from '@cloud/test-support/logs';
import { uploadAs } from '@cloud/test-support/uploads';
import { buildFunctions } from '@cloud/build';
import { figures, reliabilityCloud, requestId, type Answer } from './harness';
import { installWorld } from './world';

const { cloud, call } = reliabilityCloud();
const world = installWorld(cloud);
const fig = figures('limits');
afterAll(() => {
  fig.save();
  cloud.cleanup();
});
const store = cloud.emu.store;
const HOUR = 3_600_000;
const resident = (n: number) =>
  (store.find('users', { roles: { $size: 0 }, address: { $exists: true } }, {}) as unknown as User[]).filter(
    (u) => !u._id.startsWith('demo-'),
  )[n]._id;
const code = (r: Answer) => (r.ok ? 'ok' : r.code);
const file = (who: string, extra: Record<string, unknown> = {}) =>
  call(
    'tickets',
    'file',
    {
      categoryId: 'cat-streetlight',
      description: '楼下路灯不亮已经三天了，晚上很黑',
      requestId: requestId(),
      ...extra,
    },
    who,
  ) as Promise<Answer>;

beforeEach(() => clock.set(SEED_NOW + 60_000));

test('filing: 10 an hour, 30 a day, then COMMON.RATE_LIMITED', async () => {
  const who = resident(1);
  const hour: string[] = [];
  for (let i = 0; i < 11; i++) hour.push(code(await file(who)));
  expect(hour).toEqual([...Array(10).fill('ok'), 'COMMON.RATE_LIMITED']);
  // two more hours of ten: the day's 30 are used up; the fourth hour is refused for the day
  for (const h of [1, 2]) {
    clock.set(SEED_NOW + 60_000 + h * HOUR);
    for (let i = 0; i < 10; i++) expect(code(await file(who))).toBe('ok');
  }
  clock.set(SEED_NOW + 60_000 + 3 * HOUR);
  expect(code(await file(who))).toBe('COMMON.RATE_LIMITED');
});

test('督办: a supervisor once per ticket per hour; the reporter once a day', async () => {
  const r = await file('demo-resident');
  const id = (r as { data: { id: string } }).data.id;
  const t = store.get('tickets', id) as { dueAt: number };
  clock.set(t.dueAt + 60_000);
  expect(code((await call('tickets', 'urge', { id, note: '请尽快处理' }, 'demo-supervisor')) as Answer)).toBe('ok');
  expect(code((await call('tickets', 'urge', { id, note: '请尽快处理' }, 'demo-supervisor')) as Answer)).toBe(
    'COMMON.RATE_LIMITED',
  );
  expect(code((await call('tickets', 'urge', { id, note: '请尽快处理' }, 'demo-resident')) as Answer)).toBe('ok');
  expect(code((await call('tickets', 'urge', { id, note: '请尽快处理' }, 'demo-resident')) as Answer)).toBe(
    'TICKET.URGE_TOO_SOON',
  );
  clock.set(t.dueAt + 60_000 + HOUR);
  expect(code((await call('tickets', 'urge', { id, note: '请尽快处理' }, 'demo-supervisor')) as Answer)).toBe('ok');
});

test('invitations: 5 wrong codes lock redemption for an hour, even of a right code', async () => {
  const good = world.invitation('grid-fenghuang-03');
  const wrong: string[] = [];
  for (let i = 0; i < 5; i++)
    wrong.push(code((await call('org', 'redeem', { code: `WRNG${'2345'[i]}XYZ` }, 'demo-resident-new')) as Answer));
  expect(wrong).toEqual(Array(5).fill('INVITE.NOT_FOUND'));
  expect(code((await call('org', 'redeem', { code: good }, 'demo-resident-new')) as Answer)).toBe(
    'COMMON.RATE_LIMITED',
  );
  clock.set(SEED_NOW + 60_000 + HOUR + 1000);
  expect(code((await call('org', 'redeem', { code: good }, 'demo-resident-new')) as Answer)).toBe('ok');
});

test('uploads: 60 an hour, then COMMON.RATE_LIMITED', async () => {
  const who = resident(2);
  const got: string[] = [];
  for (let i = 0; i < 61; i++)
    got.push(code((await call('org', 'uploadSlot', { ext: 'jpg', requestId: requestId() }, who)) as Answer));
  expect(got).toEqual([...Array(60).fill('ok'), 'COMMON.RATE_LIMITED']);
});

test('the logs of a whole run carry none of the personal values it planted', async () => {
  const planted = {
    openid: 'oR5-planted-openid-7f3a9c',
    phone: '13877776543',
    name: '钱多多',
    code: 'PLNT7KQM',
    lat: '35.7471234',
    note: '住户手机号13866665432',
  };
  const logs = captureLogs();
  try {
    const u = store.get('users', 'demo-resident') as unknown as User;
    store.insertMany('users', [{ ...u, _id: planted.openid, nickname: planted.name, phone: planted.phone } as never]);
    const photo = uploadAs(cloud, planted.openid);
    await call('org', 'updateProfile', { nickname: planted.name, phone: planted.phone }, planted.openid);
    await call('org', 'redeem', { code: planted.code }, planted.openid);
    const filed = (await file(planted.openid, {
      description: `路灯坏了，请联系${planted.phone}，${planted.name}`,
      phone: planted.phone,
      point: { lat: Number(planted.lat), lng: 114.286913 },
      addressText: '天河嘉城东门',
      photos: [photo],
    })) as Answer;
    const id = filed.ok ? (filed.data as { id: string }).id : '';
    const t = store.get('tickets', id) as { version: number } | null;
    await call('tickets', 'accept', { id, version: t?.version ?? 1 }, 'demo-grid');
    await call('tickets', 'progress', { id, note: planted.note }, 'demo-grid');
    // an unexpected failure is logged (with the request id): a write the store refuses
    const write = store.write.bind(store);
    store.write = () => {
      throw new Error(`disk full while writing ${planted.phone} ${planted.openid}`);
    };
    await call('org', 'updateProfile', { nickname: planted.name, phone: planted.phone }, planted.openid);
    store.write = write;
    await call('sweeper', undefined, { Type: 'Timer', TriggerName: 'sweep' }, '');
    const found = logs.found([...Object.values(planted), photo]);
    fig.add('leaks', found.length);
    expect(logs.lines().length).toBeGreaterThan(0);
    expect(found).toEqual([]);
  } finally {
    logs.restore();
  }
});

/** Collection names any repo module names: COLLECTIONS.<key> or a literal collection('…'). */
function repoCollections(): string[] {
  const dirs = [join(__dirname, '..', 'cloudfunctions', 'shared', 'repo')];
  for (const fn of readdirSync(join(__dirname, '..', 'cloudfunctions'))) {
    const d = join(__dirname, '..', 'cloudfunctions', fn, 'repo');
    if (fn !== 'shared' && existsSync(d)) dirs.push(d);
  }
  const names = new Set<string>();
  const keys = COLLECTIONS as Record<string, string>;
  for (const d of dirs)
    for (const f of readdirSync(d).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      const src = readFileSync(join(d, f), 'utf8');
      for (const m of src.matchAll(/COLLECTIONS\.(\w+)/g)) names.add(keys[m[1]] ?? `COLLECTIONS.${m[1]} (undeclared)`);
      for (const m of src.matchAll(/collection\(\s*['"`]([^'"`]+)['"`]/g)) names.add(m[1]);
    }
  return [...names].sort();
}

test('every collection in use is declared server-only with its indexes, in the repo and in the build', async () => {
  const declared = Object.values(COLLECTIONS) as string[];
  const file = join(__dirname, '..', 'dist', 'database', 'collections.json');
  if (!existsSync(file)) await buildFunctions();
  const built = JSON.parse(readFileSync(file, 'utf8')) as { name: string; permission: string; indexes: unknown }[];
  const seen = [...new Set([...repoCollections(), ...store.collections()])].sort();
  expect(seen.filter((c) => !declared.includes(c))).toEqual([]);
  for (const c of seen) {
    const b = built.find((x) => x.name === c);
    expect({ c, permission: b?.permission, indexes: b?.indexes }).toEqual({
      c,
      permission: 'ADMINONLY',
      indexes: (INDEXES as Record<string, unknown>)[c],
    });
  }
});
