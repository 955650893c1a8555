/** Every creating action is idempotent the one way: `once` in its declaration ⇔ a requestId in its schema. */
import * as z from 'zod/mini';
import { ACTION_ACCESS, ACTION_SCHEMAS } from './actions';
import { RequestId } from './requests';

const actions = Object.entries(ACTION_SCHEMAS).flatMap(([fn, map]) =>
  Object.entries(map as Record<string, z.ZodMiniType>).map(([action, schema]) => ({
    name: `${fn}.${action}`,
    schema,
    once: !!(ACTION_ACCESS as unknown as Record<string, Record<string, { once?: true }>>)[fn][action].once,
  })),
);
/** whether the schema refuses a payload only for lacking a requestId */
const wantsRequestId = (schema: z.ZodMiniType) => {
  const r = schema.safeParse({});
  return !r.success && r.error.issues.some((i) => i.path[0] === 'requestId');
};

it('the creating actions take a requestId and say once: tickets.file, notices.save, admin.invite', () => {
  expect(actions.filter((a) => a.once).map((a) => a.name)).toEqual(
    expect.arrayContaining(['tickets.file', 'notices.save', 'admin.invite']),
  );
});

it.each(actions.map((a) => [a.name, a] as const))('%s: once ⇔ a required requestId', (_name, a) => {
  expect(wantsRequestId(a.schema)).toBe(a.once);
});

it('a requestId is 8–64 letters, digits, - or _', () => {
  expect(RequestId.safeParse('m3k2x9-ab12cd').success).toBe(true);
  for (const bad of ['short', 'x'.repeat(65), 'has space 123', '{"$ne":1}', 42]) {
    expect(RequestId.safeParse(bad).success).toBe(false);
  }
});
