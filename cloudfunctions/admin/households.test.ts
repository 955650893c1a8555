/**
 * Households from the org import and the building's edit page (issue 12), on the real store: a
 * building's 房号 or its 户数 make one household per room with the id the seed gives it, a dry run
 * writes nothing, the same sheet again makes nothing new, a room no longer listed loses its household
 * only when nothing refers to it (a visited one is kept), and the grid's household count follows.
 */
import {
  DAY,
  householdIdOf,
  type Household,
  type ImportReport,
  type OrgNode,
  type Result,
  type VisitCounterDoc,
  visitCounterId,
} from '@lx/types';
import { DEMO_BUILDING_ID, DEMO_COMMUNITY_ID, DEMO_GRID_ID } from '@emulator/seed/build';
import { clock, expectOk, setupCloud } from '../test-support/cloud';
import { visitsCaller } from '../test-support/visits';
import { main } from './index';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const visits = visitsCaller(cloud);
const admin = (action: 'importOrg' | 'saveNode', payload: Record<string, unknown>) =>
  cloud.call(main, 'admin', action, payload, 'demo-admin') as Promise<Result<unknown>>;

const node = (id: string) => cloud.emu.store.get('org_nodes', id) as unknown as OrgNode;
const households = (buildingId: string) =>
  (cloud.emu.store.find('households', { buildingId }, {}) as unknown as Household[]).sort((a, b) =>
    a.room.localeCompare(b.room),
  );
const gridCount = () =>
  (cloud.emu.store.get('visit_counters', visitCounterId(DEMO_GRID_ID)) as unknown as VisitCounterDoc).households;

const seeded = node(DEMO_BUILDING_ID);
const compound = node(seeded.compoundId!);
const gridName = node(DEMO_GRID_ID).name;
const community = node(DEMO_COMMUNITY_ID).name;
const HEAD = '类型,社区,名称,小区,所属网格,户数,人口,房号';
const row = (name: string, households: string, rooms: string) =>
  `楼栋,${community},${name},${compound.name},${gridName},${households},,"${rooms}"`;
const csv = (...rows: string[]) => [HEAD, ...rows].join('\n');
const importCsv = async (content: string, dryRun = false) =>
  expectOk(await admin('importOrg', { format: 'csv', content, dryRun })) as ImportReport;
const buildingNamed = (name: string) =>
  cloud.emu.store.find('org_nodes', { type: 'building', parentId: compound._id, name }, {})[0] as unknown as OrgNode;

