import { DEMO_BUILDING_ID, DEMO_COMMUNITY_ID, DEMO_GRID_2_ID, DEMO_GRID_ID, STREET_ID } from '@emulator/seed/build';
import { covers, HOUR, type ActionName, type Notice, type NoticeRead, type OrgNode, type User } from '@lx/types';
import { clock, expectOk, SEED_NOW, setupCloud } from '../test-support/cloud';
import { uploadAs } from '../test-support/uploads';
import { main } from './index';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());

/** The fake clock every call sees (the dispatcher reads it once per request). */
beforeEach(() => clock.set(SEED_NOW + 10 * 60_000));
afterEach(() => {
  jest.restoreAllMocks();
  cloud.emu.outbox.resetResponders();
});

type A = ActionName<'notices'>;
const call = <Act extends A>(action: Act, payload: Record<string, unknown>, openid: string) =>
  cloud.call(main, 'notices', action, payload, openid);

const users = () => cloud.emu.store.all('users') as unknown as User[];
const notice = (id: string) => cloud.emu.store.get('notices', id) as unknown as Notice;
/** A bound resident of another community than the demo one. */
const elsewhere = () => users().find((u) => u._id.startsWith('res-') && u.address?.communityId !== DEMO_COMMUNITY_ID)!;
/** A bound resident of the demo community but another grid. */
const neighbour = () =>
  users().find(
    (u) =>
      u._id.startsWith('res-') && u.address?.communityId === DEMO_COMMUNITY_ID && u.address.gridId === DEMO_GRID_2_ID,
  )!;

const draft = (extra: Record<string, unknown> = {}) => ({
  title: '楼道堆物清理通知',
  body: [{ type: 'p', text: '请各位居民本周内清理楼道堆放的杂物，周六统一清运。' }],
  category: 'notice',
  targets: [DEMO_GRID_ID, DEMO_GRID_2_ID],
  ...extra,
});
const publishNew = async (openid: string, extra: Record<string, unknown> = {}) => {
  const { id } = expectOk(await call('save', draft(extra), openid));
  expectOk(await call('publish', { id }, openid));
  return id;
};
const listAll = async (openid: string) => {
  const out: string[] = [];
  let cursor: string | undefined;
  do {
    const page = expectOk(await call('list', cursor ? { cursor } : {}, openid));
    out.push(...page.items.map((i) => i.id));
    cursor = page.next;
  } while (cursor);
  return out;
};

describe('residents see the notices of their scope only', () => {
  it('the demo resident sees street, community and grid notices, pinned first; not scheduled, withdrawn, draft or expired ones', async () => {
    const page = expectOk(await call('list', {}, 'demo-resident'));
    const ids = page.items.map((i) => i.id);
    expect(ids[0]).toBe('ntc-seed-heating');
    expect(page.items[0].pinned).toBe(true);
    expect(ids).toEqual(
      expect.arrayContaining(['ntc-seed-fire', 'ntc-seed-chongyang', 'ntc-seed-water', 'ntc-seed-coldwave']),
    );
    for (const hidden of ['ntc-seed-vaccine', 'ntc-seed-parking', 'ntc-seed-draft', 'ntc-seed-election']) {
      expect(ids).not.toContain(hidden);
    }
    // unpinned ones newest first
    const rest = page.items.filter((i) => !i.pinned).map((i) => i.publishAt);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    expect(page.items.find((i) => i.id === 'ntc-seed-fire')?.read).toBe(true);
    expect(page.items.find((i) => i.id === 'ntc-seed-water')?.read).toBe(false);
  });

  it('no resident ever sees a notice whose scope does not cover their home (every seeded resident checked on a sample)', async () => {
    const all = users().filter((u) => u.address);
    const sample = all.filter((_, i) => i % 9 === 0);
    const byId = new Map((cloud.emu.store.all('notices') as unknown as Notice[]).map((n) => [n._id, n]));
    let seenSomething = 0;
    for (const u of sample) {
      for (const id of await listAll(u._id)) {
        const n = byId.get(id)!;
        expect(covers(n.targets, STREET_ID, u.address)).toBe(true);
        seenSomething++;
      }
    }
    expect(seenSomething).toBeGreaterThan(sample.length);
  });

  it('a resident of another community sees the street-wide notices but not the community’s, grid’s or urgent one', async () => {
    const ids = await listAll(elsewhere()._id);
    expect(ids).toEqual(expect.arrayContaining(['ntc-seed-heating', 'ntc-seed-fire']));
    for (const id of ['ntc-seed-chongyang', 'ntc-seed-water', 'ntc-seed-coldwave']) expect(ids).not.toContain(id);
  });

  it('an unbound resident sees street-wide notices only', async () => {
    const ids = await listAll('demo-resident-new');
    expect(ids.sort()).toEqual(['ntc-seed-fire', 'ntc-seed-heating']);
  });

  it('opening a notice outside one’s scope answers NOT_FOUND and records nothing', async () => {
    const before = cloud.snapshot();
    const r = await call('detail', { id: 'ntc-seed-water' }, elsewhere()._id);
    expect(r).toMatchObject({ ok: false, code: 'NOTICE.NOT_FOUND' });
    expect(cloud.snapshot()).toEqual(before);
  });
});

