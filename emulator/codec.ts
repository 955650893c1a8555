/**
 * Value conversions at the emulator's two borders.
 *
 * Wire (SDK ⇄ executor): the SDK sends canonical Extended JSON (`EJSON.stringify(x, {relaxed:false})`
 * from the bson package it depends on) and parses answers with `EJSON.parse`. Two values are not
 * EJSON: `db.serverDate({offset})` arrives as `{"$tcb_server_date":{"offset":n}}` and is resolved here
 * to the current time plus offset ms, as the service does on write; BSON regular expressions arrive as
 * `$regularExpression` and become JS RegExp objects, which mingo understands.
 *
 * Storage (executor ⇄ SQLite): documents are JSON text. Dates are kept in their canonical EJSON form
 * `{"$date":{"$numberLong":"<ms>"}}`. That choice means
 *   - the stored text is itself a valid EJSON answer, so a read without projection ships the row's
 *     text unchanged (no parse/serialize round trip on the hot path);
 *   - reading converts the tagged objects back to Date, so mingo compares real Dates (a Date sorts
 *     after strings and numbers, exactly like BSON), never tagged objects;
 *   - the SQL pushdown never sees a Date: json_extract on such a field yields an object, and the
 *     planner only pushes string/number/boolean literals (see pushdown.ts), so a condition with a
 *     Date value is answered by mingo alone. Index fields holding dates should therefore be numbers
 *     (ms), which the app's collections already do (createdAt, dueAt).
 * RegExp values inside documents are kept as `{"$regularExpression":{pattern,options}}` the same way.
 */
import { loadEjson, type BsonRegExpLike, type EjsonApi } from './sdk';

export type Doc = Record<string, unknown>;

let ejson: EjsonApi | null = null;
const EJSON = (): EjsonApi => (ejson ??= loadEjson());

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

const isBsonRegExp = (v: unknown): v is BsonRegExpLike =>
  typeof v === 'object' && v !== null && (v as { _bsontype?: unknown })._bsontype === 'BSONRegExp';

/** BSON regex options that JS does not know ('x', 'l') are dropped rather than rejected. */
function toJsRegExp(pattern: string, options: string): RegExp {
  const flags = Array.from(new Set(options.split('').filter((f) => 'imsu'.includes(f)))).join('');
  return new RegExp(pattern, flags);
}

/** Resolves the two non-EJSON wire values, in place where possible. */
function resolveWireValue(v: unknown, now: number): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = resolveWireValue(v[i], now);
    return v;
  }
  if (isBsonRegExp(v)) return toJsRegExp(v.pattern, v.options);
  if (isPlainObject(v)) {
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === '$tcb_server_date') {
      const spec = v.$tcb_server_date as { offset?: unknown } | null;
      const offset = spec && typeof spec.offset === 'number' ? spec.offset : 0;
      return new Date(now + offset);
    }
    for (const k of keys) v[k] = resolveWireValue(v[k], now);
  }
  return v;
}

/** Parses one EJSON string from the SDK into plain JS values (numbers, Date, RegExp). */
export function decodeWire(text: string | undefined | null, now = Date.now()): unknown {
  if (text === undefined || text === null || text === '') return undefined;
  return resolveWireValue(EJSON().parse(text, { relaxed: true }), now);
}

export function decodeWireObject(text: string | undefined | null, now = Date.now()): Doc {
  const v = decodeWire(text, now);
  return isPlainObject(v) ? v : {};
}

/** Same resolution for values that did not come through EJSON (direct store API, aggregation). */
export function resolveValues<T>(v: T, now = Date.now()): T {
  return resolveWireValue(v, now) as T;
}

function storageReplacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (raw instanceof Date) {
    const ms = raw.getTime();
    return Number.isNaN(ms) ? null : { $date: { $numberLong: String(ms) } };
  }
  if (raw instanceof RegExp) return { $regularExpression: { pattern: raw.source, options: raw.flags } };
  return value;
}

/** Document → stored text (also valid EJSON for the SDK). */
export function toStorageText(doc: unknown): string {
  return JSON.stringify(doc, storageReplacer);
}

/** The Date or RegExp a single-key tagged object stands for, or undefined for ordinary objects. */
function taggedValue(o: Record<string, unknown>): Date | RegExp | undefined {
  const keys = Object.keys(o);
  if (keys.length !== 1) return undefined;
  const d = o.$date;
  if (isPlainObject(d) && typeof d.$numberLong === 'string') return new Date(Number(d.$numberLong));
  if (typeof d === 'number' || typeof d === 'string') return new Date(d);
  const r = o.$regularExpression;
  if (isPlainObject(r) && typeof r.pattern === 'string')
    return toJsRegExp(r.pattern, typeof r.options === 'string' ? r.options : '');
  return undefined;
}

function reviveTagged(v: unknown): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = reviveTagged(v[i]);
    return v;
  }
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const tagged = taggedValue(o);
    if (tagged) return tagged;
    for (const k of Object.keys(o)) o[k] = reviveTagged(o[k]);
  }
  return v;
}

/** Stored text → document. The substring test keeps the common date-free case at JSON.parse speed. */
export function fromStorageText(text: string): Doc {
  const parsed = JSON.parse(text) as Doc;
  if (text.includes('"$date"') || text.includes('"$regularExpression"')) return reviveTagged(parsed) as Doc;
  return parsed;
}

/** Any value (aggregation output, projected document) → one EJSON string of the answer list. */
export function toWireText(value: unknown): string {
  return toStorageText(value);
}

/** Deep copy that keeps Dates and RegExps (documents are mutated by mingo's updater). */
export function cloneDoc<T>(v: T): T {
  return structuredClone(v);
}
