/**
 * Who may 附议 and what a supporter reads, the ids nobody can guess, and the grid worker who filed on
 * someone's behalf: through the real handlers on the emulator's store.
 */
import { DEMO_BUILDING_ID, DEMO_COMMUNITY_ID, DEMO_GRID_ID } from '@emulator/seed/build';
import { DAY, type SimilarTicket, type TicketDetail, type User } from '@lx/types';
import { expectOk } from '../test-support/cloud';
import { START, ticketSuite } from '../test-support/suite';
import { runSweep } from '../sweeper/sweep';

const { cloud, w, cast } = ticketSuite();

const userDoc = (id: string) => cloud.emu.store.get('users', id) as unknown as User;
let made = 0;
/** A resident bound to the home `like` has (or to none). */
function resident(like?: string): string {
  const _id = `support-${++made}`;
  const address = like ? userDoc(like).address : undefined;
  cloud.emu.store.insertMany('users', [
    {
      _id,
      nickname: '居民',
      roles: [],
      ...(address ? { address } : {}),
      addressHistory: [],
      createdAt: 0,
      updatedAt: 0,
    },
  ]);
  return _id;
}
const nextDoor = () => resident(cast.reporter);
/** a resident of another community */
const farAway = () =>
  (
    w.find('users', {
      roles: { $size: 0 },
      'address.communityId': { $nin: [DEMO_COMMUNITY_ID] },
    }) as unknown as { _id: string }
  )._id;
/** a resident of the same community living in a building more than 100 m from the demo building */
function sameCommunityFar(): string {
  const home = w.find('org_nodes', { _id: DEMO_BUILDING_ID }) as unknown as { center: { lat: number; lng: number } };
  const users = cloud.emu.store.find('users', { roles: { $size: 0 }, 'address.communityId': DEMO_COMMUNITY_ID }, {});
  for (const u of users as unknown as User[]) {
    const b = w.find('org_nodes', { _id: u.address!.buildingId }) as unknown as {
      center?: { lat: number; lng: number };
    };
    if (!b.center) continue;
    const dLat = (b.center.lat - home.center.lat) * 111_000;
    const dLng = (b.center.lng - home.center.lng) * 111_000 * Math.cos((home.center.lat * Math.PI) / 180);
    if (Math.hypot(dLat, dLng) > 300) return u._id;
  }
  throw new Error('no far resident in the demo community');
}
const detail = async (id: string, who: string) => expectOk(await w.call('detail', { id }, who)) as TicketDetail;
const similar = async (who: string, p: Record<string, unknown> = {}) =>
  expectOk(await w.call('similar', { categoryId: 'cat-streetlight', ...p }, who)) as SimilarTicket[];

describe('附议 only for the tickets a neighbour could have been shown', () => {
  it('someone with no home, another community or a far building cannot join: TICKET.NOT_FOUND, nothing written', async () => {
    const id = await w.file({ anonymous: true });
    const outsiders = [resident(), farAway(), sameCommunityFar()];
    const snap = cloud.snapshot();
    for (const who of outsiders) {
      expect(await w.call('join', { id }, who)).toMatchObject({ ok: false, code: 'TICKET.NOT_FOUND' });
      expect(await w.call('detail', { id }, who)).toMatchObject({ ok: false, code: 'TICKET.NOT_FOUND' });
    }
    expect(cloud.snapshot()).toEqual(snap);
  });

  it('a resident of the same building joins', async () => {
    const id = await w.file();
    const who = nextDoor();
    expectOk(await w.call('join', { id }, who));
    expect(w.ticket(id).supporters).toEqual([who]);
  });

  it('similar offers a neighbour the tickets near their home, never to someone elsewhere, and never an anonymous text', async () => {
    const open = await w.file();
    const anon = await w.file({ anonymous: true, description: '楼道灯坏了我不想透露姓名' });
    const mine = await similar(nextDoor());
    expect(mine.map((s) => s.id)).toEqual(expect.arrayContaining([open, anon]));
    expect(mine.find((s) => s.id === open)?.description).toBeTruthy();
    expect(mine.find((s) => s.id === anon)?.description).toBeUndefined();
    const b = w.find('org_nodes', { _id: DEMO_BUILDING_ID }) as unknown as { center: { lat: number; lng: number } };
    for (const who of [resident(), farAway(), sameCommunityFar()]) {
      const ids = [
        ...(await similar(who, { buildingId: DEMO_BUILDING_ID })),
        ...(await similar(who, { point: b.center })),
      ].map((s) => s.id);
      expect(ids).not.toContain(open);
      expect(ids).not.toContain(anon);
    }
  });

  it('a supporter sees status, category and the public timeline: no notes, photos, exact point or reporter', async () => {
    const id = await w.file({ anonymous: true, photos: [w.photo(cast.reporter)] });
    const who = nextDoor();
    expectOk(await w.call('join', { id }, who));
    await w.act(id, 'accept', cast.grid, { note: '已联系电工，明早处理' });
    await w.call('progress', { id, note: '电工已到现场，更换了线路', photos: [w.photo(cast.grid)] }, cast.grid);
    const seen = await detail(id, who);
    expect(seen).toMatchObject({ status: 'processing', categoryName: w.ticket(id).categoryName, joined: true });
    expect(seen.timeline.map((e) => e.action)).toEqual(['file', 'join', 'accept', 'progress']);
    expect(seen.timeline.filter((e) => e.note || e.photos.length)).toEqual([]);
    expect(seen.photos).toEqual([]);
    expect(seen.point).toBeUndefined();
    expect(seen.reporter).toBeUndefined();
    expect(seen.description).toBe('');
    // the reporter still reads it all
    const own = await detail(id, cast.reporter);
    expect(own.timeline.find((e) => e.action === 'progress')?.note).toBe('电工已到现场，更换了线路');
  });
});

