import { CronError, cronMatches, nextFire, parseCron } from './cron';

const at = (iso: string) => new Date(iso);
const next = (expr: string, after: string, tz?: number) =>
  nextFire(parseCron(expr), at(after), tz)?.toISOString() ?? null;

describe('parseCron', () => {
  test('needs exactly seven fields', () => {
    expect(() => parseCron('0 */5 * * * *')).toThrow(CronError);
    expect(() => parseCron('0 0 */5 * * * * *')).toThrow(/7 fields/);
  });

  test('rejects out-of-range values, backwards ranges, bad steps and unknown names', () => {
    expect(() => parseCron('60 * * * * * *')).toThrow(/second 60 out of range/);
    expect(() => parseCron('0 0 0 0 * * *')).toThrow(/day 0 out of range/);
    expect(() => parseCron('0 0 5-1 * * * *')).toThrow(/backwards/);
    expect(() => parseCron('*/0 * * * * * *')).toThrow(/invalid step/);
    expect(() => parseCron('0 0 0 * * FUNDAY *')).toThrow(/invalid weekday/);
    expect(() => parseCron('0 0 0 * * * 1969')).toThrow(/year/);
  });

  test('lists, ranges, steps and names', () => {
    const s = parseCron('5/20 0,30 8-10 ? JAN,jul MON-FRI *');
    expect([...s.seconds]).toEqual([5, 25, 45]);
    expect([...s.minutes]).toEqual([0, 30]);
    expect([...s.hours]).toEqual([8, 9, 10]);
    expect(s.dayRestricted).toBe(false);
    expect([...s.months]).toEqual([1, 7]);
    expect([...s.weekdays]).toEqual([1, 2, 3, 4, 5]);
    expect(s.warnings).toEqual([]);
  });

  test('numeric weekdays follow SCF (0 and 7 = Sunday) and warn', () => {
    const s = parseCron('0 0 0 * * 0,6 *');
    expect([...s.weekdays].sort()).toEqual([0, 6]);
    expect(s.warnings[0]).toMatch(/use MON…SUN/);
    expect([...parseCron('0 0 0 * * 7 *').weekdays]).toEqual([0]);
  });
});

describe('nextFire (UTC+8 by default)', () => {
  test('every five minutes on the zero second', () => {
    expect(next('0 */5 * * * * *', '2026-01-01T00:03:17Z')).toBe('2026-01-01T00:05:00.000Z');
    // strictly after: a fire time equal to `after` is not returned again
    expect(next('0 */5 * * * * *', '2026-01-01T00:05:00Z')).toBe('2026-01-01T00:10:00.000Z');
  });

  test('a daily time is China time', () => {
    // 02:00 in UTC+8 is 18:00 UTC the day before
    expect(next('0 0 2 * * * *', '2026-01-01T00:00:00Z')).toBe('2026-01-01T18:00:00.000Z');
    expect(next('0 0 2 * * * *', '2026-01-01T00:00:00Z', 0)).toBe('2026-01-01T02:00:00.000Z');
  });

  test('weekdays: the next working-day morning after a Saturday', () => {
    // 2026-01-03 is a Saturday; Monday 2026-01-05 09:00 CST = 01:00 UTC
    expect(next('0 0 9 * * MON-FRI *', '2026-01-03T03:00:00Z')).toBe('2026-01-05T01:00:00.000Z');
  });

  test('months, month ends and leap days', () => {
    expect(next('0 0 0 1 JAN,JUL * *', '2026-02-10T00:00:00Z', 0)).toBe('2026-07-01T00:00:00.000Z');
    expect(next('0 0 0 31 * * *', '2026-04-01T00:00:00Z', 0)).toBe('2026-05-31T00:00:00.000Z');
    expect(next('0 0 0 29 2 * *', '2026-01-01T00:00:00Z', 0)).toBe('2028-02-29T00:00:00.000Z');
  });

  test('day and weekday both restricted: either matches', () => {
    // the 15th, or any Sunday: after Thu 2026-01-08 the first is Sunday 2026-01-11
    expect(next('0 0 0 15 * SUN *', '2026-01-08T00:00:00Z', 0)).toBe('2026-01-11T00:00:00.000Z');
  });

  test('a year field with no years left has no next fire', () => {
    expect(next('0 0 0 1 1 * 2027', '2026-06-01T00:00:00Z', 0)).toBe('2027-01-01T00:00:00.000Z');
    expect(next('0 0 0 1 1 * 2027', '2027-01-01T00:00:00Z', 0)).toBeNull();
  });

  test('cronMatches agrees with nextFire', () => {
    const spec = parseCron('30 15 10 * * * *');
    const fire = nextFire(spec, at('2026-05-05T00:00:00Z')) as Date;
    expect(cronMatches(spec, fire)).toBe(true);
    expect(cronMatches(spec, new Date(fire.getTime() + 1000))).toBe(false);
  });
});
