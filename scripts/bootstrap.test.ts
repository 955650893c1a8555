/**
 * The bootstrap on an empty environment (the emulator): the street, the standard categories, the
 * sheet's communities and nodes through the admin actions, and a first 管理员 invitation that a new user redeems into a working admin.
 * The operator keeps no grant afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installEmulator, type Emulator } from '../emulator/index';
import { COLLECTIONS, INDEXES } from '../types/collections';
import type { OrgNode, RoleEvent, User } from '../types';
import { main as org } from '../cloudfunctions/org/index';
import { main as admin } from '../cloudfunctions/admin/index';
import { CATEGORIES } from '../emulator/seed/categories';
import { bootstrap, OPERATOR, type Invoke } from './bootstrap';

const SHEET = [
  '类型,社区,名称,小区,所属网格,户数,人口',
  '网格,东风社区,东风社区第一网格,,,320,900',
  '网格,西湖社区,西湖社区第一网格,,,280,760',
  '小区,东风社区,东风花园,,,,',
  '楼栋,东风社区,1号楼,东风花园,东风社区第一网格,60,170',
].join('\n');
const NOW = Date.UTC(2026, 10, 21, 2, 0);

let emu: Emulator;
let dir: string;
let invoke: Invoke;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lx-bootstrap-'));
  emu = installEmulator({ dbFile: ':memory:', storageDir: dir, indexes: INDEXES });
  invoke = (main, event, openid) => emu.invoke(main, event, { OPENID: openid });
});
afterAll(() => {
  emu.close();
  rmSync(dir, { recursive: true, force: true });
});

const nodes = () => emu.store.all(COLLECTIONS.orgNodes) as unknown as OrgNode[];

it('creates the street, imports the sheet and makes a first admin invitation that works', async () => {
  const res = await bootstrap(invoke, { street: '东风路街道', sheet: { format: 'csv', content: SHEET }, now: NOW });
  expect(res.communitiesCreated.sort()).toEqual(['东风社区', '西湖社区'].sort());
  expect(res.imported).toMatchObject({ total: 4, created: 4, rejected: 0 });
  expect(
    nodes()
      .map((n) => `${n.type} ${n.name}`)
      .sort(),
  ).toEqual(
    [
      'building 1号楼',
      'community 东风社区',
      'community 西湖社区',
      'compound 东风花园',
      'grid 东风社区第一网格',
      'grid 西湖社区第一网格',
      'street 东风路街道',
    ].sort(),
  );
  expect(res.invitation).toMatchObject({ role: 'admin', orgId: res.street._id });
  expect(res.categoriesAdded).toBe(CATEGORIES.length);
  expect(emu.store.all(COLLECTIONS.categories)).toHaveLength(CATEGORIES.length);

  // the operator held the grant only during the run, and both steps are on record
  expect((emu.store.get(COLLECTIONS.users, OPERATOR) as unknown as User).roles).toEqual([]);
  const events = emu.store.all(COLLECTIONS.roleEvents) as unknown as RoleEvent[];
  expect(events.filter((e) => e.userId === OPERATOR).map((e) => e.action)).toEqual(['grant', 'revoke']);
  expect(await invoke(admin, { action: 'tree', payload: {} }, OPERATOR)).toMatchObject({ ok: false });

  // the street's administrator redeems the code and can administer
  expect(
    await invoke(org, { action: 'redeem', payload: { code: res.invitation.code } }, 'wx-first-admin'),
  ).toMatchObject({
    ok: true,
    data: { role: 'admin' },
  });
  expect(await invoke(admin, { action: 'tree', payload: {} }, 'wx-first-admin')).toMatchObject({ ok: true });
});

it('run again with the same sheet, updates the nodes instead of duplicating them', async () => {
  const before = nodes().length;
  const res = await bootstrap(invoke, {
    street: '东风路街道',
    sheet: { format: 'csv', content: SHEET },
    now: NOW + 60_000,
  });
  expect(res.communitiesCreated).toEqual([]);
  expect(res.categoriesAdded).toBe(0);
  expect(res.imported).toMatchObject({ created: 0, updated: 4, rejected: 0 });
  expect(nodes()).toHaveLength(before);
});
