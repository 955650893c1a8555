import crypto from 'node:crypto';
import { DEMO_BUILDING_ID, DEMO_GRID_ID } from '@emulator/seed/build';
import { Ticket, TicketEvent, type Ticket as TicketT } from '@lx/types';
import { forgetCategories } from '../shared/repo/categories';
import { clock, expectOk, setupCloud } from '../test-support/cloud';
import { uploadAs } from '../test-support/uploads';
import { main } from './index';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
afterEach(() => {
  jest.restoreAllMocks();
  clock.reset(); // a test that moved the clock leaves the next one at the seed's instant, pass or fail
});

type A = 'categories' | 'file' | 'mine' | 'detail' | 'queue';
const call = <Act extends A>(action: Act, payload: Record<string, unknown>, openid: string) =>
  cloud.call(main, 'tickets', action, payload, openid);
const good = { categoryId: 'cat-garbage', description: '3号楼东侧垃圾桶满溢，已经两天没人清运了', urgency: 'normal' };
/** files as `openid`, clear of the filing limits (those are shared/limits.test.ts's) */
const fileAs = async (openid: string, extra: Record<string, unknown> = {}) => {
  cloud.forgetLimits(openid);
  return expectOk(await call('file', { ...good, ...extra }, openid)) as { id: string; no: string };
};

/** A grid worker of a grid other than the demo resident's. */
const otherGridWorker = () => {
  const u = cloud.emu.store.find(
    'users',
    { roles: { $elemMatch: { role: 'gridWorker', orgId: { $ne: DEMO_GRID_ID } } } },
    { limit: 1 },
  ) as { _id: string }[];
  return u[0]._id;
};

describe('tickets.categories', () => {
  it('lists active categories with their time limits in Chinese', async () => {
    const list = expectOk(await call('categories', {}, 'demo-resident'));
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(list.find((c) => c.id === 'cat-garbage')?.limitText).toMatch(/工作日|小时|天/);
  });
});

