import { cstInstant } from './time';
import { parsePeriod, periodChoices, periodRefusal, PERIOD_MESSAGES, trendKeys } from './stats';

describe('statistics periods (China time)', () => {
  const newYear = cstInstant('2027-01-01', '00:30'); // still 2026-12-31 in UTC
  it('this month, last month and this year by the China-time calendar', () => {
    expect(periodChoices(newYear).map((c) => c.key)).toEqual(['2027-01', '2026-12', '2027']);
  });
  it('a year runs to the current month, a month to today', () => {
    expect(parsePeriod('2027', newYear)?.months).toEqual(['2027-01']);
    expect(trendKeys(parsePeriod('2027-01', newYear)!, newYear)).toEqual(['2027-01-01']);
    expect(trendKeys(parsePeriod('2024-02', newYear)!, newYear)).toHaveLength(29);
  });
  it('refuses malformed, future and dataless periods with their reasons', () => {
    expect(periodRefusal('2026-13', newYear)).toBe(PERIOD_MESSAGES.shape);
    expect(periodRefusal('2027-02', newYear)).toBe(PERIOD_MESSAGES.future);
    expect(periodRefusal('2026-05', newYear, '2026-06')).toBe(PERIOD_MESSAGES.noData);
    expect(periodRefusal('2026', newYear, '2026-06')).toBeNull();
    expect(periodRefusal('2026-12', newYear, null)).toBe(PERIOD_MESSAGES.noData);
  });
});
