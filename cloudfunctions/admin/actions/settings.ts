import { calendarWarning, DomainError, type Payload, type ResultOf } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { allCategories, getCategory, updateCategory } from '../../shared/repo/categories';
import { getHolidays, saveHolidays as save } from '../../shared/repo/settings';

export async function categories(): Promise<ResultOf<'admin', 'categories'>> {
  return allCategories();
}

/**
 * Time limits per urgency × level, the response limit, active or not. Open tickets keep the deadline
 * they were given; new ones use the new limits (the tickets function caches categories for a minute).
 */
export async function saveCategory(p: Payload<'admin', 'saveCategory'>): Promise<ResultOf<'admin', 'saveCategory'>> {
  const cat = await getCategory(p.id);
  if (!cat) throw new DomainError('CATEGORY.NOT_FOUND');
  const data = {
    ...(p.limits ? { limits: p.limits } : {}),
    ...(p.responseHours !== undefined ? { responseHours: p.responseHours } : {}),
    ...(p.active !== undefined ? { active: p.active } : {}),
  };
  await updateCategory(cat._id, data);
  return { ...cat, ...data };
}

export async function holidays(_: unknown, ctx: ActionContext): Promise<ResultOf<'admin', 'holidays'>> {
  const h = await getHolidays();
  const warning = calendarWarning(h, ctx.now);
  return {
    holidays: h.holidays,
    workdays: h.workdays,
    ...(h.updatedAt ? { updatedAt: h.updatedAt } : {}),
    ...(warning ? { warning } : {}),
  };
}

export async function saveHolidays(
  p: Payload<'admin', 'saveHolidays'>,
  ctx: ActionContext,
): Promise<ResultOf<'admin', 'saveHolidays'>> {
  const uniq = (xs: string[]) => [...new Set(xs)].sort();
  const doc = { holidays: uniq(p.holidays), workdays: uniq(p.workdays), updatedAt: ctx.now, updatedBy: ctx.openid };
  await save(doc);
  const warning = calendarWarning(doc, ctx.now);
  return { holidays: doc.holidays, workdays: doc.workdays, updatedAt: doc.updatedAt, ...(warning ? { warning } : {}) };
}
