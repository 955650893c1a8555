/**
 * Categories change rarely (an admin edits them) and are read on every filing, so a warm function
 * instance keeps them for a minute instead of reading them each time.
 */
import { COLLECTIONS, type Category } from '@lx/types';
import { db } from '../cloud';

const TTL_MS = 60_000;
let cache: { at: number; list: Category[] } | null = null;

export async function activeCategories(now: number): Promise<Category[]> {
  if (cache && now - cache.at < TTL_MS && now >= cache.at) return cache.list;
  const res = await db()
    .collection(COLLECTIONS.categories)
    .where({ active: true })
    .orderBy('order', 'asc')
    .limit(100)
    .get();
  cache = { at: now, list: res.data as Category[] };
  return cache.list;
}

/** For tests and for the admin's edits: the next read goes to the database. */
export const forgetCategories = (): void => {
  cache = null;
  all = null;
};

let all: { at: number; byId: Map<string, Category> } | null = null;

/** Any category, active or not: a ticket keeps its category's limits after the admin retires it. */
export async function categoryById(id: string, now: number): Promise<Category | null> {
  // the active list a filing already cached usually has it
  const active = cache && now - cache.at < TTL_MS && now >= cache.at ? cache.list.find((c) => c._id === id) : undefined;
  if (active) return active;
  if (!all || now - all.at >= TTL_MS || now < all.at || !all.byId.has(id)) {
    const res = await db().collection(COLLECTIONS.categories).limit(100).get();
    all = { at: now, byId: new Map((res.data as Category[]).map((c) => [c._id, c])) };
  }
  return all.byId.get(id) ?? null;
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
