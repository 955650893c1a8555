/**
 * Per-user rate limits (types/limits.ts), counted in the database: exact at the boundary, cleared by
 * the next window, kept across function instances (a fresh module each call), exact under
 * concurrency; the 催办 limits and the invitation lockout. Real handlers on the emulator store, on the
 * fake clock.
 */
import { DEMO_GRID_ID } from '@emulator/seed/build';
import { DAY, HOUR, MINUTE } from '@lx/types';
import { clock, expectOk, SEED_NOW, setupCloud } from '../test-support/cloud';
import { workflow } from '../test-support/tickets';
import { main as tickets } from '../tickets/index';
import { main as org } from '../org/index';
import { checkLimit, takeLimit } from './limits';

const cloud = setupCloud();
const w = workflow(cloud);
afterAll(() => cloud.cleanup());
afterEach(() => {
  jest.restoreAllMocks();
  clock.reset();
  cloud.forgetLimits();
});

/** 2026-11-21 11:00 China time: the start of an hour */
const ELEVEN = SEED_NOW + HOUR;
const filing = { categoryId: 'cat-garbage', description: '3号楼东侧垃圾桶满溢，已经两天没人清运了' };
type Main = typeof tickets;
const fileWith = (main: Main, who = 'demo-resident') => cloud.call(main, 'tickets', 'file', filing, who);
const file = (who = 'demo-resident') => fileWith(tickets, who);
const ticketsOf = (who: string) => cloud.emu.store.count('tickets', { reporterId: who });
/** A bound resident of the demo grid besides the demo one. */
const neighbour = () =>
  (
    cloud.emu.store.find('users', { 'address.gridId': DEMO_GRID_ID, _id: { $ne: 'demo-resident' } }, { limit: 1 }) as {
      _id: string;
    }[]
  )[0]._id;

describe('filing: at most 10 an hour and 30 a day', () => {
  it('the 10th filing of an hour goes through, the 11th is refused in Chinese and writes nothing, the next hour files again', async () => {
    clock.set(ELEVEN + 5 * MINUTE);
    for (let i = 1; i <= 10; i++) expectOk(await file());
    clock.set(ELEVEN + 59 * MINUTE);
    const snap = cloud.snapshot();
    expect(await file()).toEqual({
      ok: false,
      code: 'COMMON.RATE_LIMITED',
      message: '提交诉求过于频繁，请在 12:00 后再试',
    });
    expect(cloud.snapshot()).toEqual(snap);
    // another resident is not held by this one's count
    expectOk(await file(neighbour()));
    clock.set(ELEVEN + HOUR);
    expectOk(await file());
  });

  it('the 30th of a China day goes through, the 31st waits for tomorrow', async () => {
    const morning = SEED_NOW - 2 * HOUR; // 08:00
    for (let h = 0; h < 3; h++) {
      clock.set(morning + h * HOUR);
      for (let i = 0; i < 10; i++) expectOk(await file());
    }
    clock.set(morning + 3 * HOUR);
    expect(await file()).toMatchObject({ code: 'COMMON.RATE_LIMITED', message: '今天提交的诉求已达上限，请明天再试' });
    clock.set(morning + 16 * HOUR - 1); // 23:59:59.999
    expect(await file()).toMatchObject({ code: 'COMMON.RATE_LIMITED' });
    clock.set(morning + 16 * HOUR); // 00:00 the next day
    expectOk(await file());
  });

  it('holds across function instances: each call on a freshly loaded module still counts', async () => {
    clock.set(ELEVEN);
    // a new instance: every module of the function loaded afresh (no memory shared with the last
    // call), over the same platform SDK (the emulator's seam is patched into that one)
    const sdk: unknown = jest.requireActual('wx-server-sdk');
    const fresh = (): Main => {
      let main: Main | undefined;
      jest.isolateModules(() => {
        jest.doMock('wx-server-sdk', () => sdk);
        main = (jest.requireActual('../tickets/index') as { main: Main }).main;
      });
      expect(main).not.toBe(tickets);
      return main!;
    };
    for (let i = 0; i < 10; i++) expectOk(await fileWith(fresh()));
    expect(await fileWith(fresh())).toMatchObject({ ok: false, code: 'COMMON.RATE_LIMITED' });
  });

  it('is exact under concurrency: of 14 filings at once, 10 land and 4 are refused, none INTERNAL', async () => {
    clock.set(ELEVEN);
    const who = neighbour();
    const before = ticketsOf(who);
    const answers = await Promise.all(Array.from({ length: 14 }, () => file(who)));
    const codes = answers.map((a) => (a.ok ? 'ok' : a.code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(10);
    expect(codes.filter((c) => c !== 'ok').every((c) => c === 'COMMON.RATE_LIMITED' || c === 'COMMON.CONFLICT')).toBe(
      true,
    );
    expect(ticketsOf(who)).toBe(before + 10);
  });

  it('a retry of a filing that used up the hour answers its ticket, not the limit', async () => {
    clock.set(ELEVEN);
    for (let i = 0; i < 9; i++) expectOk(await file());
    const tenth = { ...filing, requestId: 'tenth-00001' };
    const first = await cloud.call(tickets, 'tickets', 'file', tenth, 'demo-resident');
    expect(first).toMatchObject({ ok: true });
    expect(await cloud.call(tickets, 'tickets', 'file', tenth, 'demo-resident')).toEqual(first);
  });
});

describe('催办: the reporter once a day, a supervisor once per ticket per hour', () => {
  it('a supervisor urges a ticket once an hour; another ticket is its own count', async () => {
    const id = await w.states.processing();
    const other = await w.states.processing();
    clock.set(ELEVEN + 10 * MINUTE);
    expectOk(await w.call('urge', { id, note: '请尽快处理' }, w.cast.supervisor));
    const snap = cloud.snapshot();
    expect(await w.call('urge', { id, note: '请尽快处理' }, w.cast.supervisor)).toEqual({
      ok: false,
      code: 'COMMON.RATE_LIMITED',
      message: '该诉求刚催办过，请在 12:00 后再试',
    });
    expect(cloud.snapshot()).toEqual(snap);
    expectOk(await w.call('urge', { id: other, note: '请尽快处理' }, w.cast.supervisor));
    clock.set(ELEVEN + HOUR);
    expectOk(await w.call('urge', { id, note: '请尽快处理' }, w.cast.supervisor));
    expect(w.ticket(id).urgeCount).toBe(2);
  });

  it('of 20 concurrent 督办 on one ticket exactly one lands, none INTERNAL', async () => {
    const id = await w.states.processing();
    clock.set(ELEVEN);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => w.call('urge', { id, note: '请尽快处理' }, w.cast.supervisor)),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.some((a) => !a.ok && a.code === 'COMMON.INTERNAL')).toBe(false);
    expect(w.ticket(id).urgeCount).toBe(1);
  });

  it('the reporter: once a China day, refused with 今天已经催办过了 (the hourly rule is not theirs)', async () => {
    const id = await w.states.processing();
    clock.set(w.ticket(id).dueAt + HOUR);
    expectOk(await w.call('urge', { id, note: '请尽快处理' }, w.cast.reporter));
    expect(await w.call('urge', { id, note: '请尽快处理' }, w.cast.reporter)).toMatchObject({
      code: 'TICKET.URGE_TOO_SOON',
    });
    clock.set(w.now() + DAY);
    expectOk(await w.call('urge', { id, note: '请尽快处理' }, w.cast.reporter));
  });
});