describe('unread badge, home bar and read receipts', () => {
  it('counts the seeded unread notices and lists the pinned and urgent ones for the bar', async () => {
    const u = expectOk(await call('unread', {}, 'demo-resident'));
    expect(u.count).toBe(3);
    expect(u.bar.map((b) => b.id)).toEqual(['ntc-seed-heating', 'ntc-seed-coldwave']);
  });

  it('opening marks read once: one read row, counters up by one, a second open changes nothing', async () => {
    const before = notice('ntc-seed-chongyang').reads;
    const opened = expectOk(await call('detail', { id: 'ntc-seed-chongyang' }, 'demo-resident'));
    expect(opened.body[0]).toMatchObject({ type: 'p' });
    expect(opened.editable).toBe(false);
    expect(opened.targets).toBeUndefined();
    const after = notice('ntc-seed-chongyang').reads;
    expect(after.total).toBe(before.total + 1);
    expect(after.grids[DEMO_GRID_ID]).toBe((before.grids[DEMO_GRID_ID] ?? 0) + 1);
    expect(after.communities[DEMO_COMMUNITY_ID]).toBe((before.communities[DEMO_COMMUNITY_ID] ?? 0) + 1);

    const snap = cloud.snapshot();
    expectOk(await call('detail', { id: 'ntc-seed-chongyang' }, 'demo-resident'));
    expect(cloud.snapshot()).toEqual(snap);
    const rows = cloud.emu.store.find('notice_reads', { noticeId: 'ntc-seed-chongyang', userId: 'demo-resident' }, {});
    expect(rows).toHaveLength(1);
    expect(expectOk(await call('unread', {}, 'demo-resident')).count).toBe(2);
  });

  it('two opens at once still make one read and one count', async () => {
    const before = notice('ntc-seed-coldwave').reads.total;
    await Promise.all([
      call('detail', { id: 'ntc-seed-coldwave' }, 'demo-resident'),
      call('detail', { id: 'ntc-seed-coldwave' }, 'demo-resident'),
    ]);
    expect(notice('ntc-seed-coldwave').reads.total).toBe(before + 1);
    expect(cloud.emu.store.find('notice_reads', { _id: 'ntc-seed-coldwave:demo-resident' }, {})).toHaveLength(1);
  });
});