describe('tickets.file', () => {
  it('files a ticket from the home building, routed to that building’s grid, with its first event', async () => {
    const photo = uploadAs(cloud, 'demo-resident');
    const { id, no } = await fileAs('demo-resident', {
      urgency: 'urgent',
      photos: [photo],
      phone: '13912345678',
    });
    expect(no).toMatch(/^\d{8}-\d{5}$/);
    const ticket = cloud.emu.store.get('tickets', id) as TicketT;
    expect(Ticket.safeParse(ticket).success).toBe(true);
    expect(ticket).toMatchObject({
      status: 'pending',
      level: 'grid',
      gridId: DEMO_GRID_ID,
      handlerOrgId: DEMO_GRID_ID,
      buildingId: DEMO_BUILDING_ID,
      reporterId: 'demo-resident',
      reporterPhone: '13912345678',
      urgency: 'urgent',
      photos: [photo],
    });
    const events = cloud.emu.store.find('ticket_events', { ticketId: id }, {}) as unknown[];
    expect(events).toHaveLength(1);
    expect(TicketEvent.safeParse(events[0]).success).toBe(true);
  });

  it('shows up in the queue of the grid worker of that grid, and in no other grid’s queue', async () => {
    const { id } = await fileAs('demo-resident');
    const mine = expectOk(await call('queue', { tab: 'pending' }, 'demo-grid'));
    expect(mine.items.map((t) => t.id)).toContain(id);
    expect(mine.counts.pending).toBeGreaterThanOrEqual(1);
    const theirs = expectOk(await call('queue', { tab: 'pending' }, otherGridWorker()));
    expect(theirs.items.map((t) => t.id)).not.toContain(id);
  });

  it('takes fourteen database operations on a warm instance, authorization, retry and limits included, plus the handlers’ messages', async () => {
    await fileAs('demo-resident'); // warms the category cache, as a running instance would be
    const workers = (
      cloud.emu.store.find(
        'users',
        { roles: { $elemMatch: { role: 'gridWorker', orgId: DEMO_GRID_ID } } },
        {},
      ) as unknown[]
    ).length;
    cloud.emu.stats.reset();
    await fileAs('demo-resident');
    // caller, building, the request's first answer (none), the filing limits' counters (one read for
    // both); in one transaction the ticket, its event, the request's record and the two counters
    // (record and counters read fresh there) and the statistics (one increment each of the grid's
    // month and its queue: types/stats.ts); then one read for the grid's workers and one credit update each
    expect(cloud.emu.stats.reads + cloud.emu.stats.writes).toBeLessThanOrEqual(14 + 1 + workers);
    expect(cloud.emu.stats.writes).toBe(7 + workers);
  });

  it('draws another number when the first is taken', async () => {
    const taken = await fileAs('demo-resident');
    const n = Number(taken.no.slice(-5));
    jest
      .spyOn(crypto, 'randomInt')
      .mockReturnValueOnce(n as never)
      .mockReturnValueOnce(((n + 1) % 100000) as never);
    const second = await fileAs('demo-resident');
    // the second draw was used, so the first really clashed and was retried
    expect(second.no).toBe(`${taken.no.slice(0, 9)}${String((n + 1) % 100000).padStart(5, '0')}`);
    expect(cloud.emu.store.get('tickets', taken.id)).toMatchObject({ description: good.description, version: 1 });
    expect(cloud.emu.store.count('ticket_events', { ticketId: taken.id })).toBe(1);
  });

  it('reads the test clock, not the real one: filed at 00:30 China time a year after the seed', async () => {
    const at = Date.parse('2027-11-22T00:30:00+08:00');
    clock.set(at);
    const { id, no } = await fileAs('demo-resident');
    expect(no.startsWith('20271122-')).toBe(true);
    expect(cloud.emu.store.get('tickets', id)).toMatchObject({ createdAt: at, updatedAt: at });
  });

  it('writes the ticket and its event together: when the event cannot be written, no ticket is left behind', async () => {
    // the first id drawn is all zero bytes ('aaaa…'), and its first event's id is already taken
    const blocked = 'a'.repeat(20);
    cloud.emu.store.insertMany('ticket_events', [{ _id: `${blocked}-1`, ticketId: 'elsewhere', seq: 1 }]);
    const zeros = jest.spyOn(crypto, 'randomBytes').mockImplementationOnce(((n: number) => Buffer.alloc(n)) as never);
    const filed = await fileAs('demo-resident');
    expect(zeros.mock.results[0]?.value).toEqual(Buffer.alloc(20));
    expect(filed.id).not.toBe(blocked);
    expect(cloud.emu.store.get('tickets', blocked)).toBeNull();
    expect(cloud.emu.store.get('tickets', filed.id)).toMatchObject({ no: filed.no });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no category', { categoryId: undefined }, 'COMMON.VALIDATION'],
    ['a four-character description', { description: '垃圾太多' }, 'COMMON.VALIDATION'],
    ['501 characters', { description: '脏'.repeat(501) }, 'COMMON.VALIDATION'],
    ['ten photos', { photos: Array.from({ length: 10 }, (_, i) => `local://t/${i}.jpg`) }, 'COMMON.VALIDATION'],
    ['a photo from elsewhere', { photos: ['https://example.com/a.jpg'] }, 'COMMON.VALIDATION'],
    ['an unknown urgency', { urgency: 'yesterday' }, 'COMMON.VALIDATION'],
    ['a bad phone number', { phone: '110' }, 'COMMON.VALIDATION'],
    ['an unknown category', { categoryId: 'cat-nope' }, 'CATEGORY.NOT_FOUND'],
    ['a building that does not exist', { buildingId: 'bld-nope' }, 'ORG.NOT_A_BUILDING'],
  ])('refuses %s with %s and writes nothing', async (_what, change, code) => {
    const before = cloud.snapshot();
    const r = await call('file', { ...good, ...change }, 'demo-resident');
    expect(r).toMatchObject({ ok: false, code });
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(cloud.snapshot()).toEqual(before);
  });

  it('refuses a resident with no bound address, and a caller with no identity, writing nothing', async () => {
    const before = cloud.snapshot();
    expect(await call('file', good, 'demo-resident-new')).toMatchObject({
      ok: false,
      code: 'USER.ADDRESS_REQUIRED',
      message: '请先绑定您的住址',
    });
    expect(await call('file', good, '')).toMatchObject({ ok: false, code: 'AUTH.NO_IDENTITY' });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('a home in a building with no grid yet binds, and its tickets go to the community’s triage queue', async () => {
    const org = require('../org/index').main;
    const [unmapped] = cloud.emu.store.find(
      'org_nodes',
      { type: 'building', gridId: { $exists: false } },
      { limit: 1 },
    ) as {
      _id: string;
      communityId: string;
    }[];
    expectOk(await cloud.call(org, 'org', 'me', {}, 'wx-triage'));
    const me = expectOk(await cloud.call(org, 'org', 'bindAddress', { buildingId: unmapped._id }, 'wx-triage'));
    expect(me.address?.gridId).toBeUndefined();
    const { id } = await fileAs('wx-triage');
    expect(cloud.emu.store.get('tickets', id)).toMatchObject({
      level: 'community',
      gridId: null,
      handlerOrgId: unmapped.communityId,
      status: 'pending',
    });
  });

  it('refuses a category an admin has switched off', async () => {
    cloud.emu.store.insertMany('categories', [
      { ...(cloud.emu.store.get('categories', 'cat-garbage') as object), _id: 'cat-off', active: false },
    ]);
    forgetCategories();
    expect(await call('file', { ...good, categoryId: 'cat-off' }, 'demo-resident')).toMatchObject({
      ok: false,
      code: 'CATEGORY.NOT_FOUND',
    });
  });

  it('keeps concurrent callers apart: each ticket carries its own reporter', async () => {
    expectOk(
      await cloud.call(
        require('../org/index').main,
        'org',
        'bindAddress',
        { buildingId: DEMO_BUILDING_ID },
        'demo-resident-new',
      ),
    );
    const [a, b] = await Promise.all([fileAs('demo-resident'), fileAs('demo-resident-new')]);
    expect(cloud.emu.store.get('tickets', a.id)).toMatchObject({ reporterId: 'demo-resident' });
    expect(cloud.emu.store.get('tickets', b.id)).toMatchObject({ reporterId: 'demo-resident-new' });
  });
});

describe('tickets.mine', () => {
  it('pages newest first through the caller’s own tickets, with no overlap and no gaps', async () => {
    for (let i = 0; i < 23; i++) await fileAs('demo-party', { buildingId: DEMO_BUILDING_ID });
    const total = cloud.emu.store.count('tickets', { reporterId: 'demo-party' });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = expectOk(await call('mine', { tab: 'all', ...(cursor ? { cursor } : {}) }, 'demo-party'));
      expect(page.items.length).toBeLessThanOrEqual(20);
      seen.push(...page.items.map((t) => t.id));
      cursor = page.next;
      if (page.hasMore) expect(cursor).toBeDefined();
    } while (cursor);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const times = seen.map((id) => (cloud.emu.store.get('tickets', id) as TicketT).createdAt);
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });

  it('never lists someone else’s tickets', async () => {
    const page = expectOk(await call('mine', { tab: 'open' }, 'demo-resident'));
    for (const t of page.items)
      expect((cloud.emu.store.get('tickets', t.id) as TicketT).reporterId).toBe('demo-resident');
  });
});

describe('tickets.detail', () => {
  it('shows the reporter their ticket with its timeline, without their own contact details', async () => {
    const { id } = await fileAs('demo-resident', { phone: '13912345678' });
    const d = expectOk(await call('detail', { id }, 'demo-resident'));
    expect(d).toMatchObject({ id, status: 'pending', handlerOrgName: expect.stringMatching(/网格/) });
    expect(d.timeline).toEqual([
      expect.objectContaining({ seq: 1, actionLabel: '提交诉求', actorLabel: '居民', to: 'pending' }),
    ]);
    expect(d.reporter).toBeUndefined();
  });

  it('shows the handling grid worker who reported it and how to call them', async () => {
    const { id } = await fileAs('demo-resident', { phone: '13912345678' });
    const d = expectOk(await call('detail', { id }, 'demo-grid'));
    expect(d.reporter).toEqual({ name: expect.any(String), phone: '13912345678' });
  });

  it('hides the reporter of an anonymous ticket even from the handler', async () => {
    const { id } = await fileAs('demo-resident', { anonymous: true, phone: '13912345678' });
    expect(expectOk(await call('detail', { id }, 'demo-grid')).reporter).toBeUndefined();
  });

  it('reports a ticket outside the caller’s scope as not found', async () => {
    const { id } = await fileAs('demo-resident');
    expect(await call('detail', { id }, otherGridWorker())).toMatchObject({ ok: false, code: 'TICKET.NOT_FOUND' });
    expect(await call('detail', { id }, 'demo-resident-new')).toMatchObject({ ok: false, code: 'TICKET.NOT_FOUND' });
  });
});

describe('tickets.queue', () => {
  it('is refused to residents and to a grid the caller does not work in', async () => {
    expect(await call('queue', {}, 'demo-resident')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
    expect(await call('queue', { gridId: 'grid-other' }, 'demo-grid')).toMatchObject({
      ok: false,
      code: 'AUTH.OUT_OF_SCOPE',
    });
  });

  it('counts each tab and lists only the grid’s tickets in the tab’s statuses', async () => {
    const q = expectOk(await call('queue', { tab: 'processing' }, 'demo-grid'));
    expect(q.counts.processing).toBe(
      cloud.emu.store.count('tickets', { handlerOrgId: DEMO_GRID_ID, status: { $in: ['processing', 'verifying'] } }),
    );
    for (const t of q.items) expect(['processing', 'verifying']).toContain(t.status);
  });
});
