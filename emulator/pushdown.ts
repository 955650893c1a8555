/**
 * Turns the part of a Mongo query that SQLite can answer with an expression index into a WHERE
 * prefilter, and a sort into an ORDER BY. Pure: the store supplies which fields may be used.
 *
 * The prefilter only ever has to be a superset of the true matches: every candidate row is re-checked
 * by mingo, so "results never differ from a full scan". That is why only these are pushed, and only
 * on declared index fields (plus `_id`):
 *   literal equality / `$eq` / `$in` of string, number or boolean literals, and
 *   `$gt` `$gte` `$lt` `$lte` with a string or number bound.
 * SQLite's cross-type comparisons (numbers < text, booleans stored as 0/1) can only add candidates,
 * never drop a Mongo match, except on arrays (`{tags:'a'}` matches `tags:['a','b']`), so a field on
 * which any document holds an array is never pushed. `$ne`, `$nin`, `$exists`, regexes, null, Dates
 * and sub-document equality are left to mingo because their SQL forms would drop matches.
 *
 * ORDER BY is pushed only for fields whose values are all string/number/null/missing: for those,
 * SQLite's order (NULL < numbers < text, BINARY strings) equals BSON's order as the emulator sorts
 * (null and missing equal, numbers < strings). Ties are broken by rowid (insertion order) in both the
 * pushed and the in-memory path, so paging is stable and identical either way. Strings are compared
 * by UTF-8 bytes in SQLite and by UTF-16 units in JS; they differ only between astral characters and
 * U+E000–U+FFFF, which sort keys here never contain.
 */

export type Direction = 1 | -1;
export type SortKeys = Array<[string, Direction]>;

export interface FieldUse {
  /** no document holds an array on the path: conditions may be pushed */
  filterable: boolean;
  /** all values are string/number/null/missing: ORDER BY may be pushed */
  sortable: boolean;
}

export interface Plan {
  /** SQL conditions joined with AND; empty means no prefilter */
  where: string[];
  params: Array<string | number>;
  /** every top-level condition became SQL (informational: mingo re-checks regardless) */
  complete: boolean;
  /** ORDER BY terms for the requested sort, or null when the sort must be done in memory */
  orderBy: string[] | null;
}

const SAFE_FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export const isSafeField = (field: string): boolean => SAFE_FIELD.test(field);

/** The exact SQL expression used both in CREATE INDEX and in queries (SQLite matches them textually). */
export function fieldExpr(field: string): string {
  if (field === '_id') return '_id';
  if (!isSafeField(field)) throw new Error(`field not usable in SQL: ${field}`);
  return `json_extract(doc, '$.${field}')`;
}

type Literal = string | number;

function literal(v: unknown): Literal | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

function rangeLiteral(v: unknown): Literal | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  return undefined;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

const RANGE_SQL: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

/** One operator of a field condition as SQL, or false when it must be left to mingo. */
function pushOp(expr: string, op: string, v: unknown, where: string[], params: Literal[]): boolean {
  if (op === '$eq' && literal(v) !== undefined) {
    where.push(`${expr} = ?`);
    params.push(literal(v) as Literal);
    return true;
  }
  if (op === '$in' && Array.isArray(v) && v.every((x) => literal(x) !== undefined)) {
    where.push(`${expr} IN (${v.map(() => '?').join(', ')})`);
    for (const x of v) params.push(literal(x) as Literal);
    return true;
  }
  if (op in RANGE_SQL && rangeLiteral(v) !== undefined) {
    where.push(`${expr} ${RANGE_SQL[op]} ?`);
    params.push(rangeLiteral(v) as Literal);
    return true;
  }
  return false;
}

export function planQuery(
  query: Record<string, unknown>,
  sort: SortKeys | undefined,
  fieldUse: (field: string) => FieldUse | undefined,
): Plan {
  const where: string[] = [];
  const params: Literal[] = [];
  let complete = true;

  const pushField = (field: string, cond: unknown): boolean => {
    const use = field === '_id' ? { filterable: true, sortable: false } : fieldUse(field);
    if (!use || !use.filterable) return false;
    const expr = fieldExpr(field);
    const lit = literal(cond);
    if (lit !== undefined) {
      where.push(`${expr} = ?`);
      params.push(lit);
      return true;
    }
    if (!isPlainObject(cond)) return false;
    const ops = Object.keys(cond);
    if (ops.length === 0 || !ops.every((k) => k.startsWith('$'))) return false;
    let all = true;
    for (const op of ops) if (!pushOp(expr, op, cond[op], where, params)) all = false;
    return all;
  };

  const walk = (q: Record<string, unknown>): void => {
    for (const [key, cond] of Object.entries(q)) {
      if (key === '$and' && Array.isArray(cond)) {
        for (const part of cond) {
          if (isPlainObject(part)) walk(part);
          else complete = false;
        }
      } else if (key.startsWith('$')) {
        complete = false; // $or, $nor, $expr …: mingo only
      } else if (!(key === '_id' || isSafeField(key)) || !pushField(key, cond)) {
        complete = false;
      }
    }
  };
  walk(query);

  let orderBy: string[] | null = null;
  if (sort && sort.length > 0) {
    const sortable = sort.every(([f]) => f !== '_id' && isSafeField(f) && fieldUse(f)?.sortable === true);
    if (sortable) orderBy = sort.map(([f, d]) => `${fieldExpr(f)} ${d === -1 ? 'DESC' : 'ASC'}`);
  }
  return { where, params, complete, orderBy };
}
