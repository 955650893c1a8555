/**
 * The one way reads are paged. Every read that can return more than one batch sorts on a field and
 * then `_id` (CloudBase guarantees no order without `orderBy`, so skip/limit on an unordered query may
 * repeat or drop documents between batches), and each batch starts after the previous batch's last
 * key (keyset) rather than skipping: batch N costs what batch 1 costs, and a document written between
 * two batches cannot shift the rest by one.
 *
 * A server-side get() returns 100 documents when no limit is given and at most 1000 with one; callers
 * pass the batch they need within that.
 */
import { db } from '../cloud';

export type Dir = 'asc' | 'desc';

/** A sort on one field, ties broken by `_id` in the same direction, so every document has one place. */
export interface Order {
  field: string;
  dir: Dir;
}

/** Where the last batch ended: its last document's sort value and id. */
export interface Key {
  value: number;
  id: string;
}

export const BY_ID: Order = { field: '_id', dir: 'asc' };

/** get() without a limit returns this many; also the default batch. */
export const BATCH = 100;

export interface Page<T> {
  items: T[];
  hasMore: boolean;
  /** the cursor of the next page, when there is one */
  next?: string;
}

type Doc = { _id: string } & Record<string, unknown>;

const keyOf = (d: Doc, order: Order): Key => ({ value: (d[order.field] as number) ?? 0, id: d._id });

/** `cond` narrowed to the documents after `key` in `order`. */
export function afterKey(cond: object, order: Order, key: Key | null): object {
  if (!key) return cond;
  const _ = db().command;
  const past = (v: unknown) => (order.dir === 'asc' ? _.gt(v) : _.lt(v));
  if (order.field === '_id') return _.and([cond, { _id: past(key.id) }]);
  return _.and([cond, _.or([{ [order.field]: past(key.value) }, { [order.field]: key.value, _id: past(key.id) }])]);
}

/** The next `size` documents after `key` (the sweeper's and the pusher's walks carry the key themselves). */
export async function nextAfter<T>(
  coll: string,
  cond: object,
  order: Order,
  key: Key | null,
  size: number,
  fields?: Record<string, boolean>,
): Promise<T[]> {
  let q = db()
    .collection(coll)
    .where(afterKey(cond, order, key))
    .orderBy(order.field, order.dir);
  if (order.field !== '_id') q = q.orderBy('_id', order.dir);
  q = q.limit(size);
  if (fields) q = q.field(fields);
  return (await q.get()).data as unknown as T[];
}

/** `${prefix}${value}_${id}`: opaque to the client, which only hands it back. */
export const encodeCursor = (key: Key, prefix = ''): string => `${prefix}${key.value}_${key.id}`;

export function decodeCursor(s: string | undefined, prefix = ''): Key | null {
  if (!s || !s.startsWith(prefix)) return null;
  const rest = s.slice(prefix.length);
  const i = rest.indexOf('_');
  const value = Number(rest.slice(0, i));
  if (i < 1 || !Number.isFinite(value)) return null;
  return { value, id: rest.slice(i + 1) };
}

/**
 * One page for a list the client scrolls: `size` documents after the cursor, reading one more to know
 * whether another page follows. The cursor carries `prefix` so lists in different orders cannot take
 * each other's cursors (a foreign cursor starts from the top).
 */
export async function pageAfter<T extends { _id: string }>(
  coll: string,
  cond: object,
  order: Order,
  cursor: string | undefined,
  size: number,
  prefix = '',
): Promise<Page<T>> {
  const rows = await nextAfter<T>(coll, cond, order, decodeCursor(cursor, prefix), size + 1);
  const items = rows.slice(0, size);
  const hasMore = rows.length > size;
  const last = items[items.length - 1] as unknown as Doc | undefined;
  return { items, hasMore, ...(hasMore && last ? { next: encodeCursor(keyOf(last, order), prefix) } : {}) };
}

/**
 * Every matching document (or the first `max`), batch after batch until one comes back short. A
 * projection must keep the order's field.
 */
export async function readAll<T extends { _id: string }>(
  coll: string,
  cond: object,
  opts: { order?: Order; batch?: number; max?: number; fields?: Record<string, boolean> } = {},
): Promise<T[]> {
  const { order = BY_ID, batch = BATCH, max = Infinity, fields } = opts;
  const out: T[] = [];
  let key: Key | null = null;
  for (;;) {
    const size = Math.min(batch, max - out.length);
    const rows = await nextAfter<T>(coll, cond, order, key, size, fields);
    out.push(...rows);
    if (rows.length < size || out.length >= max) return out;
    key = keyOf(rows[rows.length - 1] as unknown as Doc, order);
  }
}
