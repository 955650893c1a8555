/**
 * The staff workbench's server side: the queue in the order work is done (紧急 first, then the
 * soonest deadline), its 搜索 and 筛选, and 我经手的 — through the real handlers on the emulator's store,
 * with the one fake clock.
 */
import { DEMO_BUILDING_ID, DEMO_GRID_ID } from '@emulator/seed/build';
import { HOUR, type Page, parseTicketQuery, type Ticket, type TicketSummary } from '@lx/types';
import { listQueue } from '../shared/repo/tickets';
import { clock, expectOk, setupCloud } from '../test-support/cloud';
import { workflow } from '../test-support/tickets';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
afterEach(() => clock.reset());

type Q = Page<TicketSummary> & { counts: Record<string, number> };
const w = () => workflow(cloud);
const queue = async (payload: Record<string, unknown>, who = 'demo-grid') =>
  expectOk(await w().call('queue', payload, who)) as Q;
/** every page of a queue, following the cursors */
async function allPages(payload: Record<string, unknown>, who = 'demo-grid'): Promise<TicketSummary[]> {
  const out: TicketSummary[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 50; i++) {
    const page = await queue({ ...payload, ...(cursor ? { cursor } : {}) }, who);
    out.push(...page.items);
    if (!page.hasMore) return out;
    cursor = page.next;
  }
  throw new Error('the cursor never ended');
}
const rank = (t: Pick<Ticket, 'urgency' | 'dueAt'>) => [t.urgency === 'urgent' ? 0 : 1, t.dueAt] as const;
const before = (a: TicketSummary, b: TicketSummary) => {
  const [ua, da] = rank(a);
  const [ub, db] = rank(b);
  return ua < ub || (ua === ub && da <= db);
};

describe('tickets.queue order', () => {
  it('puts an urgent ticket with one hour left first, then the rest by urgency and deadline', async () => {
    const wf = w();
    const normalEarly = await wf.file({ description: '北门路灯不亮，晚上回家很黑' });
    wf.setNow(wf.now() + 2 * HOUR);
    const normalLate = await wf.file({ description: '西门路灯闪烁，时亮时不亮' });
    const urgent = await wf.file({ urgency: 'urgent', description: '南门路灯杆倾斜，随时可能倒下' });
    // the clock runs on until the urgent one has one hour left
    wf.setNow(wf.ticket(urgent).dueAt - HOUR);

    // these three alone (the seed's own pending tickets are checked by the order below)
    const ours = (await queue({ tab: 'pending', q: '门路灯' })).items.map((t) => t.id);
    // the normal ones by deadline (working-day limits may give both the same one: then by id)
    const normals = [normalEarly, normalLate].sort(
      (a, b) => wf.ticket(a).dueAt - wf.ticket(b).dueAt || (a < b ? -1 : 1),
    );
    expect(ours).toEqual([urgent, ...normals]);

    const items = await allPages({ tab: 'pending' });
    const ids = items.map((t) => t.id);
    // ahead of the urgent one: only urgent tickets due before it
    for (const t of items.slice(0, ids.indexOf(urgent))) {
      expect(t.urgency).toBe('urgent');
      expect(t.dueAt).toBeLessThanOrEqual(wf.ticket(urgent).dueAt);
    }
    for (let i = 1; i < items.length; i++) expect(before(items[i - 1], items[i])).toBe(true);
    // every pending ticket of the grid, once each, across the pages
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(cloud.emu.store.count('tickets', { handlerOrgId: DEMO_GRID_ID, status: 'pending' }));
  });

  it('pages across the end of the urgent ones without losing or repeating a ticket', async () => {
    const wf = w();
    const urgent: string[] = [];
    for (let i = 0; i < 3; i++)
      urgent.push(await wf.file({ urgency: 'urgent', description: `紧急路灯故障第${i}处需要处理` }));
    const normal: string[] = [];
    for (let i = 0; i < 4; i++) normal.push(await wf.file({ description: `一般路灯故障第${i}处需要处理` }));
    // pages of 2 over the 7 tickets the word 路灯故障 finds: 2 urgent | 1 urgent + 1 normal | 2 | 1
    // filed at one instant: equal deadlines, in id order; the repository's pages of 2 (the action's are 20)
    const filter = { handlerOrgIds: [DEMO_GRID_ID], statuses: ['pending'] as const };
    const narrowing = { query: parseTicketQuery('路灯故障') };
    const walk = async (size: number) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await listQueue(filter, narrowing, cursor, size);
        seen.push(...page.items.map((t) => t._id));
        if (!page.hasMore) break;
        cursor = page.next;
      }
      return seen;
    };
    const order = [...[...urgent].sort(), ...[...normal].sort()];
    expect(await walk(2)).toEqual(order);
    // a page that ends exactly with the last urgent one
    expect(await walk(3)).toEqual(order);
  });

  it('keeps 已办结 newest first', async () => {
    const items = await allPages({ tab: 'done' });
    for (let i = 1; i < items.length; i++) expect(items[i - 1].createdAt).toBeGreaterThanOrEqual(items[i].createdAt);
  });
});

