import {
  addLimit,
  calendarWarning,
  calendarYears,
  cstDate,
  cstDay,
  cstDaysBetween,
  cstHour,
  cstInstant,
  cstMidnight,
  cstMinute,
  dueWords,
  HOUR,
  inChina,
  isWorkday,
  missingCalendarYears,
  type HolidayCalendar,
} from './time';

const at = (iso: string) => Date.parse(iso);

describe('China-time dates', () => {
  it('a ticket filed at 23:30 UTC belongs to the next day in Beijing', () => {
    expect(cstDate(at('2026-11-20T23:30:00Z'))).toBe('2026-11-21');
    expect(cstDay(at('2026-11-20T23:30:00Z'))).toBe('20261121');
  });

  // 00:05 and 23:59 China time on either side of New Year 2027, which is 16:05 / 15:59 UTC on 31 Dec
  const justAfterNewYear = at('2026-12-31T16:05:00Z');
  const justBeforeNewYear = at('2026-12-31T15:59:00Z');

  it('five past midnight on New Year’s Day is already 2027 in Beijing', () => {
    expect(cstDate(justAfterNewYear)).toBe('2027-01-01');
    expect(cstDay(justAfterNewYear)).toBe('20270101');
    expect(cstMinute(justAfterNewYear)).toBe('2027-01-01 00:05');
    expect(cstHour(justAfterNewYear)).toBe(0);
    expect(inChina(justAfterNewYear).year()).toBe(2027);
    expect(inChina(justAfterNewYear).day()).toBe(5); // a Friday
    expect(cstMidnight(justAfterNewYear)).toBe(at('2026-12-31T16:00:00Z'));
  });

  it('a minute to midnight on New Year’s Eve is still 2026', () => {
    expect(cstDate(justBeforeNewYear)).toBe('2026-12-31');
    expect(cstMinute(justBeforeNewYear)).toBe('2026-12-31 23:59');
    expect(cstHour(justBeforeNewYear)).toBe(23);
    expect(cstMidnight(justBeforeNewYear)).toBe(at('2026-12-30T16:00:00Z'));
  });

  it('counts calendar days in China time, not in 24-hour steps', () => {
    expect(cstDaysBetween(justBeforeNewYear, justAfterNewYear)).toBe(1); // six minutes, one day
    expect(cstDaysBetween(at('2026-12-31T16:01:00Z'), at('2027-01-01T15:59:00Z'))).toBe(0); // almost 24 h
    expect(cstDaysBetween(justAfterNewYear, justBeforeNewYear)).toBe(-1);
    expect(cstDaysBetween(at('2028-02-28T16:30:00Z'), at('2028-03-01T01:00:00Z'))).toBe(1); // 29 Feb → 1 Mar
  });

  it('does not depend on the machine’s zone (minutes are the same on the server and the phone)', () => {
    expect(cstMinute(at('2026-11-21T06:00:00Z'))).toBe('2026-11-21 14:00');
    expect(cstMinute(at('2026-06-30T16:00:00Z'))).toBe('2026-07-01 00:00');
  });
});

describe('time limits', () => {
  const fridayAfternoon = at('2026-11-20T07:00:00Z'); // Fri 15:00 in Beijing

  it('counts hours and calendar days straight through weekends', () => {
    expect(addLimit(fridayAfternoon, { value: 2, unit: 'hours' })).toBe(fridayAfternoon + 2 * HOUR);
    expect(cstDate(addLimit(fridayAfternoon, { value: 1, unit: 'days' }))).toBe('2026-11-21');
  });

  it('one working day from Friday afternoon is Monday at the end of the working day (18:00)', () => {
    const due = addLimit(fridayAfternoon, { value: 1, unit: 'workdays' });
    expect(cstMinute(due)).toBe('2026-11-23 18:00');
  });

  it('a working-day limit filed in the night ends at 18:00, not at the hour it was filed', () => {
    // Tuesday 01:48 in Beijing + 3 working days: Friday 18:00
    expect(cstMinute(addLimit(at('2026-11-23T17:48:00Z'), { value: 3, unit: 'workdays' }))).toBe('2026-11-27 18:00');
  });

  it('skips the admin’s holidays and counts make-up working days', () => {
    const cal: HolidayCalendar = { holidays: ['2026-11-23'], workdays: ['2026-11-22'] };
    expect(isWorkday(at('2026-11-22T04:00:00Z'), cal)).toBe(true); // a Sunday made a working day
    expect(isWorkday(at('2026-11-23T04:00:00Z'), cal)).toBe(false);
    expect(cstDate(addLimit(fridayAfternoon, { value: 2, unit: 'workdays' }, cal))).toBe('2026-11-24');
  });
});

