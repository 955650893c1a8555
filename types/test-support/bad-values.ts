/**
 * Bad values for a zod/mini schema, read off its `_zod.def`: for each node, values of the wrong type,
 * a missing one, and values out of range (empty, invisible-only and huge strings, NaN, fractions,
 * huge and tiny numbers, long arrays). Objects and arrays carry their fields' and elements' bad
 * values one at a time, so every field of every action is reached. Used by the messages walker
 * (types/messages.test.ts); what it makes is meant to be refused, not to be valid.
 */
import type * as z from 'zod/mini';

interface Def {
  type: string;
  shape?: Record<string, Node>;
  innerType?: Node;
  element?: Node;
  options?: Node[];
  discriminator?: string;
  values?: unknown[];
}
interface Node {
  _zod: { def: Def; propValues?: Record<string, Set<unknown>> };
}

const WRONG = [null, 1, 'x', true, {}, []] as const;
const STRINGS = ['', ' ', 'a', '\u200b\u202e\u0000', '\u202e管理员', 'x'.repeat(100_001), '2026-02-30', '{"$gt":""}'];
const NUMBERS = [NaN, Infinity, -Infinity, -1, 0, 0.5, 1e-7, 1e20, -1e20, 8.64e15 + 1, 2 ** 60];
/** nested values stop here: the action payloads are at most four levels deep */
const MAX_DEPTH = 6;

const defOf = (s: unknown): Def => (s as Node)._zod.def;

function objectBads(def: Def, depth: number): unknown[] {
  const shape = def.shape ?? {};
  const out: unknown[] = [...WRONG.filter((w) => w === null || typeof w !== 'object' || Array.isArray(w)), {}];
  for (const [key, field] of Object.entries(shape))
    for (const bad of bads(field, depth + 1)) out.push(bad === undefined ? {} : { [key]: bad });
  return out;
}

function arrayBads(def: Def, depth: number): unknown[] {
  const el = def.element as Node;
  const elementBads = bads(el, depth + 1).filter((b) => b !== undefined);
  return [
    undefined,
    null,
    'x',
    {},
    1,
    [],
    ...elementBads.map((b) => [b]),
    Array.from({ length: 1_001 }, () => elementBads[0]),
  ];
}

/** A discriminated union: each option's bad values with its discriminator set, plus a wrong one. */
function unionBads(def: Def, depth: number): unknown[] {
  const out: unknown[] = [undefined, null, 'x', 1];
  for (const option of def.options ?? []) {
    const disc = def.discriminator;
    const tags = disc ? [...(option._zod.propValues?.[disc] ?? [])] : [];
    for (const bad of bads(option, depth + 1)) {
      if (disc && bad && typeof bad === 'object' && !Array.isArray(bad)) {
        for (const tag of tags) out.push({ ...(bad as object), [disc]: tag });
        out.push({ ...(bad as object), [disc]: 'nope' });
      } else out.push(bad);
    }
  }
  return out;
}

function bads(schema: Node, depth = 0): unknown[] {
  if (depth > MAX_DEPTH) return [undefined, null];
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return objectBads(def, depth);
    case 'array':
      return arrayBads(def, depth);
    case 'union':
      return unionBads(def, depth);
    case 'optional':
    case 'default':
    case 'nullable':
      return bads(def.innerType as Node, depth).filter((b) => b !== undefined);
    case 'string':
      return [undefined, ...WRONG.filter((w) => typeof w !== 'string'), ...STRINGS];
    case 'number':
      return [undefined, ...WRONG.filter((w) => typeof w !== 'number'), '1', ...NUMBERS];
    case 'boolean':
      return [undefined, null, 'true', 1, {}];
    default:
      // enum, literal and anything else: a value outside, of the wrong type, missing
      return [undefined, null, 'nope', 1, true, {}];
  }
}

/** Whole payloads for an action's schema, each with (at least) one bad field. */
export const badPayloads = (schema: z.ZodMiniType): unknown[] => bads(schema as unknown as Node);
