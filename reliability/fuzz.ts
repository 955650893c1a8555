/**
 * The fuzz: for every action of the given functions, CASES payloads drawn from its schema
 * (arbitraries.ts) around its valid payload (fixtures.ts), sent as the identity the fixture names or,
 * one time in five, as any identity; and for every function, CASES whole events (no action, an
 * action of any name, a timer's or WeChat's push event sent by a client). Every answer must be the
 * envelope, never COMMON.INTERNAL, never a throw; every refused case must leave every collection as
 * it was (a full snapshot when the connection wrote anything at all).
 */
import fc from 'fast-check';
import { ACTION_SCHEMAS } from '@lx/types';
import { payloadCase } from './arbitraries';
import { FIXTURES } from './fixtures';
import {
  envelopeFault,
  figures,
  reliabilityCloud,
  withRequestId,
  writeGuard,
  type Answer,
  type FnKey,
} from './harness';
import { IDENTITIES, installWorld } from './world';

export const CASES = Number(process.env.LX_FUZZ_CASES ?? 1000);
/** fixed, so a failure names a case that can be run again; LX_FUZZ_SEED explores further */
const SEED = Number(process.env.LX_FUZZ_SEED ?? 20261121);
/** fresh valid payloads per action: a success consumes its target (an accepted ticket, a used code) */
const BASES = 8;

interface Fault {
  kind: 'crash' | 'internal' | 'partial';
  detail: string;
}

export function fuzzSuite(file: string, fns: readonly (keyof typeof ACTION_SCHEMAS)[], events: readonly FnKey[]) {
  const { cloud, call } = reliabilityCloud();
  const world = installWorld(cloud);
  const fig = figures(file);
  afterAll(() => {
    fig.save();
    cloud.cleanup();
  });
  const seeded = IDENTITIES.filter(Boolean).map((id) => [id, cloud.emu.store.get('users', id)] as const);
  const restore = () => {
    for (const [id, doc] of seeded)
      cloud.emu.store.write('users', [doc ? { kind: 'put', doc } : { kind: 'delete', id }]);
  };

  const registered = new Set(seeded.filter(([, doc]) => doc).map(([id]) => id as string));
  /** runs one case; the faults it shows */
  async function run(
    guard: ReturnType<typeof writeGuard>,
    fn: FnKey,
    action: string | undefined,
    payload: unknown,
    who: string,
  ): Promise<Fault[]> {
    fig.add('fuzzCases');
    let r: unknown;
    try {
      r = await call(fn, action, payload, who);
    } catch (e) {
      fig.add('crashes');
      return [{ kind: 'crash', detail: `threw ${(e as Error).message}` }];
    }
    const fault = envelopeFault(r);
    if (fault) {
      fig.add('crashes');
      guard.rebase();
      return [{ kind: 'crash', detail: fault }];
    }
    const a = r as Answer;
    if (a.ok || !['COMMON.VALIDATION', 'COMMON.BAD_REQUEST', 'COMMON.UNKNOWN_ACTION'].includes(a.code))
      fig.add('fuzzPastValidation');
    if (a.ok) {
      guard.rebase();
      return [];
    }
    const out: Fault[] = [];
    if (a.code === 'COMMON.INTERNAL') {
      fig.add('internal');
      out.push({ kind: 'internal', detail: a.message });
    }
    const changed = guard.check(registered.has(who) ? undefined : who);
    if (changed.length) {
      fig.add('partialWrites');
      out.push({ kind: 'partial', detail: `${a.code} wrote ${changed.join(', ')}` });
    }
    return out;
  }

  const show = (payload: unknown) => {
    const text = JSON.stringify(payload, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    return (text ?? String(payload)).slice(0, 200);
  };
  async function runAll(fn: FnKey, cases: [unknown, string][], action?: string) {
    const faults: string[] = [];
    const guard = writeGuard(cloud);
    for (const [payload, who] of cases) {
      const found = await run(guard, fn, action, payload, who);
      for (const f of found) faults.push(`${f.kind} as ${who || '(none)'}: ${f.detail} ← ${show(payload)}`);
    }
    restore();
    return faults;
  }

  for (const fn of fns)
    describe(`${fn} payloads`, () => {
      test.each(Object.keys(ACTION_SCHEMAS[fn]))(
        `%s: ${CASES} cases, each an envelope, none INTERNAL, none writes when refused`,
        async (action) => {
          const fixture = FIXTURES[fn][action];
          const schema = (ACTION_SCHEMAS[fn] as Record<string, unknown>)[action];
          const u = cloud.emu.store.get('users', fixture.as) as { roles?: []; address?: { buildingId: string } } | null;
          const p = world.placeOf(u?.roles ?? [], u?.address?.buildingId, 'own');
          const bases = Array.from({ length: BASES }, () =>
            withRequestId(fn, action, fixture.payload({ p, w: world, cloud, who: fixture.as, side: 'own' })),
          );
          const who = fc.oneof(
            { weight: 4, arbitrary: fc.constant<string>(fixture.as) },
            { weight: 1, arbitrary: fc.constantFrom<string>(...IDENTITIES) },
          );
          const arb = fc.tuple(fc.oneof(...bases.map((b) => payloadCase(schema, b))), who);
          const cases = fc.sample(arb, { numRuns: CASES, seed: SEED + action.length });
          const faults = await runAll(fn, cases, action);
          expect(faults.slice(0, 15)).toEqual([]);
        },
        300_000,
      );
    });

  for (const fn of events)
    test(`${fn} events: ${CASES} whole events of any shape, each answered in the envelope`, async () => {
      const cases = fc.sample(fc.tuple(eventCase(fn), fc.constantFrom<string>(...IDENTITIES)), {
        numRuns: CASES,
        seed: SEED,
      });
      // the platform's own timer event (no OPENID) is the one event that runs the job itself
      const clientCases = cases.filter(([e, who]) => who !== '' || !isTimer(e));
      const faults = await runAll(fn, clientCases);
      expect(faults.slice(0, 15)).toEqual([]);
    }, 300_000);
}

const isTimer = (e: unknown) => !!e && typeof e === 'object' && (e as { Type?: unknown }).Type === 'Timer';
const ACTION_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  'me',
  'file',
  'invite',
  'save',
];
function eventCase(fn: FnKey): fc.Arbitrary<unknown> {
  const known = fn in ACTION_SCHEMAS ? Object.keys((ACTION_SCHEMAS as Record<string, object>)[fn]) : [];
  return fc.oneof(
    fc.anything({ maxDepth: 2 }),
    fc.record(
      {
        action: fc.oneof(fc.constantFrom(...ACTION_NAMES, ...known), fc.anything({ maxDepth: 1 })),
        payload: fc.anything({ maxDepth: 2 }),
      },
      { requiredKeys: [] },
    ),
    // what the platform's pushes look like, sent by a client (a timer; WeChat's image-check verdict)
    fc.record({ Type: fc.constant('Timer'), TriggerName: fc.string(), Time: fc.string() }),
    fc.record({
      Event: fc.constant('wxa_media_check'),
      trace_id: fc.oneof(fc.string(), fc.constantFrom('trace-0', '')),
      result: fc.record({ suggest: fc.constantFrom('risky', 'pass', 'review'), label: fc.integer() }),
      ToUserName: fc.string(),
      FromUserName: fc.string(),
    }),
  );
}