describe('households from the org import', () => {
  const sheet = csv(row('导入9号楼', '', '101-104,201-204'), row('导入10号楼', '6', ''));

  it('a dry run counts the households it would make and writes nothing', async () => {
    const before = cloud.snapshot();
    const report = await importCsv(sheet, true);
    expect(report).toMatchObject({ created: 2, rejected: 0, households: { created: 14, removed: 0, kept: 0 } });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('one household per listed room, or per room of 户数 generated as the seed does; the grid counts them', async () => {
    const count = gridCount();
    const report = await importCsv(sheet);
    expect(report.households).toEqual({ created: 14, removed: 0, kept: 0 });
    const b9 = buildingNamed('导入9号楼');
    expect(b9.households).toBe(8);
    expect(households(b9._id).map((h) => h.room)).toEqual(['101', '102', '103', '104', '201', '202', '203', '204']);
    expect(households(b9._id)[0]).toMatchObject({
      _id: householdIdOf(b9._id, '101'),
      gridId: DEMO_GRID_ID,
      communityId: DEMO_COMMUNITY_ID,
      orgPath: [...b9.path.slice(0, 2), DEMO_GRID_ID, ...b9.path.slice(2)],
      members: [],
      tags: [],
      createdBy: 'import',
    });
    const b10 = buildingNamed('导入10号楼');
    expect(households(b10._id).map((h) => h.room)).toEqual([
      '1单元101',
      '1单元102',
      '1单元201',
      '1单元202',
      '1单元301',
      '1单元302',
    ]);
    expect(gridCount()).toBe(count + 14);
  });

  it('the same sheet again makes nothing new, and neither does the seed’s own building', async () => {
    const [count, all] = [gridCount(), cloud.emu.store.count('households', {})];
    const report = await importCsv(sheet);
    expect(report.households).toEqual({ created: 0, removed: 0, kept: 0 });
    const again = await importCsv(csv(row(seeded.name, String(seeded.households), '')));
    expect(again).toMatchObject({ updated: 1, households: { created: 0, removed: 0 } });
    expect([gridCount(), cloud.emu.store.count('households', {})]).toEqual([count, all]);
  });

  it('a room no longer listed loses its household unless it was visited', async () => {
    const b9 = buildingNamed('导入9号楼');
    const visited = householdIdOf(b9._id, '104');
    const v = (await visits.ok<{ visitId: string }>('start', { householdId: visited }, 'demo-grid')).visitId;
    expect(
      await visits.code('step', { visitId: v, step: 1, data: {}, requestId: 'rid-hh-import-1' }, 'demo-grid'),
    ).toBe('ok');
    const count = gridCount();
    const report = await importCsv(csv(row('导入9号楼', '', '101-103,201-203')));
    expect(report.households).toEqual({ created: 0, removed: 1, kept: 1 });
    expect(households(b9._id).map((h) => h.room)).toEqual(['101', '102', '103', '104', '201', '202', '203']);
    expect(cloud.emu.store.get('households', householdIdOf(b9._id, '204'))).toBeNull();
    expect(gridCount()).toBe(count - 1);
  });

  it('a broken 房号 is a rejected row with its reason, and makes nothing', async () => {
    const before = cloud.snapshot();
    const report = await importCsv(
      csv(row('导入11号楼', '', '106-101'), row('导入12号楼', '3', '101-104'), row('导入13号楼', '', '101,101')),
    );
    expect(report.rows.map((r) => r.message)).toEqual([
      '房号范围“106-101”有误：后一个数应不小于前一个',
      '房号共 4 个，与户数 3 不一致',
      '房号“101”重复',
    ]);
    expect(cloud.snapshot()).toEqual(before);
  });
});

describe('households from the building’s edit page', () => {
  const save = (extra: Record<string, unknown>) =>
    admin('saveNode', { type: 'building', parentId: compound._id, gridId: DEMO_GRID_ID, ...extra });

  it('a new building with 房号 gets its households; its 户数 follows them', async () => {
    const view = expectOk(await save({ name: '编辑1号楼', rooms: '1单元101-103' })) as { id: string };
    expect(node(view.id).households).toBe(3);
    expect(households(view.id).map((h) => h._id)).toEqual(
      ['1单元101', '1单元102', '1单元103'].map((r) => householdIdOf(view.id, r)),
    );
    // a larger 户数 and no 房号: generated rooms it lacks are added; a smaller one removes nothing
    clock.set(clock.now() + DAY);
    expectOk(await save({ id: view.id, name: '编辑1号楼', households: 5 }));
    expect(households(view.id).map((h) => h.room)).toEqual([
      '1单元101',
      '1单元102',
      '1单元103',
      '1单元201',
      '1单元202',
    ]);
    expectOk(await save({ id: view.id, name: '编辑1号楼', households: 2 }));
    expect(households(view.id)).toHaveLength(5);
  });

  it('a broken 房号 or one that disagrees with 户数 is refused and writes nothing', async () => {
    const before = cloud.snapshot();
    expect(await save({ name: '编辑2号楼', rooms: '105-101' })).toMatchObject({
      ok: false,
      code: 'ORG.ROOMS_INVALID',
      message: '房号范围“105-101”有误：后一个数应不小于前一个',
    });
    expect(await save({ name: '编辑2号楼', rooms: '101-105', households: 4 })).toMatchObject({
      ok: false,
      code: 'ORG.ROOMS_INVALID',
      message: '房号共 5 个，与户数 4 不一致',
    });
    expect(cloud.snapshot()).toEqual(before);
  });
});