describe('compose and publish', () => {
  it('community staff publish to two grids of their community: residents there see it, next community’s do not', async () => {
    const id = await publishNew('demo-community');
    const n = notice(id);
    expect(n).toMatchObject({
      status: 'published',
      orgId: DEMO_COMMUNITY_ID,
      reachGrids: [DEMO_GRID_ID, DEMO_GRID_2_ID],
    });
    const inScope = users().filter((u) => covers(n.targets, STREET_ID, u.address));
    expect(n.audience.total).toBe(inScope.length);
    expect(n.audience.grids[DEMO_GRID_ID]).toBe(inScope.filter((u) => u.address!.gridId === DEMO_GRID_ID).length);
    expect(n.audience.grids[DEMO_GRID_2_ID] + n.audience.grids[DEMO_GRID_ID]).toBe(inScope.length);
    expect(await listAll('demo-resident')).toContain(id);
    expect(await listAll(neighbour()._id)).toContain(id);
    expect(await listAll(elsewhere()._id)).not.toContain(id);
    expect(await listAll('demo-resident-new')).not.toContain(id);
  });

  it('a resident cannot compose (AUTH.FORBIDDEN) and nothing is written', async () => {
    const before = cloud.snapshot();
    const r = await call('save', draft(), 'demo-resident');
    expect(r).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('a grid worker cannot compose either', async () => {
    const before = cloud.snapshot();
    expect(await call('save', draft(), 'demo-grid')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('community staff cannot target another community, nor the whole street (AUTH.OUT_OF_SCOPE), nothing written', async () => {
    const other = elsewhere().address!.communityId;
    const before = cloud.snapshot();
    for (const targets of [[other], [DEMO_GRID_ID, elsewhere().address!.gridId], [STREET_ID]]) {
      expect(await call('save', draft({ targets }), 'demo-community')).toMatchObject({
        ok: false,
        code: 'AUTH.OUT_OF_SCOPE',
      });
    }
    expect(cloud.snapshot()).toEqual(before);
  });

  it('only a street, community, grid or building may be a target', async () => {
    const before = cloud.snapshot();
    const r = await call('save', draft({ targets: ['cpd-tianhejiacheng'] }), 'demo-community');
    expect(r).toMatchObject({ ok: false, code: 'NOTICE.BAD_TARGET' });
    expect(await call('save', draft({ targets: ['no-such-node'] }), 'demo-street')).toMatchObject({
      ok: false,
      code: 'NOTICE.BAD_TARGET',
    });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('text that fails the content check is refused and nothing is stored', async () => {
    cloud.emu.outbox.respond('security.msgSecCheck', () => ({ result: { suggest: 'risky', label: 20001 } }));
    const before = cloud.snapshot();
    expect(await call('save', draft(), 'demo-community')).toMatchObject({ ok: false, code: 'CONTENT.REJECTED' });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('images in the body are kept and each is submitted once to the image check, as the author’s, scene 3', async () => {
    const fileId = uploadAs(cloud, 'demo-community', Buffer.from('not really a jpeg'));
    const before = cloud.emu.outbox.list({ api: 'security.mediaCheckAsync' }).length;
    const { id } = expectOk(
      await call(
        'save',
        draft({
          body: [
            { type: 'p', text: '见下图' },
            { type: 'img', fileId },
          ],
        }),
        'demo-community',
      ),
    );
    expect(notice(id).images).toEqual([fileId]);
    const checks = cloud.emu.outbox.list({ api: 'security.mediaCheckAsync' }).slice(before);
    expect(checks).toHaveLength(1);
    expect(checks[0].args).toMatchObject({ openid: 'demo-community', scene: 3, mediaType: 2, version: 2 });
    const shown = expectOk(await call('detail', { id }, 'demo-community'));
    expect(shown.body[1]).toMatchObject({ type: 'img', fileId });
    expect((shown.body[1] as { url?: string }).url).toBeTruthy();
  });

  it('a draft can be edited; a published notice cannot (NOTICE.NOT_EDITABLE)', async () => {
    const { id } = expectOk(await call('save', draft(), 'demo-community'));
    expectOk(await call('save', { ...draft({ title: '改过的标题' }), id }, 'demo-community'));
    expect(notice(id).title).toBe('改过的标题');
    expectOk(await call('publish', { id }, 'demo-community'));
    const before = cloud.snapshot();
    expect(await call('save', { ...draft(), id }, 'demo-community')).toMatchObject({
      ok: false,
      code: 'NOTICE.NOT_EDITABLE',
    });
    expect(await call('publish', { id }, 'demo-community')).toMatchObject({
      ok: false,
      code: 'NOTICE.NOT_PUBLISHABLE',
    });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('staff of another community cannot publish or withdraw the demo community’s notice', async () => {
    const { id } = expectOk(await call('save', draft(), 'demo-community'));
    const otherStaff = users().find((u) =>
      u.roles.some((g) => g.role === 'communityStaff' && g.orgId !== DEMO_COMMUNITY_ID),
    )!._id;
    const before = cloud.snapshot();
    expect(await call('publish', { id }, otherStaff)).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' });
    expect(await call('publish', { id }, 'demo-resident')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
    expect(cloud.snapshot()).toEqual(before);
  });
});

describe('scope choices', () => {
  it('community staff may choose their community or its grids; street staff the street or its communities', async () => {
    const c = expectOk(await call('scopes', {}, 'demo-community'));
    expect(c.options[0]).toMatchObject({ id: DEMO_COMMUNITY_ID, type: 'community' });
    expect(c.options.slice(1).every((o) => o.type === 'grid' && o.communityId === DEMO_COMMUNITY_ID)).toBe(true);
    expect(c.options.map((o) => o.id)).toContain(DEMO_GRID_ID);
    const s = expectOk(await call('scopes', {}, 'demo-street'));
    expect(s.options[0]).toMatchObject({ id: STREET_ID, type: 'street' });
    expect(s.options.filter((o) => o.type === 'community')).toHaveLength(8);
    expect(await call('scopes', {}, 'demo-resident')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  });

  const nodes = () => cloud.emu.store.all('org_nodes') as unknown as OrgNode[];

  it("with a grid, community staff get exactly that grid's buildings, named with their compound", async () => {
    const expected = nodes()
      .filter((n) => n.type === 'building' && n.gridId === DEMO_GRID_ID)
      .map((n) => n._id)
      .sort();
    expect(expected.length).toBeGreaterThan(1);
    const res = expectOk(await call('scopes', { gridId: DEMO_GRID_ID }, 'demo-community'));
    expect(res.options.map((o) => o.id).sort()).toEqual(expected);
    expect(res.options.every((o) => o.type === 'building' && o.gridId === DEMO_GRID_ID)).toBe(true);
    expect(res.options.find((o) => o.id === DEMO_BUILDING_ID)?.name).toBe('天河嘉城 3号楼');
  });

  it("another community's grid, or an id that is no grid, is refused and changes nothing", async () => {
    const foreignGrid = nodes().find((n) => n.type === 'grid' && n.communityId !== DEMO_COMMUNITY_ID)!;
    const before = cloud.snapshot();
    expect(await call('scopes', { gridId: foreignGrid._id }, 'demo-community')).toMatchObject({
      ok: false,
      code: 'AUTH.OUT_OF_SCOPE',
    });
    expect(await call('scopes', { gridId: DEMO_BUILDING_ID }, 'demo-community')).toMatchObject({
      ok: false,
      code: 'AUTH.OUT_OF_SCOPE',
    });
    expect(await call('scopes', { gridId: DEMO_GRID_ID }, 'demo-resident')).toMatchObject({
      ok: false,
      code: 'AUTH.FORBIDDEN',
    });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('a notice published to one building reaches its residents and not those of another building of the same grid', async () => {
    const sameGridOtherBuilding = users().find(
      (u) =>
        u._id.startsWith('res-') && u.address?.gridId === DEMO_GRID_ID && u.address.buildingId !== DEMO_BUILDING_ID,
    )!;
    expect(sameGridOtherBuilding).toBeDefined();
    const id = await publishNew('demo-community', { targets: [DEMO_BUILDING_ID] });
    expect(notice(id).reachGrids).toEqual([DEMO_GRID_ID]);
    expect(await listAll('demo-resident')).toContain(id);
    expect(await listAll(sameGridOtherBuilding._id)).not.toContain(id);
  });
});

describe('reach before publishing (将通知 N 户)', () => {
  /** households as the door-to-door list counts them: distinct building + room of residents in scope */
  const householdsIn = (targets: string[]) =>
    new Set(
      users()
        .filter((u) => u.address && covers(targets, STREET_ID, u.address))
        .map((u) => `${u.address!.buildingId}|${u.address!.room ?? ''}`),
    ).size;

  it('counts the households the targets reach, each home once however many people live there', async () => {
    const targets = [DEMO_GRID_ID, DEMO_GRID_2_ID];
    const before = cloud.snapshot();
    const r = expectOk(await call('reach', { targets }, 'demo-community'));
    expect(r.households).toBe(householdsIn(targets));
    expect(r.households).toBeGreaterThan(0);
    const community = expectOk(await call('reach', { targets: [DEMO_COMMUNITY_ID] }, 'demo-community'));
    const residents = users().filter((u) => u.address?.communityId === DEMO_COMMUNITY_ID).length;
    expect(community.households).toBe(householdsIn([DEMO_COMMUNITY_ID]));
    // people sharing a home are one household (the seed has such homes)
    expect(community.households).toBeLessThan(residents);
    const building = expectOk(await call('reach', { targets: [DEMO_BUILDING_ID] }, 'demo-community'));
    expect(building.households).toBe(householdsIn([DEMO_BUILDING_ID]));
    // read-only
    expect(cloud.snapshot()).toEqual(before);
  });

  it('agrees with the door-to-door lists of the notice once it is published', async () => {
    const id = await publishNew('demo-community', { targets: [DEMO_GRID_ID] });
    const reach = expectOk(await call('reach', { targets: [DEMO_GRID_ID] }, 'demo-community'));
    const d = expectOk(await call('doorToDoor', { id, gridId: DEMO_GRID_ID }, 'demo-community'));
    expect(reach.households).toBe(d.households);
  });

  it('tells nothing about a place the caller cannot publish to', async () => {
    const before = cloud.snapshot();
    const other = elsewhere().address!.communityId;
    expect(await call('reach', { targets: [other] }, 'demo-community')).toMatchObject({ code: 'AUTH.OUT_OF_SCOPE' });
    expect(await call('reach', { targets: [STREET_ID] }, 'demo-community')).toMatchObject({
      code: 'AUTH.OUT_OF_SCOPE',
    });
    expect(await call('reach', { targets: [DEMO_GRID_ID] }, 'demo-resident')).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    expect(await call('reach', { targets: [DEMO_GRID_ID] }, 'demo-grid')).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    expect(await call('reach', { targets: ['no-such-node'] }, 'demo-street')).toMatchObject({
      code: 'NOTICE.BAD_TARGET',
    });
    expect(await call('reach', { targets: [] }, 'demo-community')).toMatchObject({
      code: 'COMMON.VALIDATION',
      message: '请选择发布范围',
    });
    expect(cloud.snapshot()).toEqual(before);
  });
});

describe('scheduling with a fixed clock', () => {
  it('a notice scheduled an hour ahead is hidden until then and shows from that minute on', async () => {
    const at = clock.now() + HOUR;
    const id = await publishNew('demo-community', { publishAt: at });
    expect(notice(id).publishAt).toBe(at);
    const mine = expectOk(await call('managed', {}, 'demo-community'));
    expect(mine.items.find((i) => i.id === id)?.state).toBe('scheduled');
    expect(await listAll('demo-resident')).not.toContain(id);
    expect(await call('detail', { id }, 'demo-resident')).toMatchObject({ ok: false, code: 'NOTICE.NOT_FOUND' });

    clock.set(at - 1);
    expect(await listAll('demo-resident')).not.toContain(id);
    clock.set(at);
    expect(await listAll('demo-resident')).toContain(id);
  });

  it('an expired notice disappears from the list at its expiry time', async () => {
    const id = await publishNew('demo-community', { expiresAt: clock.now() + 2 * HOUR });
    expect(await listAll('demo-resident')).toContain(id);
    clock.advance(2 * HOUR);
    expect(await listAll('demo-resident')).not.toContain(id);
  });

  it('a publish time in the past publishes now', async () => {
    const id = await publishNew('demo-community', { publishAt: clock.now() - 5 * HOUR });
    expect(notice(id).publishAt).toBe(clock.now());
  });
});

describe('withdrawal', () => {
  it('residents no longer see a withdrawn notice; the record, its reads and figures stay', async () => {
    const id = await publishNew('demo-community');
    expectOk(await call('detail', { id }, 'demo-resident'));
    expectOk(await call('withdraw', { id }, 'demo-community'));
    expect(await listAll('demo-resident')).not.toContain(id);
    expect(await call('detail', { id }, 'demo-resident')).toMatchObject({ ok: false, code: 'NOTICE.NOT_FOUND' });
    expect(notice(id)).toMatchObject({ status: 'withdrawn', withdrawnAt: clock.now() });
    expect(notice(id).reads.total).toBe(1);
    const staff = expectOk(await call('detail', { id }, 'demo-community'));
    expect(staff.state).toBe('withdrawn');
    const before = cloud.snapshot();
    expect(await call('withdraw', { id }, 'demo-community')).toMatchObject({
      ok: false,
      code: 'NOTICE.NOT_WITHDRAWABLE',
    });
    expect(cloud.snapshot()).toEqual(before);
  });
});

describe('read figures on seeded data', () => {
  const seededReads = (id: string) =>
    (cloud.emu.store.all('notice_reads') as unknown as NoticeRead[]).filter((r) => r.noticeId === id && r.counted);

  it('street staff see the street-wide notice’s read share overall, per community and per grid', async () => {
    const f = expectOk(await call('figures', { id: 'ntc-seed-fire' }, 'demo-street'));
    const reads = seededReads('ntc-seed-fire');
    const inScope = users().filter((u) => u.address);
    expect(f.overall.residents).toBe(inScope.length);
    expect(f.overall.read).toBe(reads.length);
    expect(f.overall.share).toBe(Math.round((reads.length / inScope.length) * 100));
    expect(f.communities).toHaveLength(8);
    expect(f.communities.reduce((s, c) => s + c.residents, 0)).toBe(inScope.length);
    expect(f.communities.reduce((s, c) => s + c.read, 0)).toBe(reads.length);
    const g1 = f.grids.find((g) => g.id === DEMO_GRID_ID)!;
    expect(g1.residents).toBe(inScope.filter((u) => u.address!.gridId === DEMO_GRID_ID).length);
    expect(g1.read).toBe(reads.filter((r) => r.gridId === DEMO_GRID_ID).length);
  });

  it('community staff see only their community’s rows; a grid worker only their grid’s', async () => {
    const c = expectOk(await call('figures', { id: 'ntc-seed-fire' }, 'demo-community'));
    expect(c.communities.map((x) => x.id)).toEqual([DEMO_COMMUNITY_ID]);
    expect(c.grids.every((g) => g.id.startsWith('grid-fenghuang-'))).toBe(true);
    const g = expectOk(await call('figures', { id: 'ntc-seed-fire' }, 'demo-grid'));
    expect(g.grids.map((x) => x.id)).toEqual([DEMO_GRID_ID]);
    expect(g.myGrids).toEqual([DEMO_GRID_ID]);
  });

  it('residents cannot see figures (AUTH.FORBIDDEN)', async () => {
    expect(await call('figures', { id: 'ntc-seed-fire' }, 'demo-resident')).toMatchObject({
      ok: false,
      code: 'AUTH.FORBIDDEN',
    });
  });

  it('staff lists carry the read counts kept on each notice', async () => {
    const page = expectOk(await call('managed', {}, 'demo-community'));
    expect(page.canCompose).toBe(true);
    const water = page.items.find((i) => i.id === 'ntc-seed-water')!;
    expect(water.read).toBe(seededReads('ntc-seed-water').length);
    expect(water.informed).toBe(1);
    expect(page.items.map((i) => i.id)).toContain('ntc-seed-draft');
    const grid = expectOk(await call('managed', {}, 'demo-grid'));
    expect(grid.canCompose).toBe(false);
    expect(grid.items.map((i) => i.id)).not.toContain('ntc-seed-draft');
  });
});

describe('door-to-door list', () => {
  it('lists the households of the grid in scope that neither read nor were told, with names masked', async () => {
    const d = expectOk(await call('doorToDoor', { id: 'ntc-seed-water' }, 'demo-grid'));
    expect(d.gridId).toBe(DEMO_GRID_ID);
    const inGrid = users().filter((u) => u.address?.gridId === DEMO_GRID_ID);
    const households = new Set(inGrid.map((u) => `${u.address!.buildingId}|${u.address!.room ?? ''}`));
    expect(d.households).toBe(households.size);
    const listed = d.buildings.flatMap((b) => b.households);
    expect(listed.length).toBe(d.households - d.read - d.informed);
    expect(d.informed).toBe(1);
    for (const h of listed) for (const name of h.residents) expect(name).toMatch(/^.\*+$/);
    // the demo resident has not read it: their home is on the list
    const demo = d.buildings.find((b) => b.buildingId === 'bld-tianhejiacheng-03')!;
    expect(demo.households.map((h) => h.room)).toContain('2单元501');
  });

  it('marking a household as told in person takes it off the list, counted apart from reads, once', async () => {
    const before = notice('ntc-seed-water');
    expectOk(
      await call(
        'informed',
        { id: 'ntc-seed-water', buildingId: 'bld-tianhejiacheng-03', room: '2单元501' },
        'demo-grid',
      ),
    );
    const d = expectOk(await call('doorToDoor', { id: 'ntc-seed-water' }, 'demo-grid'));
    const demo = d.buildings.find((b) => b.buildingId === 'bld-tianhejiacheng-03');
    expect(demo?.households.map((h) => h.room) ?? []).not.toContain('2单元501');
    expect(notice('ntc-seed-water').informed.total).toBe(before.informed.total + 1);
    expect(notice('ntc-seed-water').reads.total).toBe(before.reads.total);
    const snap = cloud.snapshot();
    expectOk(
      await call(
        'informed',
        { id: 'ntc-seed-water', buildingId: 'bld-tianhejiacheng-03', room: '2单元501' },
        'demo-grid',
      ),
    );
    expect(cloud.snapshot()).toEqual(snap);
  });

  it('the worker of the next grid cannot open or mark this grid’s list', async () => {
    const before = cloud.snapshot();
    expect(await call('doorToDoor', { id: 'ntc-seed-chongyang', gridId: DEMO_GRID_ID }, 'demo-grid-2')).toMatchObject({
      ok: false,
      code: 'AUTH.OUT_OF_SCOPE',
    });
    expect(
      await call(
        'informed',
        { id: 'ntc-seed-chongyang', buildingId: 'bld-tianhejiacheng-03', room: '1单元101' },
        'demo-grid-2',
      ),
    ).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('community staff may open the list of any grid of their community', async () => {
    const d = expectOk(
      await call('doorToDoor', { id: 'ntc-seed-chongyang', gridId: DEMO_GRID_2_ID }, 'demo-community'),
    );
    expect(d.gridId).toBe(DEMO_GRID_2_ID);
    expect(d.households).toBeGreaterThan(0);
  });
});
