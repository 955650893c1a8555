/**
 * The points ledger: every credit is an entry naming its rule and source, the totals kept on write
 * equal the sum of the entries, a source credits a member once, corrections are new entries, and the
 * leaderboard and a member's own ledger read the kept totals.
 */
import {
  type LeaderRow,
  type MyPoints,
  type PointEntry,
  type PointTotalsDoc,
  type Result,
  totalsOfEntries,
} from '@lx/types';
import { DEMO_COMMUNITY_ID } from '@emulator/seed/build';
import { clock, expectOk, newRequestId, setupCloud } from '../../test-support/cloud';
import { kit } from '../../test-support/party-service';
import { allEntries, allTotals, credit, entriesOf, totalsOf } from '../../shared/repo/party-points';
import { NO_WRITE } from '../../shared/repo/tx';
import { earnedEntry, HOUR, MINUTE } from '@lx/types';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const { ok, code, members, newActivity, PLACE } = kit(cloud);
const C = DEMO_COMMUNITY_ID;

beforeEach(() => {
  clock.reset();
  cloud.forgetLimits();
});

async function attend(minutes: number, who: string[]) {
  const a = await newActivity({ hours: 2, capacity: 20 });
  const on = { communityId: C, activityId: a._id };
  for (const m of who) await ok('signUp', on, m);
  clock.set(a.startAt);
  for (const m of who) await ok('checkIn', { ...on, method: 'location', point: PLACE.point }, m);
  clock.advance(minutes * MINUTE);
  for (const m of who) await ok('checkOut', on, m);
  clock.reset();
}

describe('the ledger and its totals', () => {
  it('totals kept on write equal the sum of the entries, and a source credits a member once', async () => {
    const [x, y, z] = members(3, C, 'ledger');
    await attend(60, [x, y]);
    await attend(150, [x, z]);
    await ok('correctPoints', { communityId: C, userId: y, points: -3, reason: '重复登记，扣回' }, 'demo-community');
    // a second credit of the same source adds nothing (a retried check-out, a visit completed twice)
    const again = earnedEntry('visitDone', { userId: z, communityId: C, sourceId: 'visit-x', at: Date.now(), by: z });
    expect(await credit(again, NO_WRITE)).toBe(true);
    expect(await credit(again, NO_WRITE)).toBe(false);

    const entries = await allEntries();
    const kept = new Map((await allTotals()).map((t) => [t._id, t]));
    const summed = totalsOfEntries(entries);
    expect(summed.length).toBeGreaterThan(0);
    for (const t of summed) expect(kept.get(t._id)).toEqual(t as PointTotalsDoc);
    expect(kept.size).toBe(summed.length);
    expect(kept.get(`${C}|${x}`)).toMatchObject({ points: 30, minutes: 180, activities: 2 });
    expect(kept.get(`${C}|${y}`)).toMatchObject({ points: 7, minutes: 60, activities: 1 });
    expect(kept.get(`${C}|${z}`)).toMatchObject({ points: 23, minutes: 120, activities: 1, visits: 1 });
    for (const e of entries) expect(e.source.id).toBeTruthy();
  });

  it('the leaderboard ranks the community by points, with names; a member sees their totals, rank and ledger', async () => {
    const [top, second] = members(2, C, 'board');
    await attend(120, [top]);
    await attend(30, [second]);
    const board = await ok<LeaderRow[]>('leaderboard', { communityId: C, size: 50 }, 'demo-party');
    const ids = board.map((r) => r.userId);
    expect(ids.indexOf(top)).toBeLessThan(ids.indexOf(second));
    expect(board.every((r, i) => i === 0 || board[i - 1].points >= r.points)).toBe(true);
    expect(board.find((r) => r.userId === top)).toMatchObject({ name: '党员0', hours: 2, points: 20 });
    const mine = await ok<MyPoints>('myPoints', { communityId: C }, top);
    expect(mine.totals).toMatchObject({ points: 20, hours: 2 });
    expect(mine.rank).toBe(board.find((r) => r.userId === top)!.rank);
    expect(mine.entries.items[0]).toMatchObject({ rule: 'activityHours', ruleLabel: '志愿活动', hours: 2 });
    expect(mine.rules.map((r) => r.rule)).toEqual([
      'activityHours',
      'wishCompleted',
      'visitDone',
      'ticketHelp',
      'correction',
    ]);
    expect(await code('leaderboard', { communityId: C }, 'demo-resident')).toBe('AUTH.FORBIDDEN');
  });

  it('a correction names what it corrects and is a new entry; staff only', async () => {
    const [m] = members(1, C, 'fix');
    await attend(60, [m]);
    const [first] = (await allEntries()).filter((e) => e.userId === m);
    const fix = await ok<PointEntry>(
      'correctPoints',
      { communityId: C, userId: m, corrects: first._id, points: 5, minutes: 30, reason: '补记签到前的准备时间' },
      'demo-community',
    );
    expect(fix).toMatchObject({ rule: 'correction', corrects: first._id, points: 5, minutes: 30 });
    expect(cloud.emu.store.get('party_points', first._id)).toMatchObject({ points: 10, minutes: 60 });
    expect(await code('correctPoints', { communityId: C, userId: m, points: 5, reason: '自己加分' }, m)).toBe(
      'AUTH.FORBIDDEN',
    );
    expect(
      await code(
        'correctPoints',
        { communityId: C, userId: m, corrects: 'nope', points: 5, reason: '更正一下' },
        'demo-community',
      ),
    ).toBe('PARTY.ENTRY_NOT_FOUND');
  });

  it('what the members half reads: totalsOf the members, entriesOf a member in a period', async () => {
    const [m, none] = members(2, C, 'p1');
    const t0 = Date.now();
    await attend(90, [m]);
    expect(await totalsOf(C, [m, none])).toEqual([
      expect.objectContaining({
        userId: m,
        communityId: C,
        points: 15,
        hours: 1.5,
        activities: 1,
        lastServiceAt: t0 + HOUR + 90 * MINUTE,
      }),
    ]);
    expect(await entriesOf(m, t0, t0 + 3 * HOUR)).toHaveLength(1);
    expect(await entriesOf(m, t0 + 3 * HOUR, t0 + 4 * HOUR)).toHaveLength(0);
  });
});

