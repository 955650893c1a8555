/**
 * 志愿活动 through the real handlers: creation by the community's staff, sign-up never past capacity
 * (200 members racing for 50 places), cancellation giving the place back, check-in by the rotating
 * code or by location inside the window and the radius (with its clear refusals), check-out capped at
 * the planned hours, the organiser's confirmation, and refusals that change nothing.
 */
import { type Activity, type CheckInCode, CODE_SLOT_MS, HOUR, MINUTE, type Roster, type Signup } from '@lx/types';
import { DEMO_COMMUNITY_ID } from '@emulator/seed/build';
import { clock, setupCloud } from '../../test-support/cloud';
import { codeFor } from './code';
import { kit } from '../../test-support/party-service';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const { call, ok, code, members, newActivity, PLACE } = kit(cloud);
const C = DEMO_COMMUNITY_ID;

beforeEach(() => {
  clock.reset();
  cloud.forgetLimits();
});

const signup = (a: string, u: string) => cloud.emu.store.get('party_signups', `${a}|${u}`) as unknown as Signup;
const stored = (id: string) => cloud.emu.store.get('party_activities', id) as unknown as Activity;
const on = (a: { _id: string }) => ({ communityId: C, activityId: a._id });
/** a point about `m` metres north of the place */
const north = (m: number) => ({ lng: PLACE.point.lng, lat: PLACE.point.lat + m / 111_195 });

describe('creating an activity', () => {
  it('is community staff’s, at their community; a member or a resident is refused', async () => {
    const a = await newActivity();
    expect(cloud.emu.store.get('party_activities', a._id)).toMatchObject({ communityId: C, signedUp: 0, capacity: 10 });
    expect(await code('createActivity', { ...on(a), title: 'x' }, 'demo-party')).toBe('COMMON.VALIDATION');
    const r = await call(
      'createActivity',
      {
        communityId: C,
        title: '党员来了',
        category: '志愿服务',
        startAt: Date.now() + HOUR,
        endAt: Date.now() + 2 * HOUR,
        place: PLACE,
        capacity: 5,
        hours: 1,
      },
      'demo-party',
    );
    expect(r).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  });

  it('refuses a window that ends before it starts, or planned hours longer than the activity', async () => {
    const now = Date.now();
    const bad = await call(
      'createActivity',
      {
        communityId: C,
        title: '环境整治',
        category: '环境整治',
        startAt: now + 2 * HOUR,
        endAt: now + HOUR,
        place: PLACE,
        capacity: 5,
        hours: 1,
      },
      'demo-community',
    );
    expect(bad).toMatchObject({ ok: false, code: 'PARTY.BAD_WINDOW', message: '结束时间须晚于开始时间' });
    const long = await call(
      'createActivity',
      {
        communityId: C,
        title: '环境整治',
        category: '环境整治',
        startAt: now,
        endAt: now + HOUR,
        place: PLACE,
        capacity: 5,
        hours: 2,
      },
      'demo-community',
    );
    expect(long).toMatchObject({ ok: false, code: 'PARTY.BAD_WINDOW', message: '计划服务时长不能超过活动时长' });
  });
});

describe('listing', () => {
  it('current ones soonest first, ended ones in the past list; a member sees their own sign-up on the activity', async () => {
    const later = await newActivity({ startAt: Date.now() + 5 * HOUR, endAt: Date.now() + 7 * HOUR });
    const sooner = await newActivity();
    const [m] = members(1, C, 'list');
    await ok('signUp', on(sooner), m);
    const current = await ok<{ items: { _id: string }[] }>('activities', { communityId: C }, m);
    const ids = current.items.map((a) => a._id);
    expect(ids.indexOf(sooner._id)).toBeLessThan(ids.indexOf(later._id));
    expect(await ok('activity', on(sooner), m)).toMatchObject({ phase: 'upcoming', mine: { state: 'signedUp' } });
    clock.set(later.endAt + 1);
    const past = await ok<{ items: { _id: string }[] }>('activities', { communityId: C, list: 'past' }, m);
    expect(past.items.map((a) => a._id)).toEqual(expect.arrayContaining([sooner._id, later._id]));
  });
});

