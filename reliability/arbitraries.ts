/**
 * fast-check arbitraries read off an action's zod schema (the `_zod.def` tree of zod/mini): payloads
 * of the schema's shape with any field wrong, missing or extra, and the nasty values an attacker or a
 * broken client sends (huge strings and arrays, zero-width / RTL-override / NUL / emoji / lone
 * surrogates, operator-looking ids, out-of-range dates and numbers).
 */
import fc from 'fast-check';

interface Def {
  type: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  element?: unknown;
  options?: unknown[];
  entries?: Record<string, string>;
  values?: unknown[];
  in?: unknown;
}
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

export const NASTY_STRINGS = [
  '',
  ' ',
  '\u200b\u200b\u200b',
  '\u202e管理员',
  '\u202a\u202b\u202c\u2066\u2069',
  '\u200f\u200e',
  '\u0000',
  'a\u0000b',
  '\ufeff',
  '😀👨‍👩‍👧‍👦🏳️‍🌈',
  '\ud800',
  'abc\udfff',
  '\ud83d',
  '𠀀𪚥',
  'x'.repeat(100_000),
  '字'.repeat(20_000),
  '$where',
  '$gt',
  '_id',
  '__proto__',
  'constructor',
  'prototype',
  '{"$gt":""}',
  "'; DROP TABLE users; --",
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'local://../../../etc/passwd',
  'cloud://' + 'a'.repeat(400),
  'local://a/b.jpg',
  '2026-02-30',
  '9999-99-99',
  '0000-00-00',
  '275760-09-14',
  'NaN',
  '1e400',
  'demo-admin',
  'street-jiuzhou',
  'null',
  'undefined',
];
const OPERATOR_OBJECTS = [
  { $gt: '' },
  { $ne: null },
  { $where: 'sleep(1000)' },
  { $regex: '.*' },
  { $in: ['demo-admin'] },
  { _id: 'demo-admin' },
  { $expr: { $eq: [1, 1] } },
  JSON.parse('{"__proto__": {"polluted": true}}') as object,
  { constructor: { prototype: { polluted: true } } },
];
export const NASTY_NUMBERS = [
  0,
  -0,
  -1,
  1e-7,
  0.5,
  NaN,
  Infinity,
  -Infinity,
  8.64e15,
  8.64e15 + 1,
  -8.64e15 - 1,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  2 ** 31,
  -(2 ** 53),
];
const HUGE_ARRAYS = [Array.from({ length: 10_000 }, () => 'a'), Array.from({ length: 600 }, (_, i) => ({ i }))];

export const nastyString = fc.constantFrom(...NASTY_STRINGS);
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom(...NASTY_NUMBERS),
  fc.constantFrom(...OPERATOR_OBJECTS),
  fc.constantFrom(...HUGE_ARRAYS),
  fc.constantFrom(null, undefined, true, false, [], {}, [[[]]]),
  fc.anything({ maxDepth: 2 }),
);
const stringish = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 3, arbitrary: nastyString },
);
const numberish = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(...NASTY_NUMBERS), fc.nat(1000));

/** Values of the schema's shape (not necessarily valid): each leaf sometimes replaced by a nasty one. */
export function shaped(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const own = shapedOnly(schema, depth);
  return fc.oneof({ weight: 5, arbitrary: own }, { weight: 1, arbitrary: nastyValue });
}

const wrapper = (d: Def, depth: number) => fc.option(shapedOnly(d.innerType, depth), { nil: undefined });
/** One arbitrary per zod def type; wrappers (optional, default …) may also leave the value out. */
const BY_TYPE: Record<string, (d: Def, depth: number) => fc.Arbitrary<unknown>> = {
  object: (d, depth) => {
    const shape = d.shape ?? {};
    const rec = Object.fromEntries(Object.keys(shape).map((k) => [k, shaped(shape[k], depth + 1)]));
    return fc.tuple(fc.record(rec, { requiredKeys: [] }), extraKeys).map(([r, extra]) => ({ ...extra, ...r }));
  },
  optional: wrapper,
  default: wrapper,
  nullable: wrapper,
  readonly: wrapper,
  catch: wrapper,
  nonoptional: wrapper,
  pipe: (d, depth) => shapedOnly(d.in, depth),
  array: (d, depth) => (depth > 3 ? fc.constant([]) : fc.array(shaped(d.element, depth + 1), { maxLength: 14 })),
  union: (d, depth) => fc.oneof(...(d.options ?? []).map((o) => shapedOnly(o, depth))),
  enum: (d) => fc.oneof(fc.constantFrom(...Object.values(d.entries ?? { x: 'x' })), stringish),
  literal: (d) =>
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...(d.values ?? [null])) }, { weight: 1, arbitrary: stringish }),
  string: () => stringish,
  number: () => numberish,
  int: () => numberish,
  boolean: () => fc.oneof(fc.boolean(), fc.constantFrom('true', 0, 1)),
};

function shapedOnly(schema: unknown, depth: number): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  return Object.prototype.hasOwnProperty.call(BY_TYPE, d.type) ? BY_TYPE[d.type](d, depth) : nastyValue;
}

/** Fields the schema does not name: mass assignment and operator-looking keys. */
const extraKeys: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({}) },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.constantFrom('_id', '$where', '$set', 'roles', 'reporterId', 'status', 'version', 'openid', 'ok', 'x'),
      nastyValue,
      { maxKeys: 3 },
    ),
  },
  { weight: 1, arbitrary: fc.constant(JSON.parse('{"__proto__": {"isAdmin": true}}') as Record<string, unknown>) },
);

/**
 * One case for an action: its valid payload with fields replaced, dropped or added (reaches the
 * handler most often), a payload generated from the schema alone, or no payload of any shape.
 */
export function payloadCase(schema: unknown, valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys({ ...valid, ...(defOf(schema).shape ?? {}) });
  const fieldOf = (k: string) => {
    const s = defOf(schema).shape?.[k];
    return s ? shaped(s, 1) : nastyValue;
  };
  const edit = fc.record({
    k: keys.length ? fc.constantFrom(...keys) : fc.constant('x'),
    how: fc.constantFrom('replace', 'replace', 'drop', 'nasty'),
  });
  const mutated = fc.tuple(fc.array(edit, { minLength: 1, maxLength: 3 }), extraKeys).chain(([edits, extra]) =>
    fc.tuple(...edits.map((e) => (e.how === 'nasty' ? nastyValue : fieldOf(e.k)))).map((values) => {
      const out: Record<string, unknown> = { ...extra, ...valid };
      edits.forEach((e, i) => {
        if (e.how === 'drop') delete out[e.k];
        else out[e.k] = values[i];
      });
      return out;
    }),
  );
  return fc.oneof(
    { weight: 6, arbitrary: mutated },
    { weight: 3, arbitrary: shaped(schema) },
    { weight: 1, arbitrary: nastyValue },
  );
}