describe('tickets.queue 搜索 and 筛选', () => {
  it('finds a ticket by its number, whole or by its tail', async () => {
    const wf = w();
    const id = await wf.file({ description: '楼道灯不亮了，请尽快处理' });
    const { no } = wf.ticket(id);
    expect((await queue({ tab: 'pending', q: no })).items.map((t) => t.id)).toEqual([id]);
    expect((await queue({ tab: 'pending', q: no.slice(-5) })).items.map((t) => t.id)).toContain(id);
  });

  it('finds by words, every one of which must appear, in the category or the description', async () => {
    const wf = w();
    const a = await wf.file({ description: '梧桐树枝压住电线，很危险' });
    const b = await wf.file({ description: '梧桐树叶堵塞下水口' });
    const both = (await queue({ tab: 'pending', q: '梧桐 电线' })).items.map((t) => t.id);
    expect(both).toEqual([a]);
    const one = (await queue({ tab: 'pending', q: '梧桐' })).items.map((t) => t.id);
    expect(one.sort()).toEqual([a, b].sort());
    // the category's name is searched too
    const byCategory = (await queue({ tab: 'pending', q: '梧桐 路灯' })).items.map((t) => t.id);
    expect(byCategory.sort()).toEqual([a, b].sort());
    // what a user types is text, not a pattern
    expect((await queue({ tab: 'pending', q: '.*' })).items).toEqual([]);
  });

  it('filters by category, building and source, and the counts stay the tabs’ totals', async () => {
    const wf = w();
    const garbage = await wf.file({ categoryId: 'cat-garbage', description: '垃圾桶满了没人清运' });
    const patrol = await wf.file(
      { source: 'patrol', buildingId: DEMO_BUILDING_ID, description: '巡查发现路灯不亮' },
      wf.cast.grid,
    );
    const all = await queue({ tab: 'pending' });

    const byCategory = await allPages({ tab: 'pending', categoryId: 'cat-garbage' });
    expect(byCategory.map((t) => t.id)).toContain(garbage);
    expect(byCategory.every((t) => t.categoryName === wf.ticket(garbage).categoryName)).toBe(true);

    const bySource = await allPages({ tab: 'pending', source: 'patrol' });
    expect(bySource.map((t) => t.id)).toContain(patrol);
    for (const t of bySource) expect(wf.ticket(t.id).source).toBe('patrol');

    const byBuilding = await allPages({ tab: 'pending', buildingId: DEMO_BUILDING_ID });
    expect(byBuilding.length).toBeGreaterThan(0);
    for (const t of byBuilding) expect(wf.ticket(t.id).buildingId).toBe(DEMO_BUILDING_ID);

    expect((await queue({ tab: 'pending', source: 'visit', categoryId: 'cat-garbage' })).counts).toEqual(all.counts);
  });
});

describe('tickets.handled (我经手的)', () => {
  it('lists what the worker accepted and escalated, in its current state, with no personal information', async () => {
    const wf = w();
    const id = await wf.states.communityPending();
    const page = expectOk(await wf.call('handled', {}, wf.cast.grid)) as Page<TicketSummary>;
    const row = page.items.find((t) => t.id === id);
    expect(row).toMatchObject({ status: 'pending', level: 'community' });
    expect(Object.keys(row!)).not.toEqual(expect.arrayContaining(['reporterPhone']));
    expect(JSON.stringify(row)).not.toMatch(/reporter|phone/i);
    // the community's staff who did nothing yet do not have it
    const theirs = expectOk(await wf.call('handled', {}, wf.cast.community)) as Page<TicketSummary>;
    expect(theirs.items.map((t) => t.id)).not.toContain(id);
    wf.setNow(wf.now() + HOUR);
    await wf.act(id, 'accept', wf.cast.community);
    const now = expectOk(await wf.call('handled', {}, wf.cast.community)) as Page<TicketSummary>;
    expect(now.items[0]).toMatchObject({ id, status: 'processing' });
  });

  it('lists a ticket filed on someone’s behalf (代办) and writes each handler once', async () => {
    const wf = w();
    // later than every earlier test's handling (the list is newest change first)
    wf.setNow(wf.now() + 3 * HOUR);
    const id = await wf.file(
      { source: 'phone', buildingId: DEMO_BUILDING_ID, description: '电话反映：楼下路灯坏了' },
      wf.cast.grid,
    );
    await wf.act(id, 'accept', wf.cast.grid);
    await wf.call('progress', { id, note: '已联系电工' }, wf.cast.grid);
    expect(wf.ticket(id).handlers).toEqual([wf.cast.grid]);
    const page = expectOk(await wf.call('handled', {}, wf.cast.grid)) as Page<TicketSummary>;
    expect(page.items[0]).toMatchObject({ id, status: 'processing' });
  });

  it('never lists a resident’s own filing, and is refused to residents', async () => {
    const wf = w();
    const id = await wf.file();
    expect(wf.ticket(id).handlers).toBeUndefined();
    expect(await wf.call('handled', {}, wf.cast.reporter)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  });

  it('pages newest change first with a cursor', async () => {
    const wf = w();
    for (let i = 0; i < 3; i++) {
      wf.setNow(wf.now() + HOUR);
      await wf.states.processing();
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let last = Infinity;
    for (let i = 0; i < 20; i++) {
      const page = expectOk(await wf.call('handled', cursor ? { cursor } : {}, wf.cast.grid)) as Page<TicketSummary>;
      for (const t of page.items) {
        const at = wf.ticket(t.id).updatedAt;
        expect(at).toBeLessThanOrEqual(last);
        last = at;
        seen.push(t.id);
      }
      if (!page.hasMore) break;
      cursor = page.next;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(cloud.emu.store.count('tickets', { handlers: wf.cast.grid }));
  });
});
