/**
 * Clock arithmetic in China Standard Time (UTC+8, no daylight saving), pure so tests pass a fixed
 * `now`. Working days skip weekends and the admin's holidays, and count make-up working days (调休).
 */
import type { TimeLimit } from './category';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
const CST_OFFSET = 8 * HOUR;

/** "2026-11-21" in China time. */
export const cstDate = (ms: number): string => new Date(ms + CST_OFFSET).toISOString().slice(0, 10);
/** "20261121" in China time, the ticket-number prefix. */
export const cstDay = (ms: number): string => cstDate(ms).replace(/-/g, '');

export interface HolidayCalendar {
  /** "YYYY-MM-DD" days off that would otherwise be working days */
  holidays: readonly string[];
  /** "YYYY-MM-DD" weekend days that are working days (调休上班) */
  workdays: readonly string[];
}
export const NO_HOLIDAYS: HolidayCalendar = { holidays: [], workdays: [] };

export function isWorkday(ms: number, cal: HolidayCalendar): boolean {
  const d = cstDate(ms);
  if (cal.workdays.includes(d)) return true;
  if (cal.holidays.includes(d)) return false;
  const weekday = new Date(ms + CST_OFFSET).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * When a limit that starts at `from` runs out. Working days: the clock moves a whole day at a time and
 * only days that are working days count, so a Friday-afternoon ticket with one working day is due on
 * Monday afternoon.
 */
export function addLimit(from: number, limit: TimeLimit, cal: HolidayCalendar = NO_HOLIDAYS): number {
  if (limit.unit === 'hours') return from + limit.value * HOUR;
  if (limit.unit === 'days') return from + limit.value * DAY;
  let t = from;
  let left = limit.value;
  while (left > 0) {
    t += DAY;
    if (isWorkday(t, cal)) left -= 1;
  }
  return t;
}
