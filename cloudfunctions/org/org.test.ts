import { DEMO_BUILDING_ID, DEMO_COMMUNITY_ID, DEMO_GRID_2_ID, DEMO_GRID_ID } from '@emulator/seed/build';
import { expectOk, setupCloud } from '../test-support/cloud';
import { main } from './index';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const call = <A extends 'me' | 'children' | 'bindAddress'>(
  action: A,
  payload: Record<string, unknown>,
  openid: string,
) => cloud.call(main, 'org', action, payload, openid);

describe('org.me', () => {
  it('registers a first-time visitor as a resident with no roles and no address', async () => {
    const me = expectOk(await call('me', {}, 'wx-first-visit'));
    expect(me).toEqual({ id: 'wx-first-visit', nickname: '微信用户', roles: [] });
    expect(cloud.emu.store.get('users', 'wx-first-visit')).toMatchObject({ roles: [], addressHistory: [] });
  });

  it('registers a visitor once even when the first two calls arrive together', async () => {
    const [a, b] = await Promise.all([call('me', {}, 'wx-double-open'), call('me', {}, 'wx-double-open')]);
    expect(expectOk(a).id).toBe('wx-double-open');
    expect(expectOk(b).id).toBe('wx-double-open');
    expect(cloud.emu.store.count('users', { _id: 'wx-double-open' })).toBe(1);
  });

  it('shows a grid worker their role with the grid’s name', async () => {
    const me = expectOk(await call('me', {}, 'demo-grid'));
    expect(me.roles).toEqual([expect.objectContaining({ role: 'gridWorker', orgName: expect.stringMatching(/网格/) })]);
  });

  it('refuses a call with no identity', async () => {
    expect(await call('me', {}, '')).toMatchObject({ ok: false, code: 'AUTH.NO_IDENTITY' });
  });
});

describe('org.grids (分派网格)', () => {
  it('lists a community’s grids in order, and only that community’s', async () => {
    const res = await cloud.call(main, 'org', 'grids', { communityId: DEMO_COMMUNITY_ID }, 'demo-community');
    const grids = expectOk(res);
    const stored = cloud.emu.store.find('org_nodes', { type: 'grid', communityId: DEMO_COMMUNITY_ID }, {}) as {
      _id: string;
    }[];
    expect(grids.map((g) => g.id).sort()).toEqual(stored.map((g) => g._id).sort());
    expect(grids.length).toBeGreaterThan(1);
    expect(grids.every((g) => g.type === 'grid' && !g.hasChildren)).toBe(true);
  });

  it('refuses what is not a community', async () => {
    expect(await cloud.call(main, 'org', 'grids', { communityId: DEMO_BUILDING_ID }, 'demo-community')).toMatchObject({
      ok: false,
      code: 'ORG.NOT_FOUND',
    });
    expect(await cloud.call(main, 'org', 'grids', {}, 'demo-community')).toMatchObject({
      ok: false,
      code: 'COMMON.VALIDATION',
    });
  });
});

describe('org.children (the address cascader)', () => {
  it('lists the eight communities, then a community’s compounds (not its grids), then buildings', async () => {
    const communities = expectOk(await call('children', {}, 'demo-resident-new'));
    expect(communities).toHaveLength(8);
    expect(communities.every((c) => c.type === 'community' && c.hasChildren)).toBe(true);

    const compounds = expectOk(await call('children', { parentId: DEMO_COMMUNITY_ID }, 'demo-resident-new'));
    expect(compounds.length).toBeGreaterThan(0);
    expect(compounds.every((c) => c.type === 'compound')).toBe(true);

    const buildings = expectOk(await call('children', { parentId: compounds[0].id }, 'demo-resident-new'));
    expect(buildings.length).toBeGreaterThan(0);
    expect(buildings.every((b) => b.type === 'building' && !b.hasChildren)).toBe(true);
  });
});

