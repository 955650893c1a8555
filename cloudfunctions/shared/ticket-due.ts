/**
 * A ticket's time limits: its category's limits for its urgency, counted in working days on the
 * holiday calendar. Shared because both a handler's transition (tickets) and the sweeper's automatic
 * ones (sweeper) start clocks with it.
 */
import { deadlines, DomainError, type Level, type Ticket } from '@lx/types';
import { categoryById } from './repo/categories';
import { holidayCalendar } from './repo/settings';

export async function dueFor(t: Pick<Ticket, 'categoryId' | 'urgency'>, now: number) {
  const [category, cal] = await Promise.all([categoryById(t.categoryId, now), holidayCalendar(now)]);
  if (!category) throw new DomainError('CATEGORY.NOT_FOUND');
  return (level: Level, from: number) => deadlines(category, t.urgency, level, from, cal);
}

export type Due = Awaited<ReturnType<typeof dueFor>>;