describe('visits done', () => {
  it('a party member’s completed visit credits them in the completing step, once; a grid worker’s earns nothing', async () => {
    const { main: visits } = await import('../../visits/index');
    const v = (action: string, payload: Record<string, unknown>, who: string) =>
      cloud.call(visits, 'visits', action as 'visit', payload, who) as Promise<Result<unknown>>;
    const building = 'bld-tianhejiacheng-03';
    const household = (
      expectOk(await v('createHousehold', { buildingId: building, room: '8单元808' }, 'demo-grid')) as { id: string }
    ).id;
    const doc = cloud.emu.store.get('households', household) as Record<string, unknown>;
    cloud.emu.store.write('households', [{ kind: 'put', doc: { ...doc, pairedWith: ['demo-party'] } }]);
    async function visitBy(who: string) {
      const { visitId } = expectOk(await v('start', { householdId: household }, who)) as { visitId: string };
      const steps: [number, Record<string, unknown>][] = [
        [1, {}],
        [2, { met: true, whom: '户主本人' }],
        [3, { concerns: [] }],
        [4, { help: '聊了聊近况，留下联系方式' }],
        [5, { outcomes: [] }],
      ];
      for (const [step, data] of steps)
        expectOk(await v('step', { visitId, step, data, requestId: newRequestId() }, who));
      return visitId;
    }
    const before = (await allEntries()).length;
    const mine = await visitBy('demo-party');
    expect(cloud.emu.store.get('visits', mine)).toMatchObject({ status: 'completed' });
    expect(cloud.emu.store.get('party_points', `visitDone|${mine}|demo-party`)).toMatchObject({
      rule: 'visitDone',
      source: { kind: 'visit', id: mine },
      points: 3,
      communityId: C,
    });
    await visitBy('demo-grid');
    expect((await allEntries()).length).toBe(before + 1);
    expect(cloud.emu.store.get('party_point_totals', `${C}|demo-party`)).toMatchObject({ visits: 1 });
  });
});
