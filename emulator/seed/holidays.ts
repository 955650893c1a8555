/**
 * The holiday calendar the admin keeps (settings/holidays), covering this year and next. 2026 follows
 * the official schedule (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04); the 2025 entries cover
 * tickets seeded late in 2025 when `now` is early in 2026 (official 2025 schedule); 2027 has only its
 * statutory days off until the State Council publishes that year's arrangement (see HOLIDAYS_2027).
 * `holidays` lists every day off of each holiday period (weekend days included, which `isWorkday`
 * treats the same); `workdays` the weekend days worked instead (调休上班).
 */
import type { HolidayCalendar } from '@lx/types';

const span = (from: string, days: number): string[] => {
  const out: string[] = [];
  const t0 = Date.parse(`${from}T00:00:00Z`);
  for (let i = 0; i < days; i++) out.push(new Date(t0 + i * 86_400_000).toISOString().slice(0, 10));
  return out;
};

export const HOLIDAYS_2025: HolidayCalendar = {
  holidays: [
    ...span('2025-01-01', 1), // 元旦
    ...span('2025-01-28', 8), // 春节
    ...span('2025-04-04', 3), // 清明节
    ...span('2025-05-01', 5), // 劳动节
    ...span('2025-05-31', 3), // 端午节
    ...span('2025-10-01', 8), // 国庆节、中秋节
  ],
  workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};

export const HOLIDAYS_2026: HolidayCalendar = {
  holidays: [
    ...span('2026-01-01', 3), // 元旦 1月1日至3日
    ...span('2026-02-15', 9), // 春节 2月15日（腊月二十八）至23日（正月初七）
    ...span('2026-04-04', 3), // 清明节 4月4日至6日
    ...span('2026-05-01', 5), // 劳动节 5月1日至5日
    ...span('2026-06-19', 3), // 端午节 6月19日至21日
    ...span('2026-09-25', 3), // 中秋节 9月25日至27日
    ...span('2026-10-01', 7), // 国庆节 10月1日至7日
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

/**
 * 2027: the State Council's arrangement (调休, bridging days) is not published yet, so these are only
 * the statutory holidays (法定节假日) of 《全国年节及纪念日放假办法》 as revised in 2024 that fall in
 * 2027, and no make-up working days. The admin replaces them with the official notice (国务院办公厅关于
 * 2027年部分节假日安排的通知) when it is published (管理 → 节假日).
 */
export const HOLIDAYS_2027: HolidayCalendar = {
  holidays: [
    ...span('2027-01-01', 1), // 元旦
    ...span('2027-02-05', 4), // 春节 除夕（2月5日）至正月初三（2月8日）
    ...span('2027-04-05', 1), // 清明节
    ...span('2027-05-01', 2), // 劳动节 5月1日、2日
    ...span('2027-06-09', 1), // 端午节
    ...span('2027-09-15', 1), // 中秋节
    ...span('2027-10-01', 3), // 国庆节 10月1日至3日
  ],
  workdays: [],
};

export const HOLIDAY_CALENDAR: HolidayCalendar = {
  holidays: [...HOLIDAYS_2025.holidays, ...HOLIDAYS_2026.holidays, ...HOLIDAYS_2027.holidays],
  workdays: [...HOLIDAYS_2025.workdays, ...HOLIDAYS_2026.workdays, ...HOLIDAYS_2027.workdays],
};

export interface HolidaySettings extends HolidayCalendar {
  _id: 'holidays';
  updatedAt: number;
  updatedBy: string;
}

export const holidaySettings = (at: number): HolidaySettings => ({
  _id: 'holidays',
  holidays: [...HOLIDAY_CALENDAR.holidays],
  workdays: [...HOLIDAY_CALENDAR.workdays],
  updatedAt: at,
  updatedBy: 'demo-admin',
});
