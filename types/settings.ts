/** Documents of the `settings` collection the admin keeps (one document per concern, by `_id`). */
import * as z from 'zod/mini';
import { CalendarDate as Day } from './api/common';

/** settings/holidays: days off on working days, and weekend days worked (调休上班). */
export const HolidaySettings = z.object({
  _id: z.literal('holidays'),
  holidays: z.array(Day),
  workdays: z.array(Day),
  updatedAt: z.optional(z.number()),
  updatedBy: z.optional(z.string()),
});
export type HolidaySettings = z.infer<typeof HolidaySettings>;
export const HOLIDAYS_SETTING_ID = 'holidays';
