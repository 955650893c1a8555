/**
 * Household.members kept by org.bindAddress (issue 12: "its members, which are residents bound
 * there"): a resident binding a room joins its household in the address's own transaction, and a move
 * takes them out of the old one; a room without a household makes none.
 */
import { type Household, householdIdOf, type Result, type User } from '@lx/types';
import { DEMO_BUILDING_ID } from '@emulator/seed/build';
import { expectOk, setupCloud } from '../test-support/cloud';
import { main as org } from '../org/index';
import { main as visits } from './index';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
beforeEach(() => cloud.forgetLimits());

const bind = async (who: string, buildingId: string, room: string) =>
  expectOk((await cloud.call(org, 'org', 'bindAddress', { buildingId, room }, who)) as Result<unknown>);
const household = (id: string) => cloud.emu.store.get('households', id) as unknown as Household | null;
const user = (id: string) => cloud.emu.store.get('users', id) as unknown as User;
/** an unbound household of a building other than `not` */
const emptyHousehold = (q: Record<string, unknown>) =>
  cloud.emu.store.find('households', { members: { $size: 0 }, ...q }, { limit: 1 })[0] as unknown as Household;

describe('a household’s members follow bindAddress', () => {
  it('the seed’s residents are members of their rooms’ households', () => {
    const me = user('demo-resident');
    const mine = household(householdIdOf(me.address!.buildingId, me.address!.room!));
    expect(mine?.members).toContain('demo-resident');
  });

  it('binding a room joins its household; moving leaves it for the new one; a room with none makes none', async () => {
    const who = 'demo-resident';
    const old = user(who).address!;
    const oldId = householdIdOf(old.buildingId, old.room!);
    const a = emptyHousehold({ buildingId: DEMO_BUILDING_ID });
    await bind(who, a.buildingId, a.room);
    expect(household(a._id)!.members).toEqual([who]);
    expect(household(oldId)!.members).not.toContain(who);

    const b = emptyHousehold({ buildingId: { $ne: DEMO_BUILDING_ID } });
    await bind(who, b.buildingId, b.room);
    expect(household(b._id)!.members).toEqual([who]);
    expect(household(a._id)!.members).toEqual([]);

    // binding the same room again adds them once
    await bind(who, b.buildingId, b.room);
    expect(household(b._id)!.members).toEqual([who]);

    const count = cloud.emu.store.count('households', {});
    await bind(who, DEMO_BUILDING_ID, '99单元9901');
    expect(household(b._id)!.members).toEqual([]);
    expect(cloud.emu.store.count('households', {})).toBe(count);
    expect(user(who).address).toMatchObject({ buildingId: DEMO_BUILDING_ID, room: '99单元9901' });
  });

  it('a room added on the spot lists the residents already bound there, under the room’s one id', async () => {
    await bind('demo-resident-new', DEMO_BUILDING_ID, '12单元1201');
    const made = expectOk(
      (await cloud.call(
        visits,
        'visits',
        'createHousehold',
        { buildingId: DEMO_BUILDING_ID, room: '12单元1201' },
        'demo-grid',
      )) as Result<{ id: string }>,
    );
    expect(made.id).toBe(householdIdOf(DEMO_BUILDING_ID, '12单元1201'));
    expect(household(made.id)).toMatchObject({ members: ['demo-resident-new'], createdBy: 'demo-grid' });
  });

  it('two residents binding one room at once are both its members', async () => {
    const h = emptyHousehold({ buildingId: DEMO_BUILDING_ID });
    await Promise.all(['demo-resident', 'demo-resident-new'].map((who) => bind(who, h.buildingId, h.room)));
    expect([...household(h._id)!.members].sort()).toEqual(['demo-resident', 'demo-resident-new']);
  });
});
