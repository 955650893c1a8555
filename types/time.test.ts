import { addLimit, cstDate, cstDay, HOUR, isWorkday, type HolidayCalendar } from './time';

const at = (iso: string) => Date.parse(iso);

describe('China-time dates', () => {
  it('a ticket filed at 23:30 UTC belongs to the next day in Beijing', () => {
    expect(cstDate(at('2026-11-20T23:30:00Z'))).toBe('2026-11-21');
    expect(cstDay(at('2026-11-20T23:30:00Z'))).toBe('20261121');
  });
});

describe('time limits', () => {
  const fridayAfternoon = at('2026-11-20T07:00:00Z'); // Fri 15:00 in Beijing

  it('counts hours and calendar days straight through weekends', () => {
    expect(addLimit(fridayAfternoon, { value: 2, unit: 'hours' })).toBe(fridayAfternoon + 2 * HOUR);
    expect(cstDate(addLimit(fridayAfternoon, { value: 1, unit: 'days' }))).toBe('2026-11-21');
  });

  it('one working day from Friday afternoon is Monday afternoon', () => {
    const due = addLimit(fridayAfternoon, { value: 1, unit: 'workdays' });
    expect(cstDate(due)).toBe('2026-11-23');
    expect(new Date(due).getUTCHours()).toBe(7);
  });

  it('skips the admin’s holidays and counts make-up working days', () => {
    const cal: HolidayCalendar = { holidays: ['2026-11-23'], workdays: ['2026-11-22'] };
    expect(isWorkday(at('2026-11-22T04:00:00Z'), cal)).toBe(true); // a Sunday made a working day
    expect(isWorkday(at('2026-11-23T04:00:00Z'), cal)).toBe(false);
    expect(cstDate(addLimit(fridayAfternoon, { value: 2, unit: 'workdays' }, cal))).toBe('2026-11-24');
  });
});
