/**
 * The property behind the event log: whatever sequence of actions people and the sweeper attempt (in
 * any order, most of them refused), a ticket's stored workflow state equals the replay of its events,
 * its version equals its event count, and a refused attempt changes nothing.
 */
import fc from 'fast-check';
import { DEPARTMENTS, flowState, HOUR, type Level, replay, type Result } from '@lx/types';
import { SEED_NOW, setupCloud } from '../test-support/cloud';
import { workflow } from '../test-support/tickets';
import { runSweep } from '../sweeper/sweep';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const w = workflow(cloud);
const { cast } = w;

const HANDLER: Record<Level, string> = { grid: cast.grid, community: cast.community, street: cast.street };

type Step =
  | {
      kind: 'act';
      action: string;
      by: 'handler' | 'reporter' | 'supervisor' | 'neighbour' | 'nextDoor';
      payload: Record<string, unknown>;
    }
  | { kind: 'time'; hours: number }
  | { kind: 'sweep' };

const act = (
  action: string,
  by: Extract<Step, { kind: 'act' }>['by'],
  payload: fc.Arbitrary<Record<string, unknown>> = fc.constant({}),
) => payload.map((p): Step => ({ kind: 'act', action, by, payload: p }));

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: act('accept', 'handler'), weight: 4 },
  act('reject', 'handler', fc.constant({ reason: '不属于受理范围' })),
  act('progress', 'handler', fc.constant({ note: '已到现场查看' })),
  act('escalate', 'handler', fc.constant({ reason: '需要上级协调' })),
  act(
    'dispatch',
    'handler',
    fc.constantFrom(...DEPARTMENTS).map((department) => ({ department })),
  ),
  { arbitrary: act('resolve', 'handler', fc.constant({ note: '已处理完毕', withPhoto: true })), weight: 3 },
  act(
    'verify',
    'supervisor',
    fc.boolean().map((passed) => ({ passed, note: passed ? '核查通过' : '未处理到位' })),
  ),
  {
    arbitrary: act(
      'rate',
      'reporter',
      fc.constantFrom('satisfied', 'basic', 'unsatisfied').map((score) => ({ score, comment: '评价内容' })),
    ),
    weight: 2,
  },
  act('reopen', 'reporter', fc.constant({ reason: '问题又出现了' })),
  act('urge', 'reporter', fc.constant({ note: '请尽快处理' })),
  act('urge', 'supervisor', fc.constant({ note: '请尽快处理' })),
  act('join', 'neighbour'),
  act('join', 'nextDoor'),
  { arbitrary: fc.integer({ min: 1, max: 96 }).map((hours): Step => ({ kind: 'time', hours })), weight: 2 },
  { arbitrary: fc.constant<Step>({ kind: 'sweep' }), weight: 2 },
);

it('state == replay(events) after any sequence of attempted actions, and refusals change nothing', async () => {
  let clock = SEED_NOW + 60_000;
  const seen = new Set<string>();
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 20 }), async (steps) => {
      w.setNow(clock);
      const id = await w.file();
      for (const s of steps) {
        if (s.kind === 'time') {
          clock += s.hours * HOUR;
          w.setNow(clock);
          continue;
        }
        if (s.kind === 'sweep') {
          await runSweep({ now: clock });
          continue;
        }
        const t = w.ticket(id);
        const who = s.by === 'handler' ? HANDLER[t.level] : cast[s.by];
        const { withPhoto, ...payload } = s.payload;
        // the actor's own upload, recorded before the snapshot a refusal is compared with
        const photos = withPhoto ? { photos: [w.photo(who)] } : {};
        const before = cloud.snapshot();
        const r = (await w.call(s.action, { id, version: t.version, ...payload, ...photos }, who)) as Result<unknown>;
        if (!r.ok) expect(cloud.snapshot()).toEqual(before);
      }
      const events = w.events(id);
      for (const e of events) seen.add(e.action);
      expect(flowState(w.ticket(id))).toEqual(replay(events));
      expect(w.ticket(id).version).toBe(events.length);
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
      clock += HOUR;
    }),
    { numRuns: 40, seed: 20261121 },
  );
  // the sequences reached deep into the lifecycle, not just refusals
  expect([...seen].sort()).toEqual(
    expect.arrayContaining(['accept', 'escalate', 'file', 'markOverdue', 'progress', 'rate', 'resolve', 'urge']),
  );
}, 60_000);

it('a routed triage ticket replays to its stored path, grid, handler and limits (the fields authorization reads)', async () => {
  w.setNow(SEED_NOW + 60_000);
  const id = await w.states.triage();
  const t = w.ticket(id);
  const staff = w.find('users', { roles: { $elemMatch: { role: 'communityStaff', orgId: t.communityId } } })._id;
  const grid = w.find('org_nodes', { type: 'grid', communityId: t.communityId })._id;
  await w.act(id, 'route', staff, { gridId: grid });
  const worker = w.find('users', { roles: { $elemMatch: { role: 'gridWorker', orgId: grid } } })._id;
  await w.act(id, 'accept', worker);
  const stored = w.ticket(id);
  expect(stored.orgPath).toEqual([t.streetId, t.communityId, grid]);
  const replayed = replay(w.events(id));
  expect(replayed).toEqual(flowState(stored));
  expect(replayed).toMatchObject({
    orgPath: stored.orgPath,
    gridId: grid,
    level: 'grid',
    handlerOrgId: grid,
    dueAt: stored.dueAt,
    responseDueAt: stored.responseDueAt,
  });
});
