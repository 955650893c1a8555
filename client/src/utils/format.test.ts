import { dueCountdown, formatDateTime, formatRelative, greeting } from './format';

// 2026-11-21 14:05 in China time
const at = Date.UTC(2026, 10, 21, 6, 5);
const HOUR = 3_600_000;

describe('times as residents read them', () => {
  it('shows China time whatever the phone zone', () => {
    expect(formatDateTime(at)).toBe('2026-11-21 14:05');
  });

  it('says 今天 and 昨天 by the China calendar day', () => {
    expect(formatRelative(at, at + HOUR)).toBe('今天 14:05');
    expect(formatRelative(at, at + 12 * HOUR)).toBe('昨天 14:05');
    expect(formatRelative(at, at + 30 * 24 * HOUR)).toBe('11月21日 14:05');
    expect(formatRelative(at, Date.UTC(2027, 1, 1))).toBe('2026年11月21日 14:05');
  });

  it('turns the day and the year at China midnight (23:59 on New Year’s Eve, 00:05 on New Year’s Day)', () => {
    const eve = Date.UTC(2026, 11, 31, 15, 59); // 2026-12-31 23:59 CST
    const newYear = Date.UTC(2026, 11, 31, 16, 5); // 2027-01-01 00:05 CST
    expect(formatRelative(eve, newYear)).toBe('昨天 23:59');
    expect(formatRelative(newYear, newYear)).toBe('今天 00:05');
    expect(formatRelative(eve, newYear + 24 * HOUR)).toBe('2026年12月31日 23:59');
    expect(greeting(newYear)).toBe('夜深了');
  });

  it('counts down to the deadline and says 已超期 once it has passed', () => {
    expect(dueCountdown(at + 5 * HOUR + 10, at)).toEqual({ text: '剩余 5 小时', overdue: false, soon: false });
    expect(dueCountdown(at + 30 * 60_000, at)).toMatchObject({ text: '剩余不足 1 小时', soon: true });
    expect(dueCountdown(at + 72 * HOUR, at).text).toBe('剩余 3 天');
    expect(dueCountdown(at - 1, at)).toEqual({ text: '已超期', overdue: true, soon: false });
  });

  it('greets by the hour in China time', () => {
    expect(greeting(Date.UTC(2026, 10, 21, 0, 0))).toBe('早上好'); // 08:00 CST
    expect(greeting(at)).toBe('下午好');
  });
});
