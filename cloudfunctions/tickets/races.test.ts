/**
 * Lost races through the real handlers on the emulator's store. Actions that commute (附议, 催办,
 * progress notes) take no version and all land however many arrive together; an action that is based
 * on the version the user saw has one winner, and every loser hears COMMON.CONFLICT (never 系统繁忙);
 * either way the stored ticket is the replay of its events and no two events share an id.
 */
import { DEMO_BUILDING_ID } from '@emulator/seed/build';
import { flowState, replay, type Result, type User } from '@lx/types';
import { expectOk, setupCloud } from '../test-support/cloud';
import { workflow } from '../test-support/tickets';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const w = workflow(cloud);
const { cast } = w;

/** `n` residents bound to the demo resident's building (their tickets' neighbours). */
function neighbours(n: number, tag: string): string[] {
  const home = (cloud.emu.store.get('users', cast.reporter) as unknown as User).address!;
  const ids = Array.from({ length: n }, (_, i) => `race-${tag}-${i}`);
  cloud.emu.store.insertMany(
    'users',
    ids.map((_id) => ({
      _id,
      nickname: '邻居',
      roles: [],
      address: home,
      addressHistory: [],
      createdAt: 0,
      updatedAt: 0,
    })),
  );
  return ids;
}

function expectConsistent(id: string) {
  const events = w.events(id);
  expect(new Set(events.map((e) => e._id)).size).toBe(events.length);
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  expect(flowState(w.ticket(id))).toEqual(replay(events));
}

/** resolves after `n` turns of the event loop */
const turns = (n: number) =>
  new Promise<void>((done) => {
    let left = n;
    const next = () => (left-- <= 0 ? done() : setImmediate(next));
    next();
  });

const codes = (rs: Result<unknown>[]) => rs.map((r) => (r.ok ? 'ok' : r.code));

describe('commuting actions take no version and all land', () => {
  it('50 concurrent 附议 by different neighbours all succeed', async () => {
    const id = await w.file({ buildingId: DEMO_BUILDING_ID });
    const who = neighbours(50, 'join');
    const rs = await Promise.all(who.map((u) => w.call('join', { id }, u)));
    expect(codes(rs).filter((c) => c !== 'ok')).toEqual([]);
    expect(w.ticket(id)).toMatchObject({ joinCount: 50 });
    expect([...w.ticket(id).supporters].sort()).toEqual([...who].sort());
    expectConsistent(id);
  });

  it('50 concurrent 催办: none answers 系统繁忙; each lands or is refused by a limit', async () => {
    const id = await w.states.processing();
    const rs = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        w.call('urge', { id, note: '请尽快处理' }, i % 2 ? cast.supervisor : cast.communitySupervisor),
      ),
    );
    const c = codes(rs);
    expect(c.filter((x) => x !== 'ok' && x !== 'COMMON.RATE_LIMITED')).toEqual([]);
    expect(w.ticket(id).urgeCount).toBe(c.filter((x) => x === 'ok').length);
    expectConsistent(id);
  });

  it('a version sent with 附议 is neither taken nor checked: a stale one still joins', async () => {
    const id = await w.file({ buildingId: DEMO_BUILDING_ID });
    const [a, b] = neighbours(2, 'stale');
    expectOk(await w.call('join', { id }, a));
    expectOk(await w.call('join', { id, version: 1 }, b));
    expect(w.ticket(id).joinCount).toBe(2);
  });

  it('10 concurrent progress notes by the handler all land, whatever version they carry', async () => {
    const id = await w.states.processing();
    const version = w.ticket(id).version;
    const rs = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        w.call('progress', { id, version, note: `第${i + 1}次现场查看` }, cast.grid),
      ),
    );
    expect(codes(rs).filter((c) => c !== 'ok')).toEqual([]);
    expect(w.events(id).filter((e) => e.action === 'progress')).toHaveLength(10);
    expectConsistent(id);
  });
});

describe('versioned actions: one winner, every loser COMMON.CONFLICT', () => {
  it('8 accepts with the same version: one wins, 7 get COMMON.CONFLICT, replay equals the state', async () => {
    // the starts are staggered by a few turns of the event loop so that some losers read the ticket
    // before the winner commits and write their event after it (where a shared event id collided)
    for (const stagger of [0, 1, 2, 3, 5]) {
      const id = await w.states.pending();
      const version = w.ticket(id).version;
      const rs = await Promise.all(
        Array.from({ length: 8 }, async (_, i) => {
          await turns(i * stagger);
          return w.call('accept', { id, version, note: `收到${i}` }, cast.grid);
        }),
      );
      expect(codes(rs).sort()).toEqual([...Array(7).fill('COMMON.CONFLICT'), 'ok']);
      expect(w.events(id).filter((e) => e.action === 'accept')).toHaveLength(1);
      expectConsistent(id);
    }
  });
});