describe('sign-up', () => {
  it('never passes capacity: 200 members racing for 50 places, exactly 50 get one', async () => {
    const a = await newActivity({ capacity: 50 });
    const racers = members(200, C, 'race');
    const answers = await Promise.all(racers.map((u) => call('signUp', on(a), u)));
    const won = answers.filter((r) => r.ok).length;
    const codes = new Set(answers.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.code)));
    expect(won).toBe(50);
    expect([...codes].every((c) => c === 'PARTY.ACTIVITY_FULL' || c === 'COMMON.CONFLICT')).toBe(true);
    expect(cloud.emu.store.get('party_activities', a._id)).toMatchObject({ signedUp: 50 });
    const held = cloud.emu.store.find('party_signups', { activityId: a._id, status: 'signedUp' }, {});
    expect(held).toHaveLength(50);
  }, 60_000);

  it('a full activity says so; a cancellation gives the place back; a second sign-up is refused', async () => {
    const a = await newActivity({ capacity: 1 });
    const [x, y] = members(2, C, 'full');
    await ok('signUp', on(a), x);
    expect(await code('signUp', on(a), x)).toBe('PARTY.ALREADY_SIGNED_UP');
    expect(await call('signUp', on(a), y)).toMatchObject({
      ok: false,
      code: 'PARTY.ACTIVITY_FULL',
      message: '该活动报名人数已满',
    });
    await ok('cancelSignUp', on(a), x);
    expect(await ok('signUp', on(a), y)).toMatchObject({ signedUp: 1, capacity: 1 });
  });

  it('a member of another community is refused, and so is an activity named under the wrong community', async () => {
    const a = await newActivity();
    const other = cloud.emu.store.find('org_nodes', { type: 'community', _id: { $ne: C } }, { limit: 1 })[0] as {
      _id: string;
    };
    const [stranger] = members(1, other._id, 'stranger');
    const before = cloud.snapshot();
    expect(await call('signUp', on(a), stranger)).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' });
    expect(await code('signUp', { communityId: other._id, activityId: a._id }, stranger)).toBe(
      'PARTY.ACTIVITY_NOT_FOUND',
    );
    expect(await code('signUp', on(a), 'demo-resident')).toBe('AUTH.FORBIDDEN');
    const { rate_counters: _r, ...rest } = cloud.snapshot();
    const { rate_counters: _b, ...was } = before;
    expect(rest).toEqual(was);
  });
});

