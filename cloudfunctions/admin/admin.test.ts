import writeXlsxFile from 'write-excel-file/node';
import type { ActionName, OrgNode, User } from '@lx/types';
import { DEMO_COMMUNITY_ID, DEMO_GRID_ID } from '@emulator/seed/build';
import { clock, SEED_NOW, expectOk, setupCloud } from '../test-support/cloud';
import { main as org } from '../org/index';
import { main as tickets } from '../tickets/index';
import { main } from './index';

const cloud = setupCloud({ tickets: 40 });
afterAll(() => cloud.cleanup());
const admin = <A extends ActionName<'admin'>>(action: A, payload: Record<string, unknown>, openid = 'demo-admin') =>
  cloud.call(main, 'admin', action, payload, openid);
const nodes = () => cloud.emu.store.all('org_nodes') as OrgNode[];

describe('import of a 50-grid sheet with broken rows', () => {
  const COMMUNITIES = ['凤凰城社区', '鹤翔社区'];
  /** 50 good grid rows over two communities, 2 compounds and 3 buildings, and 7 broken rows between them. */
  function sheet(): (string | number | null)[][] {
    const rows: (string | number | null)[][] = [['类型', '社区', '名称', '小区', '所属网格', '户数', '人口', '边界']];
    for (let i = 1; i <= 50; i++) {
      const c = COMMUNITIES[i % 2];
      const w = 114.27 + (i % 10) * 0.001;
      const s = 35.74 + Math.floor(i / 10) * 0.001;
      const ring = `${w},${s};${w + 0.001},${s};${w + 0.001},${s + 0.001};${w},${s + 0.001}`;
      rows.push(['网格', c, `导入第${i}网格`, null, null, 200 + i, 600 + i, i % 5 === 0 ? ring : null]);
      if (i === 10) rows.push(['网格', '不存在社区', '孤儿网格', null, null, 300, 900, null]); // row 12
      if (i === 20) rows.push(['网格', '凤凰城社区', '户数错误网格', null, null, '三百', 900, null]); // row 23
      if (i === 30) rows.push(['网格', '鹤翔社区', '导入第29网格', null, null, 300, 900, null]); // row 34: duplicates row 32
      if (i === 40) rows.push(['网格', '凤凰城社区', '边界错误网格', null, null, 300, 900, '114.2,abc;1,2']); // row 45
    }
    rows.push(['小区', '凤凰城社区', '导入新苑', null, null, null, null, null]); // row 56
    rows.push(['楼栋', '凤凰城社区', '1号楼', '导入新苑', '导入第2网格', 60, 170, null]); // row 57
    rows.push(['楼栋', '凤凰城社区', '2号楼', '导入新苑', '没有这个网格', 60, 170, null]); // row 58
    rows.push(['楼栋', '凤凰城社区', '3号楼', '不存在小区', null, 60, 170, null]); // row 59
    rows.push(['公园', '凤凰城社区', '人民公园', null, null, null, null, null]); // row 60
    return rows;
  }
  const toCsv = (rows: (string | number | null)[][]) =>
    rows
      .map((r) => r.map((c) => (c === null ? '' : String(c).includes(',') ? `"${c}"` : String(c))).join(','))
      .join('\n');
  const toXlsx = async (rows: (string | number | null)[][]) =>
    (await writeXlsxFile(rows.map((r) => r.map((v) => (v === null ? null : { value: v })))).toBuffer()).toString(
      'base64',
    );
  const BROKEN: Record<number, RegExp> = {
    12: /找不到社区“不存在社区”/,
    23: /户数应为非负整数/,
    34: /与第 32 行重复/,
    45: /边界格式不正确/,
    58: /找不到网格“没有这个网格”/,
    59: /找不到小区“不存在小区”/,
    60: /类型“公园”无效/,
  };

  it('a dry run reports every broken row by number and reason and writes nothing', async () => {
    const before = cloud.snapshot();
    const report = expectOk(await admin('importOrg', { format: 'csv', content: toCsv(sheet()), dryRun: true }));
    expect(report).toMatchObject({ total: 59, created: 52, updated: 0, rejected: 7, dryRun: true });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('an .xlsx import: good rows in, broken rows reported, nothing half-done', async () => {
    const countBefore = nodes().length;
    const report = expectOk(await admin('importOrg', { format: 'xlsx', content: await toXlsx(sheet()) }));
    expect(report).toMatchObject({ total: 59, created: 52, updated: 0, rejected: 7, dryRun: false });
    const rejected = report.rows.filter((r: { ok: boolean }) => !r.ok);
    expect(rejected.map((r: { row: number }) => r.row)).toEqual(Object.keys(BROKEN).map(Number));
    for (const r of rejected) expect(r.message).toMatch(BROKEN[r.row]);

    expect(nodes().length).toBe(countBefore + 52);
    const imported = nodes().filter((n) => n.name.startsWith('导入第'));
    expect(imported).toHaveLength(50);
    // every imported grid is whole: path, community, ids and counts
    for (const g of imported) {
      expect(g.path).toEqual(['street-jiuzhou', g.communityId, g._id]);
      expect(g.gridId).toBe(g._id);
      expect(g.households).toBe(200 + Number(g.name.match(/\d+/)![0]));
    }
    expect(imported.filter((g) => g.boundary)).toHaveLength(10);
    // nothing of a broken row exists, not even partly
    for (const name of ['孤儿网格', '户数错误网格', '边界错误网格', '人民公园', '2号楼', '3号楼']) {
      expect(nodes().filter((n) => n.name === name && n.createdAt === SEED_NOW)).toEqual([]);
    }
    // the building refers to a grid and a compound created by the same sheet
    const grid2 = imported.find((g) => g.name === '导入第2网格')!;
    const cpd = nodes().find((n) => n.name === '导入新苑')!;
    const b1 = nodes().find((n) => n.parentId === cpd._id && n.name === '1号楼')!;
    expect(b1).toMatchObject({ gridId: grid2._id, compoundId: cpd._id, path: [...cpd.path, b1._id] });
    expect(b1.fullName).toBe('凤凰城社区 导入新苑 1号楼');
  });

  it('sending the same sheet again (an interrupted import resumed) updates, never duplicates', async () => {
    const countBefore = nodes().length;
    const report = expectOk(await admin('importOrg', { format: 'csv', content: toCsv(sheet()) }));
    expect(report).toMatchObject({ created: 0, updated: 52, rejected: 7 });
    expect(nodes().length).toBe(countBefore);
  });

  it('an unreadable file is refused as a whole and writes nothing', async () => {
    const before = cloud.snapshot();
    expect(
      await admin('importOrg', { format: 'xlsx', content: Buffer.from('not a zip').toString('base64') }),
    ).toMatchObject({ ok: false, code: 'ORG.IMPORT_UNREADABLE' });
    expect(await admin('importOrg', { format: 'csv', content: '名字,年龄\n张三,3' })).toMatchObject({
      ok: false,
      code: 'ORG.IMPORT_UNREADABLE',
    });
    expect(cloud.snapshot()).toEqual(before);
  });
});

describe('invitations', () => {
  it('creates a one-time code with a scannable mini-program code stored in cloud storage', async () => {
    const inv = expectOk(await admin('invite', { role: 'gridWorker', orgId: 'grid-fenghuang-04', days: 3 }));
    expect(inv.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(inv).toMatchObject({
      status: 'open',
      expiresAt: expect.any(Number),
      orgName: expect.stringMatching(/第四网格/),
    });
    const [call] = cloud.emu.outbox.list({ api: 'wxacode.getUnlimited' }).slice(-1);
    expect(call.args).toMatchObject({ scene: inv.code, page: 'packages/account/pages/redeem/index' });
    const stored = cloud.emu.store.get('invitations', inv.code) as { qrFileId: string };
    expect(stored.qrFileId).toMatch(/^local:\/\/invitations\//);
    expect(inv.qrUrl).toMatch(/^\/files\/invitations\/.+\.png$/);
  });

  it('still creates the code when the mini-program code cannot be made (no picture)', async () => {
    cloud.emu.outbox.respond('wxacode.getUnlimited', () => ({
      errcode: 45009,
      errmsg: 'reach max api daily quota limit',
    }));
    try {
      const inv = expectOk(await admin('invite', { role: 'gridWorker', orgId: 'grid-fenghuang-04' }));
      expect(inv.qrUrl).toBeUndefined();
      expect(cloud.emu.store.get('invitations', inv.code)).toMatchObject({ role: 'gridWorker' });
    } finally {
      cloud.emu.outbox.resetResponders();
    }
  });

  it('redeeming grants the role in one go; a second redeem of the same code fails in Chinese and changes nothing', async () => {
    const inv = expectOk(await admin('invite', { role: 'gridWorker', orgId: 'grid-fenghuang-04' }));
    expectOk(await cloud.call(org, 'org', 'me', {}, 'wx-new-worker'));
    const typed = `${inv.code.slice(0, 4).toLowerCase()}-${inv.code.slice(4)}`;
    const res = expectOk(await cloud.call(org, 'org', 'redeem', { code: typed }, 'wx-new-worker'));
    expect(res.role).toBe('gridWorker');
    expect(res.me.roles).toEqual([
      {
        role: 'gridWorker',
        orgId: 'grid-fenghuang-04',
        orgName: expect.stringMatching(/第四网格/),
        // the grant's path, so the client opens 代办 in this grid's community
        orgPath: ['street-jiuzhou', 'comm-fenghuang', 'grid-fenghuang-04'],
      },
    ]);
    const user = cloud.emu.store.get('users', 'wx-new-worker') as User;
    expect(user.roles[0]).toMatchObject({
      orgPath: ['street-jiuzhou', DEMO_COMMUNITY_ID, 'grid-fenghuang-04'],
      grantedBy: 'demo-admin',
    });
    expect(cloud.emu.store.get('invitations', inv.code)).toMatchObject({ redeemedBy: 'wx-new-worker' });
    expect(cloud.emu.store.find('role_events', { userId: 'wx-new-worker' })).toEqual([
      expect.objectContaining({ action: 'grant', role: 'gridWorker', invitation: inv.code, by: 'demo-admin' }),
    ]);

    // the new worker sees the grid's queue at once
    const queue = expectOk(await cloud.call(tickets, 'tickets', 'queue', { tab: 'processing' }, 'wx-new-worker'));
    const colleague = expectOk(
      await cloud.call(tickets, 'tickets', 'queue', { tab: 'processing' }, 'gw-grid-fenghuang-04'),
    );
    expect(queue.counts).toEqual(colleague.counts);
    expect(queue.items.map((t) => t.id)).toEqual(colleague.items.map((t) => t.id));

    expectOk(await cloud.call(org, 'org', 'me', {}, 'wx-someone-else'));
    const before = cloud.snapshot();
    const again = await cloud.call(org, 'org', 'redeem', { code: inv.code }, 'wx-someone-else');
    expect(again).toMatchObject({
      ok: false,
      code: 'INVITE.USED',
      message: '该邀请码已被使用，每个邀请码只能使用一次',
    });
    expect(await cloud.call(org, 'org', 'redeem', { code: inv.code }, 'wx-new-worker')).toMatchObject({
      code: 'INVITE.USED',
    });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('a stranger whose first act is scanning the code is registered and gains the role', async () => {
    const inv = expectOk(await admin('invite', { role: 'gridWorker', orgId: 'grid-fenghuang-04' }));
    expect(cloud.emu.store.get('users', 'wx-first-scan')).toBeNull();
    const res = expectOk(await cloud.call(org, 'org', 'redeem', { code: inv.code }, 'wx-first-scan'));
    expect(res.me.roles.map((r) => r.role)).toEqual(['gridWorker']);
    expect(cloud.emu.store.get('users', 'wx-first-scan')).toMatchObject({
      roles: [expect.objectContaining({ role: 'gridWorker' })],
    });
  });

  it('two redeems of one code at once: exactly one wins', async () => {
    const inv = expectOk(await admin('invite', { role: 'partyMember', orgId: DEMO_COMMUNITY_ID }));
    expectOk(await cloud.call(org, 'org', 'me', {}, 'wx-race-a'));
    expectOk(await cloud.call(org, 'org', 'me', {}, 'wx-race-b'));
    const [a, b] = await Promise.all([
      cloud.call(org, 'org', 'redeem', { code: inv.code }, 'wx-race-a'),
      cloud.call(org, 'org', 'redeem', { code: inv.code }, 'wx-race-b'),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: 'INVITE.USED' });
    const holders = (cloud.emu.store.all('users') as User[]).filter((u) =>
      u.roles.some((g) => g.role === 'partyMember' && u._id.startsWith('wx-race')),
    );
    expect(holders).toHaveLength(1);
  });

  it('an expired, a voided and an unknown code are refused with their own messages and change nothing', async () => {
    expectOk(await cloud.call(org, 'org', 'me', {}, 'wx-late'));
    const voided = expectOk(await admin('invite', { role: 'gridWorker', orgId: 'grid-fenghuang-05' }));
    expect(expectOk(await admin('revokeInvitation', { code: voided.code })).status).toBe('revoked');
    const before = cloud.snapshot();
    expect(await cloud.call(org, 'org', 'redeem', { code: 'FHWG3X9Q' }, 'wx-late')).toMatchObject({
      code: 'INVITE.EXPIRED',
    });
    expect(await cloud.call(org, 'org', 'redeem', { code: voided.code }, 'wx-late')).toMatchObject({
      code: 'INVITE.REVOKED',
    });
    expect(await cloud.call(org, 'org', 'redeem', { code: 'ZZZZZZZZ' }, 'wx-late')).toMatchObject({
      code: 'INVITE.NOT_FOUND',
    });
    expect(await cloud.call(org, 'org', 'redeem', { code: 'hello' }, 'wx-late')).toMatchObject({
      code: 'INVITE.NOT_FOUND',
    });
    // nothing changed but the count of wrong codes (5 lock redemption: shared/limits.test.ts)
    const { rate_counters: _counted, ...after } = cloud.snapshot();
    const { rate_counters: _none, ...rest } = before;
    expect(after).toEqual(rest);
    expect(cloud.emu.store.all('rate_counters')).toEqual([
      expect.objectContaining({ user: 'wx-late', rule: 'redeem.wrong', n: 2 }),
    ]);
  });

  it('lists the caller’s invitations newest first with their status and who used them', async () => {
    const list = expectOk(await admin('invitations', {}));
    expect(list.length).toBeGreaterThanOrEqual(5);
    expect(list[0].createdAt).toBeGreaterThanOrEqual(list[list.length - 1].createdAt);
    expect(
      list.some((i: { status: string; redeemedByName?: string }) => i.status === 'redeemed' && i.redeemedByName),
    ).toBe(true);
    expect(list.find((i: { code: string }) => i.code === 'FHWG3X9Q')).toMatchObject({ status: 'expired' });
  });
});

describe('revoking a role', () => {
  it('takes the role away and keeps the event; the worker no longer sees the queue', async () => {
    const res = expectOk(
      await admin('revokeRole', {
        userId: 'demo-grid-2',
        role: 'gridWorker',
        orgId: 'grid-fenghuang-02',
        reason: '调岗',
      }),
    );
    expect(res).toEqual({ userId: 'demo-grid-2', remaining: 0 });
    expect(cloud.emu.store.find('role_events', { userId: 'demo-grid-2', action: 'revoke' })).toEqual([
      expect.objectContaining({ role: 'gridWorker', by: 'demo-admin', reason: '调岗' }),
    ]);
    expect(await cloud.call(tickets, 'tickets', 'queue', { tab: 'pending' }, 'demo-grid-2')).toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
    const before = cloud.snapshot();
    expect(
      await admin('revokeRole', { userId: 'demo-grid-2', role: 'gridWorker', orgId: 'grid-fenghuang-02' }),
    ).toMatchObject({ code: 'ROLE.NOT_HELD' });
    expect(cloud.snapshot()).toEqual(before);
  });
});

describe('org tree edits', () => {
  it('moves a compound to another community: its buildings follow and lose their grid there', async () => {
    const cpd = cloud.emu.store.get('org_nodes', 'cpd-qingshuiwan') as OrgNode;
    const res = expectOk(
      await admin('saveNode', { id: cpd._id, type: 'compound', parentId: 'comm-hexiang', name: '清水湾' }),
    );
    expect(res).toMatchObject({ parentId: 'comm-hexiang', hasChildren: true });
    const buildings = cloud.emu.store.find('org_nodes', { parentId: cpd._id }) as OrgNode[];
    expect(buildings.length).toBeGreaterThan(0);
    for (const b of buildings) {
      expect(b.path).toEqual(['street-jiuzhou', 'comm-hexiang', cpd._id, b._id]);
      expect(b.communityId).toBe('comm-hexiang');
      expect(b.gridId).toBeUndefined();
      expect(b.fullName).toMatch(/^鹤翔社区 清水湾 /);
    }
    expect(cloud.emu.store.get('org_nodes', cpd._id)).toMatchObject({
      fullName: '鹤翔社区 清水湾',
      parentId: 'comm-hexiang',
    });
  });

  it('refuses to move a grid that still has buildings or open tickets to another community; an emptied grid moves', async () => {
    const before = cloud.snapshot();
    expect(
      await admin('saveNode', { id: DEMO_GRID_ID, type: 'grid', parentId: 'comm-hexiang', name: '凤凰城社区第一网格' }),
    ).toMatchObject({ ok: false, code: 'ORG.GRID_IN_USE' });
    expect(cloud.snapshot()).toEqual(before);
    const fresh = expectOk(await admin('saveNode', { type: 'grid', parentId: DEMO_COMMUNITY_ID, name: '新划网格' }));
    const moved = expectOk(
      await admin('saveNode', { id: fresh.id, type: 'grid', parentId: 'comm-hexiang', name: '新划网格' }),
    );
    expect(moved).toMatchObject({ parentId: 'comm-hexiang' });
    expect(cloud.emu.store.get('org_nodes', fresh.id)).toMatchObject({ communityId: 'comm-hexiang' });
  });

  it('refuses a name already used under the same parent and a building mapped to another community’s grid', async () => {
    const before = cloud.snapshot();
    expect(await admin('saveNode', { type: 'compound', parentId: DEMO_COMMUNITY_ID, name: '天河嘉城' })).toMatchObject({
      code: 'ORG.NAME_TAKEN',
    });
    expect(
      await admin('saveNode', {
        type: 'building',
        parentId: 'cpd-tianhejiacheng',
        name: '99号楼',
        gridId: 'grid-hexiang-01',
      }),
    ).toMatchObject({ code: 'ORG.BAD_PARENT' });
    expect(await admin('saveNode', { type: 'grid', parentId: 'cpd-tianhejiacheng', name: '错层网格' })).toMatchObject({
      code: 'ORG.BAD_PARENT',
    });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('sets a grid boundary and its 连心卡 people', async () => {
    const g = cloud.emu.store.get('org_nodes', 'grid-fenghuang-03') as OrgNode;
    const boundary = [
      { lng: 114.1, lat: 35.1 },
      { lng: 114.2, lat: 35.1 },
      { lng: 114.2, lat: 35.2 },
      { lng: 114.1, lat: 35.1 },
    ];
    expectOk(
      await admin('saveNode', {
        id: g._id,
        type: 'grid',
        parentId: g.parentId,
        name: g.name,
        boundary,
        responsible: [{ duty: '楼栋长', name: '孙大爷', phone: '13800000001', hours: '全天' }],
      }),
    );
    expect(cloud.emu.store.get('org_nodes', g._id)).toMatchObject({ boundary, responsible: [{ name: '孙大爷' }] });
  });
});

describe('a node’s details for the edit page', () => {
  it('street staff read a grid of their street with its 连心卡 fields; another street’s grid is out of scope; a resident is forbidden', async () => {
    const T0 = SEED_NOW - 86_400_000;
    cloud.emu.store.insertMany('org_nodes', [
      {
        _id: 'grid-elsewhere',
        type: 'grid',
        name: '外街道网格',
        parentId: 'comm-elsewhere',
        path: ['street-elsewhere', 'comm-elsewhere', 'grid-elsewhere'],
        streetId: 'street-elsewhere',
        communityId: 'comm-elsewhere',
        gridId: 'grid-elsewhere',
        order: 1,
        createdAt: T0,
        updatedAt: T0,
      },
    ]);
    const g = cloud.emu.store.get('org_nodes', 'grid-fenghuang-01') as OrgNode;
    const own = expectOk(await admin('node', { id: g._id }, 'demo-street'));
    expect(own).toMatchObject({
      id: g._id,
      type: 'grid',
      name: g.name,
      parentId: g.parentId,
      communityId: g.communityId,
      boundaryPoints: g.boundary?.length ?? 0,
      responsible: g.responsible ?? [],
    });
    expect(own.hasBoundary).toBe((g.boundary?.length ?? 0) > 0);
    const before = cloud.snapshot();
    expect(await admin('node', { id: 'grid-elsewhere' }, 'demo-street')).toMatchObject({
      ok: false,
      code: 'AUTH.OUT_OF_SCOPE',
    });
    expect(await admin('node', { id: g._id }, 'demo-resident')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
    expect(await admin('node', { id: g._id }, 'demo-community')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('a building’s details name the grid it belongs to', async () => {
    const b = cloud.emu.store.get('org_nodes', 'bld-tianhejiacheng-03') as OrgNode;
    expect(b.gridId).toBe('grid-fenghuang-01');
    expect(expectOk(await admin('node', { id: b._id }))).toMatchObject({
      type: 'building',
      gridId: b.gridId,
      parentId: b.parentId,
      communityId: b.communityId,
    });
  });

  it('连心卡 people and service hours saved by the admin are what a resident of that grid sees on the card', async () => {
    const g = expectOk(await admin('node', { id: 'grid-fenghuang-01' }));
    const people = [
      ...(g.responsible ?? []),
      { duty: '志愿者' as const, name: '钱志愿', phone: '13800000002', hours: '周末 9:00-11:00' },
    ];
    expectOk(
      await admin('saveNode', {
        id: g.id,
        type: 'grid',
        parentId: g.parentId,
        name: g.name,
        households: 321,
        serviceHours: '工作日 8:00-18:00',
        responsible: people,
      }),
    );
    const card = expectOk(await cloud.call(org, 'org', 'card', {}, 'demo-resident'));
    expect(card).toMatchObject({ gridId: 'grid-fenghuang-01', serviceHours: '工作日 8:00-18:00', households: 321 });
    expect(card!.people.map((p) => [p.duty, p.name, p.phone, p.hours])).toEqual(
      people.map((p) => [p.duty, p.name, p.phone, p.hours]),
    );
  });
});

describe('categories and the holiday calendar', () => {
  it('an admin changes a category’s limits and deactivates it; residents no longer see it', async () => {
    const cats = expectOk(await admin('categories', {}));
    const cat = cats.find((c) => c._id === 'cat-occupy')!;
    const limits = structuredClone(cat.limits);
    limits.normal.grid = { value: 5, unit: 'workdays' };
    const saved = expectOk(await admin('saveCategory', { id: 'cat-occupy', limits, active: false }));
    expect(saved).toMatchObject({ active: false, limits: { normal: { grid: { value: 5, unit: 'workdays' } } } });
    const shown = expectOk(await cloud.call(tickets, 'tickets', 'categories', {}, 'demo-resident'));
    expect(shown.map((c) => c.id)).not.toContain('cat-occupy');
    expectOk(await admin('saveCategory', { id: 'cat-occupy', active: true }));
    const back = expectOk(await cloud.call(tickets, 'tickets', 'categories', {}, 'demo-resident'));
    expect(back.find((c) => c.id === 'cat-occupy')).toMatchObject({ limitText: '5个工作日' });
  });

  it('refuses a zero time limit with a Chinese message and writes nothing', async () => {
    const before = cloud.snapshot();
    const cat = (cloud.emu.store.get('categories', 'cat-garbage') as { limits: { normal: { grid: object } } }).limits;
    const bad = structuredClone(cat) as { normal: { grid: { value: number } } };
    bad.normal.grid.value = 0;
    expect(await admin('saveCategory', { id: 'cat-garbage', limits: bad })).toMatchObject({
      code: 'COMMON.VALIDATION',
    });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('refuses a save that changes nothing (only the id) with a Chinese message and writes nothing', async () => {
    const before = cloud.snapshot();
    const r = await admin('saveCategory', { id: 'cat-garbage' });
    expect(r).toMatchObject({ ok: false, code: 'COMMON.VALIDATION', message: '没有要保存的修改' });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('saves the holiday calendar sorted and without repeats', async () => {
    const res = expectOk(
      await admin('saveHolidays', { holidays: ['2027-01-02', '2027-01-01', '2027-01-01'], workdays: ['2027-01-04'] }),
    );
    expect(res).toMatchObject({ holidays: ['2027-01-01', '2027-01-02'], workdays: ['2027-01-04'] });
    expect(cloud.emu.store.get('settings', 'holidays')).toMatchObject({ updatedBy: 'demo-admin' });
    expect(expectOk(await admin('holidays', {})).holidays).toEqual(['2027-01-01', '2027-01-02']);
  });

  it('warns when this year’s or next year’s calendar is missing, read on the clock', async () => {
    // this year and next entered: nothing to warn about
    const both = { holidays: ['2026-10-01', '2027-01-01'], workdays: ['2026-10-10'] };
    expect(expectOk(await admin('saveHolidays', both)).warning).toBeUndefined();
    expect(expectOk(await admin('holidays', {})).warning).toBeUndefined();
    // 2026 only: on the seed's day (2026-11-21) the admin is asked for 2027
    const only2026 = expectOk(await admin('saveHolidays', { holidays: ['2026-10-01'], workdays: [] }));
    expect(only2026.warning).toMatch(/^尚未录入2027年的节假日安排/);
    clock.set(Date.parse('2027-03-01T09:00:00+08:00'));
    try {
      expect(expectOk(await admin('holidays', {})).warning).toMatch(/^尚未录入2027年和2028年的节假日安排/);
    } finally {
      clock.reset();
    }
  });
});