describe('a deadline in words', () => {
  it('reads the China-time date, weekday and hour', () => {
    expect(dueWords(at('2026-11-25T10:00:00Z'))).toBe('11月25日（周三）18:00前');
    expect(dueWords(at('2026-12-31T16:30:00Z'))).toBe('1月1日（周五）00:30前');
  });
});

describe('past the end of the holiday calendar', () => {
  // the admin entered 2026 only: 国庆 and its 调休 Saturday
  const cal: HolidayCalendar = { holidays: ['2026-10-01', '2026-10-02', '2026-10-05'], workdays: ['2026-10-10'] };

  it('counts Monday to Friday only: weekends off, no holidays, no make-up days', () => {
    // 2027-01-01 is a Friday and 元旦, but the calendar does not know 2027: a working day
    expect(isWorkday(at('2027-01-01T04:00:00Z'), cal)).toBe(true);
    expect(isWorkday(at('2027-01-02T04:00:00Z'), cal)).toBe(false); // Saturday
    expect(isWorkday(at('2027-01-03T04:00:00Z'), cal)).toBe(false); // Sunday
    // Thursday 2026-12-31 15:00 + 2 working days: Fri 1 Jan, then Mon 4 Jan
    const due = addLimit(at('2026-12-31T07:00:00Z'), { value: 2, unit: 'workdays' }, cal);
    expect(cstDate(due)).toBe('2027-01-04');
    // 3 working days from Friday 2028-02-25 across 29 February: Mon 28, Tue 29, Wed 1 March
    expect(cstDate(addLimit(at('2028-02-25T02:00:00Z'), { value: 3, unit: 'workdays' }, cal))).toBe('2028-03-01');
  });

  it('knows which years it covers and which of this year and next are missing', () => {
    expect(calendarYears(cal)).toEqual([2026]);
    expect(missingCalendarYears(cal, at('2026-12-01T02:00:00Z'))).toEqual([2027]);
    // 2027-01-01 00:30 in Beijing is still 2026-12-31 in UTC: China time decides
    expect(missingCalendarYears(cal, at('2026-12-31T16:30:00Z'))).toEqual([2027, 2028]);
    expect(
      missingCalendarYears({ holidays: ['2026-01-01', '2027-01-01'], workdays: [] }, at('2026-06-01T00:00:00Z')),
    ).toEqual([]);
  });

  it('warns the admin in words: next year missing, or this year too', () => {
    expect(
      calendarWarning({ holidays: ['2026-01-01', '2027-01-01'], workdays: [] }, at('2026-12-01T02:00:00Z')),
    ).toBeNull();
    const next = calendarWarning(cal, at('2026-12-01T02:00:00Z'))!;
    expect(next).toMatch(/^尚未录入2027年的节假日安排/);
    expect(next).toMatch(/跨入2027年的工作日时限暂按周一至周五计算/);
    const both = calendarWarning(cal, at('2027-03-01T02:00:00Z'))!;
    expect(both).toMatch(/^尚未录入2027年和2028年的节假日安排/);
    expect(both).toMatch(/当前的工作日时限暂按周一至周五计算/);
  });
});

describe('cstInstant', () => {
  test('a date and time on a wall in China is that instant, whatever the machine zone', () => {
    expect(cstInstant('2026-12-31', '23:59')).toBe(Date.UTC(2026, 11, 31, 15, 59));
    expect(cstInstant('2027-01-01')).toBe(Date.UTC(2026, 11, 31, 16, 0));
    expect(cstMinute(cstInstant('2028-02-29', '08:00'))).toBe('2028-02-29 08:00');
  });
});
