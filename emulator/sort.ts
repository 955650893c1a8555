/**
 * In-memory sort with MongoDB's rules, used when the ORDER BY cannot be pushed to SQLite.
 *
 * mingo's `compare` supplies the BSON type order (numbers < strings < objects < arrays < booleans <
 * dates). Two Mongo rules mingo's own $sort does not follow are applied here, so the in-memory order
 * and the pushed-down SQL order agree: null and missing compare equal, and an array field sorts by
 * its smallest element ascending / largest descending. Array.prototype.sort is stable and the input
 * arrives in rowid order, so ties keep insertion order, as the SQL path's `, rowid` does.
 */
import { compare, resolve } from 'mingo/util';
import type { SortKeys } from './pushdown';

type AnyObject = Record<string, unknown>;

const norm = (v: unknown): unknown => (v === undefined ? null : v);

function keyOf(doc: AnyObject, field: string, dir: 1 | -1): unknown {
  const v = resolve(doc, field);
  if (!Array.isArray(v)) return norm(v);
  // an empty array sorts before null in MongoDB; represent it by a value below every BSON type
  if (v.length === 0) return EMPTY_ARRAY;
  let best: unknown = norm(v[0]);
  for (let i = 1; i < v.length; i++) {
    const c = cmp(norm(v[i]), best);
    if ((dir === 1 && c < 0) || (dir === -1 && c > 0)) best = norm(v[i]);
  }
  return best;
}

const EMPTY_ARRAY = Symbol('empty-array');

function cmp(a: unknown, b: unknown): number {
  if (a === EMPTY_ARRAY || b === EMPTY_ARRAY) return a === b ? 0 : a === EMPTY_ARRAY ? -1 : 1;
  return compare(a, b);
}

export function toSortKeys(spec: unknown): SortKeys | undefined {
  if (Array.isArray(spec)) {
    const keys = spec.filter((e): e is [string, 1 | -1] => Array.isArray(e) && typeof e[0] === 'string');
    return keys.length ? keys.map(([f, d]) => [f, d === -1 ? -1 : 1]) : undefined;
  }
  if (spec && typeof spec === 'object') {
    const entries = Object.entries(spec as Record<string, unknown>);
    if (entries.length === 0) return undefined;
    return entries.map(([f, d]) => [f, d === -1 || d === 'desc' ? -1 : 1]);
  }
  return undefined;
}

export function sortInPlace<T>(items: T[], keys: SortKeys, docOf: (item: T) => AnyObject): T[] {
  if (keys.length === 0 || items.length < 2) return items;
  const decorated = items.map((item) => ({ item, k: keys.map(([f, d]) => keyOf(docOf(item), f, d)) }));
  decorated.sort((x, y) => {
    for (let i = 0; i < keys.length; i++) {
      const c = cmp(x.k[i], y.k[i]);
      if (c !== 0) return keys[i][1] === -1 ? -c : c;
    }
    return 0;
  });
  for (let i = 0; i < items.length; i++) items[i] = decorated[i].item;
  return items;
}
