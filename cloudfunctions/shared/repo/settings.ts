/**
 * Settings documents the admin keeps. The holiday calendar is read by every transition that starts a
 * clock, so a warm instance keeps it for a minute; a missing or malformed document means no holidays
 * (weekends still count) rather than a failed request.
 */
import { COLLECTIONS, type HolidayCalendar, HolidaySettings, HOLIDAYS_SETTING_ID, NO_HOLIDAYS } from '@lx/types';
import { db } from '../cloud';

const TTL_MS = 60_000;
let cache: { at: number; cal: HolidayCalendar } | null = null;

export async function holidayCalendar(now: number): Promise<HolidayCalendar> {
  if (cache && now - cache.at < TTL_MS && now >= cache.at) return cache.cal;
  const res = await db().collection(COLLECTIONS.settings).where({ _id: HOLIDAYS_SETTING_ID }).limit(1).get();
  const parsed = HolidaySettings.safeParse(res.data[0]);
  const cal = parsed.success ? { holidays: parsed.data.holidays, workdays: parsed.data.workdays } : NO_HOLIDAYS;
  cache = { at: now, cal };
  return cal;
}

/** The stored calendar as the admin edits it (empty when none was ever saved). */
export async function getHolidays(): Promise<Omit<HolidaySettings, '_id'>> {
  const res = await db().collection(COLLECTIONS.settings).where({ _id: HOLIDAYS_SETTING_ID }).limit(1).get();
  const parsed = HolidaySettings.safeParse(res.data[0]);
  return parsed.success ? parsed.data : { holidays: [], workdays: [] };
}

export async function saveHolidays(doc: Required<Omit<HolidaySettings, '_id'>>): Promise<void> {
  await db()
    .collection(COLLECTIONS.settings)
    .doc(HOLIDAYS_SETTING_ID)
    .set({ data: { ...doc } });
  cache = null;
}

export const forgetSettings = (): void => {
  cache = null;
};