describe('no existence oracle', () => {
  it('a caller who may not see a ticket gets the answer a missing one gets, whatever the version', async () => {
    const id = await w.file();
    const who = farAway();
    for (const extra of [{}, { version: 1 }, { version: 999 }, { note: '我也是' }]) {
      const there = await w.call('join', { id, ...extra }, who);
      const missing = await w.call('join', { id: 'nosuchticket0000000000', ...extra }, who);
      expect(there).toEqual(missing);
      expect(there).toMatchObject({ ok: false, code: 'TICKET.NOT_FOUND' });
    }
  });
});

describe('ids nobody can guess', () => {
  it('a filed ticket’s id is 20 random base32 characters; its number is for display only', async () => {
    const ids = await Promise.all([1, 2, 3].map(() => w.file()));
    for (const id of ids) {
      const t = w.ticket(id);
      expect(id).toMatch(/^[a-z2-7]{20}$/);
      expect(t.no).toMatch(/^\d{8}-\d{5}$/);
      expect(await w.call('detail', { id: t.no }, cast.reporter)).toMatchObject({
        ok: false,
        code: 'TICKET.NOT_FOUND',
      });
    }
    expect(new Set(ids).size).toBe(3);
  });

  it('the seed’s tickets have such ids too', () => {
    const seeded = cloud.emu.store.find('tickets', {}, { limit: 20 }) as unknown as { _id: string; no: string }[];
    for (const t of seeded) expect(t._id).toMatch(/^[a-z2-7]{20}$/);
  });
});

describe('a grid worker cannot close their own work', () => {
  const onBehalf = (extra: Record<string, unknown> = {}) =>
    w.call(
      'file',
      {
        categoryId: 'cat-streetlight',
        description: '走访时居民反映楼下路灯不亮',
        source: 'visit',
        residentName: '孙大爷',
        buildingId: DEMO_BUILDING_ID,
        ...extra,
      },
      cast.grid,
    );

  it('the worker who filed on behalf may not rate or reopen it; nobody rates, so it closes by itself', async () => {
    const { id } = expectOk(await onBehalf()) as { id: string };
    await w.act(id, 'accept', cast.grid);
    await w.act(id, 'resolve', cast.grid, { note: '已更换灯泡，恢复照明', photos: [w.photo(cast.grid)] });
    expect((await detail(id, cast.grid)).allowedActions).not.toEqual(expect.arrayContaining(['rate']));
    expect((await detail(id, cast.grid)).allowedActions).not.toContain('reopen');
    const snap = cloud.snapshot();
    const version = w.ticket(id).version;
    expect(await w.call('rate', { id, version, score: 'satisfied' }, cast.grid)).toMatchObject({
      ok: false,
      code: 'AUTH.FORBIDDEN',
    });
    expect(await w.call('reopen', { id, version, reason: '我觉得还没好' }, cast.grid)).toMatchObject({
      ok: false,
      code: 'AUTH.FORBIDDEN',
    });
    expect(cloud.snapshot()).toEqual(snap);
    w.setNow(START + 8 * DAY);
    await runSweep({ now: w.now() });
    expect(w.ticket(id)).toMatchObject({ status: 'closed' });
    expect(w.events(id).at(-1)).toMatchObject({ action: 'autoClose' });
  });

  it('filing on behalf stays inside the worker’s own grids: AUTH.OUT_OF_SCOPE elsewhere, nothing written', async () => {
    const other = w.find('org_nodes', { type: 'building', gridId: { $nin: [DEMO_GRID_ID] } }) as unknown as {
      _id: string;
    };
    const snap = cloud.snapshot();
    expect(await onBehalf({ buildingId: other._id })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' });
    const grid2 = w.find('org_nodes', { _id: { $nin: [DEMO_GRID_ID] }, type: 'grid' }) as unknown as {
      center: { lat: number; lng: number };
    };
    expect(await onBehalf({ buildingId: undefined, point: grid2.center, addressText: '小区北门外' })).toMatchObject({
      ok: false,
      code: 'AUTH.OUT_OF_SCOPE',
    });
    expect(cloud.snapshot()).toEqual(snap);
  });
});