describe('invitation codes: 5 wrong codes lock redemption for an hour', () => {
  const redeem = (code: string, who: string) => cloud.call(org, 'org', 'redeem', { code }, who);

  it('after the 5th wrong code even the right one is refused, until an hour after the 5th', async () => {
    const who = 'wx-guesser';
    clock.set(ELEVEN + 50 * MINUTE);
    for (const code of ['AAAA-AAAA', 'BBBB-BBBB', 'CCCC-CCCC', 'DDDD-DDDD', 'EEEE-EEEE']) {
      expect(await redeem(code, who)).toMatchObject({ ok: false, code: 'INVITE.NOT_FOUND' });
    }
    expect(await redeem('FHWG-3K7P', who)).toEqual({
      ok: false,
      code: 'COMMON.RATE_LIMITED',
      message: '邀请码输错次数过多，请在 12:50 后再试',
    });
    // the lock outlives the clock hour it was taken in
    clock.set(ELEVEN + HOUR + 49 * MINUTE);
    expect(await redeem('FHWG-3K7P', who)).toMatchObject({ code: 'COMMON.RATE_LIMITED' });
    clock.set(ELEVEN + HOUR + 50 * MINUTE);
    expect(expectOk(await redeem('FHWG-3K7P', who))).toMatchObject({ role: 'gridWorker' });
  });

  it('guesses sent all at once cannot outrun the lock: of 40, at most 5 are tried', async () => {
    clock.set(ELEVEN);
    const guesses = Array.from({ length: 40 }, (_, i) => `QQQQ-${String(i).padStart(4, '0')}`);
    const answers = await Promise.all(guesses.map((code) => redeem(code, 'wx-burst')));
    const codes = answers.map((a) => (a.ok ? 'ok' : a.code));
    expect(codes.filter((c) => c === 'INVITE.NOT_FOUND').length).toBeLessThanOrEqual(5);
    expect(codes.every((c) => c === 'INVITE.NOT_FOUND' || c === 'COMMON.RATE_LIMITED')).toBe(true);
    expect(await redeem('FHWG-3K7P', 'wx-burst')).toMatchObject({ code: 'COMMON.RATE_LIMITED' });
  });

  it('4 wrong codes do not lock; another user is not locked by this one', async () => {
    clock.set(ELEVEN);
    for (let i = 0; i < 4; i++)
      expect(await redeem('ZZZZ-ZZZZ', 'wx-typo')).toMatchObject({ code: 'INVITE.NOT_FOUND' });
    for (let i = 0; i < 5; i++) await redeem('ZZZZ-ZZZZ', 'wx-other');
    expect(await redeem('ZZZZ-ZZZZ', 'wx-typo')).toMatchObject({ code: 'INVITE.NOT_FOUND' });
    expect(await redeem('ZZZZ-ZZZZ', 'wx-typo')).toMatchObject({ code: 'COMMON.RATE_LIMITED' });
  });
});

describe('uploads: at most 60 an hour (takeLimit, for the upload registration)', () => {
  it('the 60th is counted, the 61st refused, the next hour free again', async () => {
    clock.set(ELEVEN);
    for (let i = 0; i < 60; i++) await takeLimit('demo-resident', 'upload', clock.now());
    await expect(takeLimit('demo-resident', 'upload', clock.now())).rejects.toMatchObject({
      code: 'COMMON.RATE_LIMITED',
      message: '上传照片过于频繁，请在 12:00 后再试',
    });
    await expect(checkLimit('demo-resident', 'upload', ELEVEN + HOUR)).resolves.toBeUndefined();
  });
});
