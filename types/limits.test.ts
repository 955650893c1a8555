import { DAY, HOUR, MINUTE } from './time';
import {
  blockedUntil,
  settled,
  counted,
  counterIds,
  limitMessage,
  LIMITS,
  windowEnd,
  windowStart,
  type RateCounter,
} from './limits';

/** 2026-11-21 10:20 China time */
const T = Date.parse('2026-11-21T10:20:00+08:00');
const base = (rule: RateCounter['rule'], start: number): Omit<RateCounter, 'n'> => ({
  _id: `u|${rule}||${start}`,
  user: 'u',
  rule,
  start,
  end: start + HOUR,
});

describe('windows', () => {
  it('an hour window is the clock hour in China; a day window the China-time day', () => {
    expect(windowStart(LIMITS['file.hour'], T)).toBe(Date.parse('2026-11-21T10:00:00+08:00'));
    expect(windowEnd(LIMITS['file.hour'], T)).toBe(Date.parse('2026-11-21T11:00:00+08:00'));
    expect(windowStart(LIMITS['file.day'], T)).toBe(Date.parse('2026-11-21T00:00:00+08:00'));
    // 07:30 China time is 23:30 UTC the day before: still the China day
    const early = Date.parse('2026-11-21T07:30:00+08:00');
    expect(windowStart(LIMITS['file.day'], early)).toBe(Date.parse('2026-11-21T00:00:00+08:00'));
  });

  it('a locking rule also reads the previous window (a lock taken there runs into this one)', () => {
    expect(counterIds('u', 'redeem.wrong', T)).toHaveLength(2);
    expect(counterIds('u', 'file.hour', T)).toHaveLength(1);
    expect(counterIds('u', 'urge.supervisor', T, 't1')[0]).toContain('|t1|');
  });
});

describe('blockedUntil', () => {
  const start = windowStart(LIMITS['file.hour'], T);
  it('at max the rule holds until the window ends; below it lets through', () => {
    expect(blockedUntil('file.hour', [{ ...base('file.hour', start), n: 9 }], T)).toBeNull();
    expect(blockedUntil('file.hour', [{ ...base('file.hour', start), n: 10 }], T)).toBe(start + HOUR);
    expect(blockedUntil('file.hour', [null], T)).toBeNull();
  });
  it('a lock holds from the 5th failure for an hour, whatever the window', () => {
    let c: RateCounter | null = null;
    for (let i = 0; i < 5; i++) c = settled(counted(c, base('redeem.wrong', start)), true, T)!;
    expect(c).toMatchObject({ n: 5, lockedUntil: T + HOUR });
    // a slot given back (the code was right): no count, no lock
    expect(settled(counted(null, base('redeem.wrong', start)), false, T)).toBeNull();
    expect(blockedUntil('redeem.wrong', [null, c], T + HOUR - 1)).toBe(T + HOUR);
    expect(blockedUntil('redeem.wrong', [null, c], T + HOUR)).toBeNull();
  });
});

describe('limitMessage says when to try again, in China time', () => {
  it.each([
    ['file.hour', Date.parse('2026-11-21T11:00:00+08:00'), '提交诉求过于频繁，请在 11:00 后再试'],
    ['file.day', Date.parse('2026-11-22T00:00:00+08:00'), '今天提交的诉求已达上限，请明天再试'],
    ['redeem.wrong', Date.parse('2026-11-22T00:10:00+08:00'), '邀请码输错次数过多，请在明天 00:10 后再试'],
  ] as const)('%s', (name, until, text) => {
    expect(limitMessage(name, until, T)).toBe(text);
  });
  it('every rule has a Chinese message', () => {
    for (const r of Object.values(LIMITS)) expect(r.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(DAY / MINUTE).toBe(1440);
  });
});
