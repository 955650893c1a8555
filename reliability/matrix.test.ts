/**
 * The authorization matrix, generated from the permissions table: every action of every function ×
 * every demo identity of the seed (and a never-seen WeChat user, and no identity) × its own scope and
 * the other one (for declarations that name a scope), each answer compared with the verdict the
 * declaration gives (oracle.ts). A refused row also leaves every collection as it was.
 */
import { ACTION_SCHEMAS, type User } from '@lx/types';
import { FIXTURES } from './fixtures';
import { figures, reliabilityCloud, withRequestId, writeGuard, type Answer, type FnKey } from './harness';
import { declaredVerdict, hasScope } from './oracle';
import { IDENTITIES, installWorld, type ScopeSide } from './world';

const { cloud, call } = reliabilityCloud();
const world = installWorld(cloud);
const fig = figures('matrix');
afterAll(() => {
  fig.save();
  cloud.cleanup();
});

/** Each row starts from the identities as seeded: a redeemed code or a bound home stays in its row. */
const seeded = new Map(IDENTITIES.filter(Boolean).map((id) => [id, cloud.emu.store.get('users', id)]));
function restoreIdentities() {
  for (const [id, doc] of seeded) {
    if (doc) cloud.emu.store.write('users', [{ kind: 'put', doc }]);
    else cloud.emu.store.write('users', [{ kind: 'delete', id }]);
  }
}

const user = (id: string) => cloud.emu.store.get('users', id) as unknown as User | null;
const FUNCTIONS = Object.keys(ACTION_SCHEMAS) as (keyof typeof ACTION_SCHEMAS)[];

const verdictMatches = (expected: string, r: Answer) =>
  expected === 'refused' ? !r.ok && r.code !== 'COMMON.INTERNAL' : (r.ok ? 'ok' : r.code) === expected;
const message = (r: Answer) => (r.ok ? '' : r.message);

/** One row: the call, compared with the declared verdict; what is wrong with it, if anything. */
async function row(fn: FnKey, action: string, who: string, side: ScopeSide): Promise<string[]> {
  const fixture = FIXTURES[fn][action];
  restoreIdentities();
  const u = user(who);
  const p = world.placeOf(u?.roles ?? [], u?.address?.buildingId, side);
  const ctx = { p, w: world, cloud, who, side };
  const payload = withRequestId(fn, action, fixture.payload(ctx));
  const declared = declaredVerdict(cloud, fn, action, payload, who);
  if (declared === null) return [];
  const expected = fixture.beyond ? fixture.beyond(ctx, declared) : declared;
  const guard = writeGuard(cloud);
  const r = (await call(fn, action, payload, who)) as Answer;
  fig.add('matrix');
  const got = r.ok ? 'ok' : r.code;
  if (got === 'COMMON.INTERNAL') fig.add('internal');
  const name = `${who || '(none)'} ${side}`;
  const wrong = verdictMatches(expected, r) ? [] : [`${name}: expected ${expected}, got ${got} ${message(r)}`];
  const changed = r.ok ? [] : guard.check(u ? undefined : who);
  if (changed.length) {
    fig.add('partialWrites');
    wrong.push(`${name}: refused with ${got} but wrote ${changed.join(', ')}`);
  }
  return wrong;
}

describe.each(FUNCTIONS)('%s', (fn) => {
  test.each(Object.keys(ACTION_SCHEMAS[fn]))('%s: every identity × scope gets the declared verdict', async (action) => {
    expect(FIXTURES[fn][action]).toBeDefined();
    const sides: ScopeSide[] = hasScope(fn, action) ? ['own', 'other'] : ['own'];
    const wrong: string[] = [];
    for (const who of IDENTITIES) for (const side of sides) wrong.push(...(await row(fn, action, who, side)));
    expect(wrong).toEqual([]);
  });
});
