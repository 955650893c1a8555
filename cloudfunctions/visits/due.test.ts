/**
 * Due lists through the real handlers on the seeded store: the visitor's list filtered by kind on
 * the server (结对帮扶), and the community's (street's, grid's) overdue and today's visits of its
 * grids, both paged by due time with keyset cursors, each page equal to the store's own answer.
 */
import { cstMidnight, DAY, type GridDueItem, OPEN_VISIT_STATUSES, type Page, type Visit } from '@lx/types';
import { DEMO_COMMUNITY_ID, DEMO_GRID_ID } from '@emulator/seed/build';
import { clock, setupCloud } from '../test-support/cloud';
import { workflow } from '../test-support/tickets';
import { visitsCaller } from '../test-support/visits';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const { cast } = workflow(cloud);
const { call, ok, code } = visitsCaller(cloud);

type Item = { visit: { _id: string; source: string; dueAt: number; visitorId: string } };
/** Every page of a list, following its cursors. */
async function everyPage<T extends Item>(action: string, payload: Record<string, unknown>, who: string) {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await ok<Page<T>>(action, { ...payload, ...(cursor ? { cursor } : {}) }, who);
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out;
}
const openVisits = (q: Record<string, unknown>) =>
  (cloud.emu.store.find('visits', { status: { $in: [...OPEN_VISIT_STATUSES] }, ...q }, {}) as unknown as Visit[])
    .sort((a, b) => a.dueAt - b.dueAt || a._id.localeCompare(b._id))
    .map((v) => v._id);

describe('the visitor’s due list by kind', () => {
  it('结对帮扶: only pairing visits, every one of them, by due time', async () => {
    // an ad hoc visit of one of their paired households joins the pairing visits the seed gave them
    const paired = cloud.emu.store.find('households', { pairedWith: cast.party }, { limit: 1 })[0] as { _id: string };
    const adhoc = (await ok<{ visitId: string }>('start', { householdId: paired._id }, cast.party)).visitId;
    const all = await everyPage('due', {}, cast.party);
    expect(all.map((i) => i.visit._id)).toContain(adhoc);
    const pairing = await everyPage('due', { kind: 'pairing' }, cast.party);
    expect(pairing.length).toBeGreaterThan(0);
    expect(pairing.map((i) => i.visit._id)).toEqual(openVisits({ visitorId: cast.party, source: 'pairing' }));
    expect(pairing.map((i) => i.visit._id)).toEqual(
      all.filter((i) => i.visit.source === 'pairing').map((i) => i.visit._id),
    );
    const mine = await everyPage('due', { kind: 'adhoc' }, cast.party);
    expect(mine.map((i) => i.visit._id)).toEqual(openVisits({ visitorId: cast.party, source: 'adhoc' }));
    expect(mine.map((i) => i.visit._id)).toContain(adhoc);
  });
  it('the kind costs no read: the caller and one page, as the due-list bench’s budget says', async () => {
    await ok('due', { kind: 'pairing' }, cast.party);
    cloud.emu.stats.reset();
    await ok('due', { kind: 'pairing' }, cast.party);
    expect(cloud.emu.stats.reads).toBe(2);
  });
  it('an unknown kind is refused in Chinese', async () => {
    const r = await call('due', { kind: 'party' }, cast.party);
    expect(r).toMatchObject({ ok: false, code: 'COMMON.VALIDATION', message: '走访类型无效' });
  });
});

describe('the community’s due and overdue visits of its grids', () => {
  const today = () => cstMidnight(clock.now());
  it('overdue first, then today, whoever the visitor, with names; never 近期 or a closed visit', async () => {
    const rows = await everyPage<GridDueItem & Item>('gridDue', { orgId: DEMO_COMMUNITY_ID }, cast.community);
    const want = openVisits({ communityId: DEMO_COMMUNITY_ID, dueAt: { $lt: today() + DAY } });
    expect(rows.map((r) => r.visit._id)).toEqual(want);
    expect(new Set(rows.map((r) => r.visit.visitorId)).size).toBeGreaterThan(1);
    const buckets = rows.map((r) => r.bucket);
    expect(buckets).toContain('overdue');
    expect(buckets).toContain('today');
    expect(buckets.indexOf('today')).toBeGreaterThan(buckets.lastIndexOf('overdue'));
    const wang = rows.find((r) => r.visit.visitorId === 'demo-grid');
    expect(wang?.visitorName).toBe('王秀兰');
  });
  it('one bucket, one grid, one kind', async () => {
    const overdue = await everyPage('gridDue', { orgId: DEMO_COMMUNITY_ID, bucket: 'overdue' }, cast.community);
    expect(overdue.map((r) => r.visit._id)).toEqual(
      openVisits({ communityId: DEMO_COMMUNITY_ID, dueAt: { $lt: today() } }),
    );
    const grid = await everyPage('gridDue', { orgId: DEMO_GRID_ID, bucket: 'today', kind: 'pairing' }, cast.street);
    expect(grid.map((r) => r.visit._id)).toEqual(
      openVisits({ gridId: DEMO_GRID_ID, source: 'pairing', dueAt: { $gte: today(), $lt: today() + DAY } }),
    );
  });
  it('reads the caller, the node, one page of visits and its visitors’ names', async () => {
    await ok('gridDue', { orgId: DEMO_COMMUNITY_ID }, cast.community);
    cloud.emu.stats.reset();
    await ok('gridDue', { orgId: DEMO_COMMUNITY_ID }, cast.community);
    expect(cloud.emu.stats.reads).toBeLessThanOrEqual(4);
  });
  it('only staff whose grant covers the node', async () => {
    expect(await code('gridDue', { orgId: DEMO_COMMUNITY_ID }, cast.otherCommunity)).toBe('AUTH.OUT_OF_SCOPE');
    expect(await code('gridDue', { orgId: DEMO_COMMUNITY_ID }, cast.grid)).toBe('AUTH.FORBIDDEN');
    expect(await code('gridDue', { orgId: DEMO_COMMUNITY_ID }, cast.party)).toBe('AUTH.FORBIDDEN');
    expect(await code('gridDue', { orgId: DEMO_COMMUNITY_ID }, cast.reporter)).toBe('AUTH.FORBIDDEN');
  });
});
