/**
 * Settings documents the admin keeps. The holiday calendar is read by every transition that starts a
 * clock, so a warm instance keeps it for a minute; a missing or malformed document means no holidays
 * (weekends still count) rather than a failed request.
 */
import { COLLECTIONS, type HolidayCalendar, HolidaySettings, HOLIDAYS_SETTING_ID, NO_HOLIDAYS } from '@lx/types';
import { ttlCache } from '../cache';
import { db } from '../cloud';

const calendar = ttlCache<HolidayCalendar>(60_000);

export async function holidayCalendar(now: number): Promise<HolidayCalendar> {
  return calendar.get(now, async () => {
    const res = await db().collection(COLLECTIONS.settings).where({ _id: HOLIDAYS_SETTING_ID }).limit(1).get();
    const parsed = HolidaySettings.safeParse(res.data[0]);
    return parsed.success ? { holidays: parsed.data.holidays, workdays: parsed.data.workdays } : NO_HOLIDAYS;
  });
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
  calendar.forget();
}

export const forgetSettings = (): void => calendar.forget();
