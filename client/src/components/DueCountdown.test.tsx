import { render } from '@testing-library/react';
import { countdownState, DueCountdown } from './DueCountdown';

const NOW = Date.UTC(2026, 10, 21, 6, 0);
const HOUR = 3_600_000;

describe('the due countdown', () => {
  it('counts the hours left while there is time', () => {
    expect(countdownState(NOW + 5 * HOUR + 60_000, false, NOW)).toEqual({ text: '剩余 5 小时', tone: 'ok' });
    expect(countdownState(NOW + 3 * 24 * HOUR, false, NOW)).toEqual({ text: '剩余 3 天', tone: 'ok' });
  });

  it('counts days to the deadline’s date, as the 办理时限 beside it reads', () => {
    // Friday 20:00 China time → Wednesday 18:00: 4 whole days and 22 hours, 5 days by the calendar
    const friday = Date.UTC(2026, 10, 20, 12, 0);
    expect(countdownState(Date.UTC(2026, 10, 25, 10, 0), false, friday).text).toBe('剩余 5 天');
  });

  it('turns orange in the last hours', () => {
    expect(countdownState(NOW + 2 * HOUR, false, NOW).tone).toBe('soon');
    expect(countdownState(NOW + 20 * 60_000, false, NOW)).toEqual({ text: '剩余不足 1 小时', tone: 'soon' });
  });

  it('says how late a ticket is once the deadline has passed', () => {
    expect(countdownState(NOW - 30 * 60_000, false, NOW)).toEqual({ text: '已超期', tone: 'over' });
    expect(countdownState(NOW - 5 * HOUR, false, NOW)).toEqual({ text: '已超期 5 小时', tone: 'over' });
    expect(countdownState(NOW - 72 * HOUR, false, NOW)).toEqual({ text: '已超期 3 天', tone: 'over' });
  });

  it('believes the server’s overdue flag even when the phone’s clock says there is time', () => {
    expect(countdownState(NOW + HOUR, true, NOW)).toEqual({ text: '已超期', tone: 'over' });
  });

  it('is red when overdue, orange when soon, plain otherwise', () => {
    const cls = (dueAt: number, overdue = false) =>
      render(<DueCountdown dueAt={dueAt} overdue={overdue} now={NOW} />).container.querySelector('.lx-due')!.className;
    expect(cls(NOW - HOUR)).toContain('lx-due--over');
    expect(cls(NOW + HOUR)).toContain('lx-due--soon');
    expect(cls(NOW + 30 * HOUR)).not.toMatch(/lx-due--(over|soon)/);
  });
});