describe('org.children within a grid (代办 starts in the worker’s own grid)', () => {
  const gridOf = (id: string) => (cloud.emu.store.get('org_nodes', id) as unknown as { gridId?: string }).gridId;
  it('lists only the compounds holding one of the grid’s buildings, and only its buildings', async () => {
    const all = expectOk(await call('children', { parentId: DEMO_COMMUNITY_ID }, 'demo-grid'));
    const mine = expectOk(await call('children', { parentId: DEMO_COMMUNITY_ID, gridId: DEMO_GRID_ID }, 'demo-grid'));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThanOrEqual(all.length);
    let seen = 0;
    for (const compound of mine) {
      const buildings = expectOk(await call('children', { parentId: compound.id, gridId: DEMO_GRID_ID }, 'demo-grid'));
      expect(buildings.length).toBeGreaterThan(0);
      expect(buildings.every((b) => gridOf(b.id) === DEMO_GRID_ID)).toBe(true);
      seen += buildings.length;
    }
    // every building of the grid is reachable, none of another grid
    const inGrid = cloud.emu.store.count('org_nodes', { type: 'building', gridId: DEMO_GRID_ID });
    expect(seen).toBe(inGrid);
    // another grid of the same compound: other buildings, none of these
    const compound = mine[0].id;
    const ids = async (gridId?: string) =>
      expectOk(await call('children', { parentId: compound, ...(gridId ? { gridId } : {}) }, 'demo-grid')).map(
        (b) => b.id,
      );
    const [one, two, every] = [await ids(DEMO_GRID_ID), await ids(DEMO_GRID_2_ID), await ids()];
    expect(two.filter((id) => one.includes(id))).toEqual([]);
    expect(one.length).toBeLessThan(every.length);
    // the street's level has no grid: the communities as ever
    expect(expectOk(await call('children', { gridId: DEMO_GRID_ID }, 'demo-grid'))).toHaveLength(8);
  });

  it('gives each role its org path, so the client knows the grid’s community', async () => {
    const me = expectOk(await call('me', {}, 'demo-grid'));
    expect(me.roles[0]).toMatchObject({ role: 'gridWorker', orgId: DEMO_GRID_ID });
    expect(me.roles[0].orgPath?.at(-2)).toBe(DEMO_COMMUNITY_ID);
  });
});

describe('org.bindAddress', () => {
  it('binds a home building, routes it to the building’s grid, and keeps the old address on a move', async () => {
    expectOk(await call('me', {}, 'wx-mover'));
    const first = expectOk(await call('bindAddress', { buildingId: DEMO_BUILDING_ID, room: '2单元501' }, 'wx-mover'));
    const building = cloud.emu.store.get('org_nodes', DEMO_BUILDING_ID) as { gridId: string };
    expect(first.address).toMatchObject({ buildingId: DEMO_BUILDING_ID, gridId: building.gridId, room: '2单元501' });
    expect(first.address?.text).toMatch(/社区 .+ .+号楼 2单元501$/);

    const other = (
      cloud.emu.store.find('org_nodes', { type: 'building', _id: { $ne: DEMO_BUILDING_ID } }, { limit: 1 }) as {
        _id: string;
      }[]
    )[0];
    const moved = expectOk(await call('bindAddress', { buildingId: other._id }, 'wx-mover'));
    expect(moved.address?.buildingId).toBe(other._id);
    expect(cloud.emu.store.get('users', 'wx-mover')).toMatchObject({
      addressHistory: [expect.objectContaining({ buildingId: DEMO_BUILDING_ID })],
    });
  });

  it.each([
    [{ buildingId: 'bld-does-not-exist' }, 'ORG.NOT_FOUND'],
    [{ buildingId: DEMO_COMMUNITY_ID }, 'ORG.NOT_A_BUILDING'],
    [{}, 'COMMON.VALIDATION'],
    [{ buildingId: DEMO_BUILDING_ID, room: 'x'.repeat(21) }, 'COMMON.VALIDATION'],
  ])('refuses %j with %s and changes nothing', async (payload, code) => {
    const before = cloud.snapshot();
    const userBefore = cloud.emu.store.get('users', 'demo-resident-new');
    const r = await call('bindAddress', payload, 'demo-resident-new');
    expect(r).toMatchObject({ ok: false, code });
    expect(r.ok === false && r.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(cloud.snapshot()).toEqual(before);
    expect(cloud.emu.store.get('users', 'demo-resident-new')).toEqual(userBefore);
  });

  it('refuses someone who never opened the mini-program', async () => {
    expect(await call('bindAddress', { buildingId: DEMO_BUILDING_ID }, 'wx-stranger')).toMatchObject({
      ok: false,
      code: 'AUTH.NOT_REGISTERED',
    });
  });
});

describe('the dispatcher', () => {
  it('answers an unknown action and a malformed event with codes, not exceptions', async () => {
    expect(await cloud.emu.invoke(main, { action: 'dropDatabase' }, { OPENID: 'demo-admin' })).toMatchObject({
      ok: false,
      code: 'COMMON.UNKNOWN_ACTION',
    });
    expect(await cloud.emu.invoke(main, 'me', { OPENID: 'demo-admin' })).toMatchObject({
      ok: false,
      code: 'COMMON.BAD_REQUEST',
    });
    expect(await cloud.emu.invoke(main, { action: 'toString' }, { OPENID: 'demo-admin' })).toMatchObject({
      ok: false,
      code: 'COMMON.UNKNOWN_ACTION',
    });
  });
});