describe('check-in', () => {
  async function openActivity(over: Record<string, unknown> = {}) {
    const a = await newActivity(over);
    const [m] = members(1, C, `ci${a._id.slice(0, 6)}`);
    await ok('signUp', on(a), m);
    return { a, m };
  }
  const codeNow = (a: { _id: string }) => ok<CheckInCode>('checkInCode', on(a), 'demo-community');

  it('by the organiser’s current code, inside the window; a second check-in is refused', async () => {
    const { a, m } = await openActivity();
    clock.set(a.startAt + 5 * MINUTE);
    const c = await codeNow(a);
    expect(c.code).toMatch(/^\d{6}$/);
    expect(c.validUntil - clock.now()).toBeGreaterThanOrEqual(CODE_SLOT_MS);
    expect(c.validUntil - clock.now()).toBeLessThanOrEqual(2 * CODE_SLOT_MS);
    expect(await ok('checkIn', { ...on(a), method: 'code', code: c.code }, m)).toMatchObject({ method: 'code' });
    expect(signup(a._id, m).checkIn).toMatchObject({ at: clock.now(), method: 'code' });
    const before = cloud.snapshot();
    expect(await call('checkIn', { ...on(a), method: 'code', code: c.code }, m)).toMatchObject({
      ok: false,
      code: 'PARTY.ALREADY_CHECKED_IN',
      message: '您已签到，请勿重复签到',
    });
    expect(await code('checkIn', { ...on(a), method: 'location', point: PLACE.point }, m)).toBe(
      'PARTY.ALREADY_CHECKED_IN',
    );
    expect(cloud.snapshot()).toEqual(before);
  });

  it('the scanned QR text works too; a QR of another activity is refused', async () => {
    const { a, m } = await openActivity();
    const b = await newActivity();
    clock.set(a.startAt);
    const other = await codeNow(b);
    expect(await code('checkIn', { ...on(a), method: 'code', code: other.qrText }, m)).toBe('PARTY.WRONG_ACTIVITY');
    const c = await codeNow(a);
    expect(await code('checkIn', { ...on(a), method: 'code', code: c.qrText }, m)).toBe('ok');
  });

  it('signs codes with the activity’s own key, which no answer ever carries', async () => {
    const { a, m } = await openActivity();
    clock.set(a.startAt);
    const key = stored(a._id).codeKey;
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(stored((await newActivity())._id).codeKey).not.toBe(key);
    for (const answer of [
      await call('activity', on(a), m),
      await call('activities', { communityId: C }, m),
      await call('roster', on(a), 'demo-community'),
      await call('checkInCode', on(a), 'demo-community'),
    ])
      expect(JSON.stringify(answer)).not.toContain(key);
    // a code made the right way with another key (what a leaked default secret would allow) is forged
    const slot = Math.floor(clock.now() / CODE_SLOT_MS);
    const guessed = codeFor({ _id: a._id, codeKey: 'cd'.repeat(32) }, slot);
    expect(await code('checkIn', { ...on(a), method: 'code', code: guessed }, m)).toBe('PARTY.CODE_INVALID');
    expect(await code('checkIn', { ...on(a), method: 'code', code: codeFor(stored(a._id), slot) }, m)).toBe('ok');
  });

  it('an expired code (a forwarded screenshot) and a forged one are refused with their reasons', async () => {
    const { a, m } = await openActivity();
    clock.set(a.startAt);
    const old = await codeNow(a);
    clock.advance(2 * CODE_SLOT_MS + 1000);
    expect(await call('checkIn', { ...on(a), method: 'code', code: old.code }, m)).toMatchObject({
      ok: false,
      code: 'PARTY.CODE_EXPIRED',
      message: '签到码已过期，请扫描组织者手机上最新的签到码',
    });
    const fresh = await codeNow(a);
    const forged = String((Number(fresh.code) + 1) % 1_000_000).padStart(6, '0');
    const prev = codeFor(stored(a._id), Math.floor(clock.now() / CODE_SLOT_MS) - 1);
    expect([fresh.code, prev]).not.toContain(forged);
    expect(await code('checkIn', { ...on(a), method: 'code', code: forged }, m)).toBe('PARTY.CODE_INVALID');
    expect(signup(a._id, m).checkIn).toBeUndefined();
    expect(signup(a._id, m).wrongCodes).toBe(2);
    // the previous slot's code still holds (a scan as the code turns over)
    expect(await code('checkIn', { ...on(a), method: 'code', code: prev }, m)).toBe('ok');
  });

  it('guessing locks itself out after ten wrong codes, even for the right one', async () => {
    const { a, m } = await openActivity();
    clock.set(a.startAt);
    for (let i = 0; i < 10; i++)
      await call('checkIn', { ...on(a), method: 'code', code: 'lxparty:checkin:' + a._id + ':00000' + (i % 10) }, m);
    const c = await codeNow(a);
    expect(await code('checkIn', { ...on(a), method: 'code', code: c.code }, m)).toBe('PARTY.CODE_LOCKED');
  });

  it('outside the window: before it opens (30 minutes ahead) and after the end', async () => {
    const { a, m } = await openActivity();
    clock.set(a.startAt - 31 * MINUTE);
    expect(await call('checkIn', { ...on(a), method: 'location', point: PLACE.point }, m)).toMatchObject({
      ok: false,
      code: 'PARTY.OUTSIDE_WINDOW',
    });
    clock.set(a.endAt + 1);
    const late = await call('checkIn', { ...on(a), method: 'location', point: PLACE.point }, m);
    expect(late).toMatchObject({ ok: false, code: 'PARTY.OUTSIDE_WINDOW' });
    expect(late.ok ? '' : late.message).toMatch(/^活动已于 \d\d:\d\d 结束，不能再签到$/);
    clock.set(a.startAt - 30 * MINUTE);
    expect(await code('checkIn', { ...on(a), method: 'location', point: PLACE.point }, m)).toBe('ok');
  });

  it('by location: inside the radius counts, outside says how far', async () => {
    const { a, m } = await openActivity();
    clock.set(a.startAt);
    const far = await call('checkIn', { ...on(a), method: 'location', point: north(350) }, m);
    expect(far).toMatchObject({ ok: false, code: 'PARTY.OUT_OF_RADIUS' });
    expect(far.ok ? '' : far.message).toBe('您距活动地点约 350 米，超出签到范围（200 米内），请到现场后再签到');
    expect(await ok('checkIn', { ...on(a), method: 'location', point: north(150) }, m)).toMatchObject({
      distanceM: 150,
    });
  });

  it('no walk-ins: a member who did not sign up is told to sign up first', async () => {
    const a = await newActivity();
    const [m] = members(1, C, 'walkin');
    clock.set(a.startAt);
    expect(await call('checkIn', { ...on(a), method: 'location', point: PLACE.point }, m)).toMatchObject({
      ok: false,
      code: 'PARTY.NOT_SIGNED_UP',
      message: '您尚未报名该活动，请先报名再签到',
    });
    const c = await codeNow(a);
    expect(await code('checkIn', { ...on(a), method: 'code', code: c.code }, m)).toBe('PARTY.NOT_SIGNED_UP');
  });
});

