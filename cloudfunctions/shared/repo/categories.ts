/**
 * Categories change rarely (an admin edits them) and are read on every filing, so a warm function
 * instance keeps them for a minute instead of reading them each time.
 */
import { COLLECTIONS, type Category } from '@lx/types';
import { ttlCache } from '../cache';
import { db } from '../cloud';

const TTL_MS = 60_000;
const active = ttlCache<Category[]>(TTL_MS);
const all = ttlCache<Map<string, Category>>(TTL_MS);

export async function activeCategories(now: number): Promise<Category[]> {
  return active.get(now, async () => {
    const res = await db()
      .collection(COLLECTIONS.categories)
      .where({ active: true })
      .orderBy('order', 'asc')
      .limit(100)
      .get();
    return res.data as Category[];
  });
}

/** For tests and for the admin's edits: the next read goes to the database. */
export const forgetCategories = (): void => {
  active.forget();
  all.forget();
};

/** Any category, active or not: a ticket keeps its category's limits after the admin retires it. */
export async function categoryById(id: string, now: number): Promise<Category | null> {
  // the active list a filing already cached usually has it; a category added since is read afresh
  const kept = active.peek(now)?.find((c) => c._id === id) ?? all.peek(now)?.get(id);
  if (kept) return kept;
  const res = await db().collection(COLLECTIONS.categories).limit(100).get();
  return all.put(now, new Map((res.data as Category[]).map((c) => [c._id, c]))).get(id) ?? null;
}

/** Every category, active or not, for the admin's list. */
export async function allCategories(): Promise<Category[]> {
  const res = await db().collection(COLLECTIONS.categories).orderBy('order', 'asc').limit(100).get();
  return res.data as Category[];
}

export async function getCategory(id: string): Promise<Category | null> {
  const res = await db().collection(COLLECTIONS.categories).where({ _id: id }).limit(1).get();
  return (res.data[0] as Category | undefined) ?? null;
}

export async function updateCategory(id: string, data: Partial<Category>): Promise<void> {
  await db()
    .collection(COLLECTIONS.categories)
    .doc(id)
    .update({ data: { ...data } });
  forgetCategories();
}

/** A new environment's first categories (scripts/bootstrap.ts); the admin edits them afterwards. */
export async function addCategories(list: readonly Category[]): Promise<void> {
  for (const c of list)
    await db()
      .collection(COLLECTIONS.categories)
      .add({ data: { ...c } });
  forgetCategories();
}