describe('check-out and hours', () => {
  it('credits the actual time, capped at the planned hours, with its points', async () => {
    const a = await newActivity({ hours: 1.5 });
    const [short, long] = members(2, C, 'hours');
    for (const m of [short, long]) await ok('signUp', on(a), m);
    clock.set(a.startAt);
    for (const m of [short, long]) await ok('checkIn', { ...on(a), method: 'location', point: PLACE.point }, m);
    clock.advance(48 * MINUTE);
    expect(await ok('checkOut', on(a), short)).toMatchObject({
      hours: 0.8,
      points: 8,
      totals: { minutes: 48, activities: 1 },
    });
    clock.set(a.endAt + HOUR);
    expect(await ok('checkOut', on(a), long)).toMatchObject({ hours: 1.5, points: 15 });
    expect(signup(a._id, long).minutes).toBe(90);
    expect(await code('checkOut', on(a), long)).toBe('PARTY.ALREADY_CHECKED_OUT');
  });

  it('the organiser confirms hours (capped at the plan); a change after the credit is a correction entry', async () => {
    const a = await newActivity({ hours: 2 });
    const [m] = members(1, C, 'confirm');
    await ok('signUp', on(a), m);
    clock.set(a.startAt);
    await ok('checkIn', { ...on(a), method: 'location', point: PLACE.point }, m);
    clock.advance(HOUR);
    await ok('checkOut', on(a), m);
    expect(await code('confirmHours', { ...on(a), userId: m, hours: 2.5 }, 'demo-community')).toBe(
      'PARTY.HOURS_OVER_PLAN',
    );
    const r = await ok<{ entries: { rule: string; points: number; minutes: number; corrects?: string }[] }>(
      'confirmHours',
      { ...on(a), userId: m, hours: 2 },
      'demo-community',
    );
    expect(r.entries).toEqual([
      expect.objectContaining({ rule: 'correction', points: 10, minutes: 60, corrects: `activityHours|${a._id}|${m}` }),
    ]);
    expect(cloud.emu.store.get('party_point_totals', `${C}|${m}`)).toMatchObject({
      points: 20,
      minutes: 120,
      activities: 1,
    });
    expect(await code('confirmHours', { ...on(a), userId: m, hours: 2 }, 'demo-party')).toBe('AUTH.FORBIDDEN');
  });

  it('the roster shows who signed up, checked in and out', async () => {
    const a = await newActivity();
    const [x, y] = members(2, C, 'roster');
    await ok('signUp', on(a), x);
    await ok('signUp', on(a), y);
    clock.set(a.startAt);
    await ok('checkIn', { ...on(a), method: 'location', point: PLACE.point }, x);
    const r = await ok<Roster>('roster', on(a), 'demo-community');
    expect(r.counts).toEqual({ signedUp: 2, checkedIn: 1, checkedOut: 0 });
    expect(r.signups.map((s) => s.state)).toEqual(['checkedIn', 'signedUp']);
    expect(await code('roster', on(a), 'demo-party')).toBe('AUTH.FORBIDDEN');
  });
});

describe('what a check-in costs (the bench’s budget: ≤ 4 database operations)', () => {
  const ops = async (run: () => Promise<unknown>) => {
    cloud.emu.stats.reset();
    await run();
    return cloud.emu.stats.reads + cloud.emu.stats.writes;
  };
  it('by code and by location: the caller, the activity and one update', async () => {
    const a = await newActivity({ capacity: 5 });
    const [x, y] = members(2, C, 'ops');
    for (const m of [x, y]) await ok('signUp', on(a), m);
    clock.set(a.startAt);
    const c = await ok<CheckInCode>('checkInCode', on(a), 'demo-community');
    expect(await ops(() => ok('checkIn', { ...on(a), method: 'code', code: c.code }, x))).toBeLessThanOrEqual(3);
    expect(await ops(() => ok('checkIn', { ...on(a), method: 'location', point: PLACE.point }, y))).toBeLessThanOrEqual(
      3,
    );
  });
  it('the leaderboard reads at most five documents’ worth of operations', async () => {
    expect(await ops(() => ok('leaderboard', { communityId: C }, 'demo-party'))).toBeLessThanOrEqual(5);
  });
});
