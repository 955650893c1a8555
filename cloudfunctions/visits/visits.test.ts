/**
 * 五步工作法 visits through the real handlers: the step order on the server and the 不在家 retry, a
 * concern turned into a linked ticket and the visit completed by that ticket's closing, 入户率 from the
 * counters kept on write equal to their rebuild from the visit log, scope refusals, requestId retries,
 * and refused calls that write nothing.
 */
import {
  coverageOf,
  type CoverageView,
  DAY,
  type Household,
  rebuildVisitCounters,
  type Result,
  type StepResult,
  type Visit,
  type VisitCounterDoc,
} from '@lx/types';
import { DEMO_BUILDING_ID, DEMO_COMMUNITY_ID, DEMO_GRID_2_ID, DEMO_GRID_ID } from '@emulator/seed/build';
import { runSweep } from '../sweeper/sweep';
import { clock, expectOk, newRequestId, setupCloud } from '../test-support/cloud';
import { workflow } from '../test-support/tickets';
import { visitsCaller } from '../test-support/visits';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const w = workflow(cloud);

const { call, ok, code } = visitsCaller(cloud);
const visitDoc = (id: string) => cloud.emu.store.get('visits', id) as unknown as Visit;
const otherGridBuilding = () =>
  (cloud.emu.store.find('org_nodes', { type: 'building', gridId: DEMO_GRID_2_ID }, { limit: 1 })[0] as { _id: string })
    ._id;

let rooms = 0;
async function newHousehold(who = 'demo-grid', buildingId = DEMO_BUILDING_ID, tags: string[] = ['独居老人']) {
  return (await ok<{ id: string }>('createHousehold', { buildingId, room: `9单元${++rooms}0${rooms}`, tags }, who)).id;
}
const start = async (householdId: string, who = 'demo-grid') =>
  (await ok<{ visitId: string }>('start', { householdId }, who)).visitId;
const step = (
  visitId: string,
  n: number,
  data: Record<string, unknown>,
  who = 'demo-grid',
  requestId = newRequestId(),
) => call('step', { visitId, step: n, data, requestId }, who) as Promise<Result<StepResult>>;
const met = { met: true, whom: '户主本人' };
const concerns = {
  concerns: [
    { tag: '医疗', text: '老人腿脚不便，希望有上门体检' },
    { tag: '邻里', text: '楼道路灯坏了好几天，晚上下楼不方便' },
  ],
};
async function throughStep4(visitId: string, who = 'demo-grid') {
  expectOk(await step(visitId, 1, {}, who));
  expectOk(await step(visitId, 2, met, who));
  expectOk(await step(visitId, 3, concerns, who));
  expectOk(await step(visitId, 4, { help: '讲解了家庭医生签约政策，留下联系方式' }, who));
}
const toTicket = {
  concern: 1,
  how: 'ticket',
  categoryId: 'cat-streetlight',
  description: '天河嘉城3号楼楼道路灯坏了好几天，晚上下楼不方便',
};
const onSpot = { concern: 0, how: 'spot', note: '已联系社区卫生站预约上门体检' };

beforeEach(() => cloud.forgetLimits());

describe('the five steps, in order, on the server', () => {
  it('refuses a skipped step and a repeated one, and writes nothing for either', async () => {
    const v = await start(await newHousehold());
    const before = cloud.snapshot();
    expect(await step(v, 2, met)).toMatchObject({
      ok: false,
      code: 'VISIT.STEP_SKIPPED',
      message: '请按顺序完成走访步骤，不能跳过',
    });
    expect(cloud.snapshot()).toEqual(before);
    expectOk(await step(v, 1, {}));
    const after1 = cloud.snapshot();
    expect(await step(v, 1, { note: '再敲一次' })).toMatchObject({ ok: false, code: 'VISIT.STEP_REPEATED' });
    expect(await step(v, 3, concerns)).toMatchObject({ ok: false, code: 'VISIT.STEP_SKIPPED' });
    expect(cloud.snapshot()).toEqual(after1);
  });

  it('records who, when and where for each step, and completes when every concern is handled on the spot', async () => {
    const v = await start(await newHousehold());
    expectOk(
      await call(
        'step',
        { visitId: v, step: 1, data: {}, point: { lng: 113.3, lat: 23.1 }, requestId: newRequestId() },
        'demo-grid',
      ),
    );
    expectOk(await step(v, 2, met));
    expectOk(await step(v, 3, { concerns: [concerns.concerns[0]] }));
    expectOk(await step(v, 4, { help: '送去慰问品' }));
    const r = expectOk(await step(v, 5, { outcomes: [onSpot] }));
    expect(r.visit.status).toBe('completed');
    const doc = visitDoc(v);
    expect(doc.steps.map((s) => [s.step, s.by, s.at])).toEqual(
      [1, 2, 3, 4, 5].map((n) => [n, 'demo-grid', clock.now()]),
    );
    expect(doc.steps[0].point).toEqual({ lng: 113.3, lat: 23.1 });
    expect(await step(v, 5, { outcomes: [onSpot] })).toMatchObject({ ok: false, code: 'VISIT.STEP_REPEATED' });
  });

  it('step 5 needs an outcome for every concern', async () => {
    const v = await start(await newHousehold());
    await throughStep4(v);
    const before = cloud.snapshot();
    expect(await step(v, 5, { outcomes: [onSpot] })).toMatchObject({ ok: false, code: 'VISIT.OUTCOMES_INCOMPLETE' });
    expect(cloud.snapshot()).toEqual(before);
  });

  it('不在家 ends the visit and schedules a retry a day later for the same visitor', async () => {
    const v = await start(await newHousehold());
    expectOk(await step(v, 1, {}));
    const r = expectOk(await step(v, 2, { met: false }));
    expect(r.visit.status).toBe('notHome');
    const retry = visitDoc(r.retryId!);
    expect(retry).toMatchObject({
      retryOf: v,
      status: 'due',
      visitorId: 'demo-grid',
      dueAt: clock.now() + DAY,
      steps: [],
    });
    expect(await step(v, 3, concerns)).toMatchObject({ ok: false, code: 'VISIT.NOT_OPEN' });
    // the retry is on the visitor's due list
    const due = await ok<{ items: { visit: { _id: string } }[] }>('due', {}, 'demo-grid');
    expect(due.items.map((i) => i.visit._id)).toContain(retry._id);
  });
});

describe('a concern turned into a linked ticket', () => {
  it('files it through the tickets’ filing (source 走访, the household’s grid), and its closing completes the visit', async () => {
    const v = await start(await newHousehold());
    await throughStep4(v);
    const r = expectOk(await step(v, 5, { outcomes: [onSpot, toTicket] }));
    expect(r.visit.status).toBe('inProgress');
    expect(r.tickets).toHaveLength(1);
    const t = w.ticket(r.tickets![0].id);
    expect(t).toMatchObject({
      source: 'visit',
      visitId: v,
      visitConcern: 1,
      gridId: DEMO_GRID_ID,
      reporterId: 'demo-grid',
    });
    expect(visitDoc(v).concerns[1].ticketId).toBe(t._id);
    // 王秀兰's queue holds it
    const queue = expectOk(await w.call('queue', { tab: 'pending' }, 'demo-grid')) as { items: { id: string }[] };
    expect(queue.items.map((i) => i.id)).toContain(t._id);

    await w.act(t._id, 'accept', 'demo-grid');
    await w.act(t._id, 'resolve', 'demo-grid', { note: '已更换楼道灯泡', photos: [w.photo('demo-grid')] });
    expect(visitDoc(v).status).toBe('inProgress');
    // filed on the household's behalf, nobody rates it: the sweeper's auto-close (7 days after 办结) closes it
    const t0 = clock.now();
    clock.set(t0 + 8 * DAY);
    await cloud.emu.runAs({ OPENID: '' }, () => runSweep({ now: clock.now() }));
    expect(w.ticket(t._id).status).toBe('closed');
    expect(visitDoc(v)).toMatchObject({ status: 'completed', completedAt: clock.now() });
    expect(visitDoc(v).concerns[1].ticketClosedAt).toBe(clock.now());
    clock.set(t0);
  });

  it('a retry of step 5 files no second ticket; a second submit is refused and files none', async () => {
    const v = await start(await newHousehold());
    await throughStep4(v);
    const rid = newRequestId();
    const first = expectOk(await step(v, 5, { outcomes: [onSpot, toTicket] }, 'demo-grid', rid));
    const tickets = () => cloud.emu.store.find('tickets', { visitId: v }, {}).length;
    const again = expectOk(await step(v, 5, { outcomes: [onSpot, toTicket] }, 'demo-grid', rid));
    expect(again).toEqual(first);
    expect(tickets()).toBe(1);
    const before = cloud.snapshot();
    expect(await step(v, 5, { outcomes: [onSpot, toTicket] })).toMatchObject({
      ok: false,
      code: 'VISIT.STEP_REPEATED',
    });
    expect(cloud.snapshot()).toEqual(before);
  });
});

describe('the closing hook on the rate path', () => {
  it('a visit’s ticket cannot be rated: its filer is its reporter (the visitor), and nobody else reports it', async () => {
    const v = await start(await newHousehold());
    await throughStep4(v);
    const r = expectOk(await step(v, 5, { outcomes: [onSpot, toTicket] }));
    const id = r.tickets![0].id;
    expect(w.ticket(id)).toMatchObject({ reporterId: 'demo-grid', filedBy: 'demo-grid' });
    await w.act(id, 'accept', 'demo-grid');
    await w.act(id, 'resolve', 'demo-grid', { note: '已更换楼道灯泡', photos: [w.photo('demo-grid')] });
    const version = w.ticket(id).version;
    // the visitor judged their own work; a member of the household is not its reporter and does not see it
    expect(await w.call('rate', { id, version, score: 'satisfied' }, 'demo-grid')).toMatchObject({
      ok: false,
      code: 'AUTH.FORBIDDEN',
    });
    expect(await w.call('rate', { id, version, score: 'satisfied' }, 'demo-resident')).toMatchObject({
      ok: false,
      code: 'TICKET.NOT_FOUND',
    });
  });

  it('a linked ticket its reporter rates 满意 completes the visit in the rating’s transaction', async () => {
    // staged: a resident's own ticket linked to the concern, as a visit's ticket would be if a resident
    // reported it (the hook is the tickets' transition path, which today only a rating reaches)
    const v = await start(await newHousehold());
    await throughStep4(v);
    const id = await w.file();
    const linked = {
      ...visitDoc(v),
      concerns: visitDoc(v).concerns.map((c, i) => (i === 1 ? { ...c, ticketId: id } : c)),
    };
    cloud.emu.store.write('visits', [{ kind: 'put', doc: linked as never }]);
    cloud.emu.store.write('tickets', [{ kind: 'put', doc: { ...w.ticket(id), visitId: v, visitConcern: 1 } as never }]);
    expect(expectOk(await step(v, 5, { outcomes: [onSpot, { ...toTicket }] })).visit.status).toBe('inProgress');
    await w.act(id, 'accept', 'demo-grid');
    await w.act(id, 'resolve', 'demo-grid', { note: '已更换楼道灯泡', photos: [w.photo('demo-grid')] });
    expect(visitDoc(v).status).toBe('inProgress');
    await w.act(id, 'rate', w.cast.reporter, { score: 'satisfied' });
    expect(w.ticket(id).status).toBe('closed');
    expect(visitDoc(v)).toMatchObject({ status: 'completed', completedAt: clock.now() });
    expect(visitDoc(v).concerns[1]).toMatchObject({ ticketId: id, ticketClosedAt: clock.now() });
  });
});

describe('a concern turned into a ticket twice', () => {
  it('two step-5 submits racing (two requestIds) file one ticket: the second link is refused', async () => {
    const v = await start(await newHousehold());
    await throughStep4(v);
    const outcomes = { outcomes: [onSpot, toTicket] };
    const [a, b] = await Promise.all([step(v, 5, outcomes), step(v, 5, outcomes)]);
    const codes = [a, b].map((r) => (r.ok ? 'ok' : r.code)).sort();
    expect(codes[0]).toBe('VISIT.CONCERN_TICKETED');
    expect(codes[1]).toBe('ok');
    expect(cloud.emu.store.find('tickets', { visitId: v }, {})).toHaveLength(1);
  });
});

describe('requestId retries', () => {
  it('a step sent twice with one requestId is recorded once and answered the same', async () => {
    const v = await start(await newHousehold());
    const rid = newRequestId();
    const a = expectOk(await step(v, 1, {}, 'demo-grid', rid));
    const snap = cloud.snapshot();
    const b = expectOk(await step(v, 1, {}, 'demo-grid', rid));
    expect(b).toEqual(a);
    expect(cloud.snapshot()).toEqual(snap);
    expect(visitDoc(v).steps).toHaveLength(1);
  });
  it('start and createHousehold answer a retry with the first result', async () => {
    const rid = newRequestId();
    const payload = { buildingId: DEMO_BUILDING_ID, room: '8单元808', tags: [], requestId: rid };
    const a = await ok<{ id: string }>('createHousehold', payload, 'demo-grid');
    expect(await ok('createHousehold', payload, 'demo-grid')).toEqual(a);
    const s = newRequestId();
    const v1 = await ok('start', { householdId: a.id, requestId: s }, 'demo-grid');
    expect(await ok('start', { householdId: a.id, requestId: s }, 'demo-grid')).toEqual(v1);
    expect(cloud.emu.store.find('visits', { householdId: a.id }, {})).toHaveLength(1);
  });
  it('a room of a building is one household', async () => {
    await ok('createHousehold', { buildingId: DEMO_BUILDING_ID, room: '7单元707' }, 'demo-grid');
    const before = cloud.snapshot();
    expect(await code('createHousehold', { buildingId: DEMO_BUILDING_ID, room: '7单元707' }, 'demo-grid')).toBe(
      'VISIT.HOUSEHOLD_EXISTS',
    );
    expect({ ...cloud.snapshot(), requests: '' }).toEqual({ ...before, requests: '' });
  });
});

describe('scope', () => {
  it('a grid worker cannot visit, open or add another grid’s household', async () => {
    const other = await newHousehold('demo-grid-2', otherGridBuilding());
    const before = cloud.snapshot();
    expect(await code('start', { householdId: other }, 'demo-grid')).toBe('AUTH.OUT_OF_SCOPE');
    expect(await code('household', { id: other }, 'demo-grid')).toBe('AUTH.OUT_OF_SCOPE');
    expect(await code('createHousehold', { buildingId: otherGridBuilding(), room: '1单元1' }, 'demo-grid')).toBe(
      'AUTH.OUT_OF_SCOPE',
    );
    expect(await code('households', { gridId: DEMO_GRID_2_ID }, 'demo-grid')).toBe('AUTH.OUT_OF_SCOPE');
    const v = await start(other, 'demo-grid-2');
    const mid = cloud.snapshot();
    expect((await step(v, 1, {})).ok).toBe(false);
    expect(await code('visit', { id: v }, 'demo-grid')).toBe('AUTH.OUT_OF_SCOPE');
    expect(cloud.snapshot()).toEqual(mid);
    expect(before).not.toEqual(mid);
    // community staff of that community may open it
    expect(await code('household', { id: other }, 'demo-community')).toBe('ok');
  });

  it('a party member acts only on households paired with them or visits assigned to them', async () => {
    const h = await newHousehold();
    const before = cloud.snapshot();
    expect(await code('start', { householdId: h }, 'demo-party')).toBe('VISIT.NOT_ASSIGNED');
    expect(await code('household', { id: h }, 'demo-party')).toBe('VISIT.NOT_ASSIGNED');
    const v = await start(h);
    expect(await step(v, 1, {}, 'demo-party')).toMatchObject({ ok: false, code: 'VISIT.NOT_ASSIGNED' });
    expect({ ...cloud.snapshot(), visits: '', requests: '' }).toEqual({ ...before, visits: '', requests: '' });
    // paired (the pairing plans keep pairedWith): now they may, and see its tags
    const doc = cloud.emu.store.get('households', h) as unknown as Household;
    cloud.emu.store.write('households', [{ kind: 'put', doc: { ...doc, pairedWith: ['demo-party'] } as never }]);
    const mine = await start(h, 'demo-party');
    await throughStep4(mine, 'demo-party');
    const detail = await ok<{ household: { tags: string[]; paired: boolean } }>('household', { id: h }, 'demo-party');
    expect(detail.household).toMatchObject({ tags: ['独居老人'], paired: true });
  });

  it('residents and supervisors cannot visit', async () => {
    const h = await newHousehold();
    expect(await code('start', { householdId: h }, 'demo-resident')).toBe('AUTH.FORBIDDEN');
    expect(await code('household', { id: h }, 'demo-supervisor')).toBe('AUTH.FORBIDDEN');
  });
});

describe('入户率', () => {
  it('counts households visited (met) in the last 90 days per grid, and the counters equal their rebuild', async () => {
    const base = expectOk(await call('coverage', { orgId: DEMO_COMMUNITY_ID }, 'demo-community')) as CoverageView;
    const grid = () => base.children.find((c) => c.id === DEMO_GRID_ID)!;
    const h1 = await newHousehold();
    const h2 = await newHousehold();
    const v1 = await start(h1);
    expectOk(await step(v1, 1, {}));
    expectOk(await step(v1, 2, met));
    const v2 = await start(h2);
    expectOk(await step(v2, 1, {}));
    expectOk(await step(v2, 2, { met: false }));
    const now = expectOk(await call('coverage', { orgId: DEMO_COMMUNITY_ID }, 'demo-community')) as CoverageView;
    const row = now.children.find((c) => c.id === DEMO_GRID_ID)!;
    expect(row.households).toBe(grid().households + 2);
    expect(row.visited).toBe(grid().visited + 1);
    expect(now.figure.rate).toBeCloseTo(now.figure.visited / now.figure.households);

    // 91 days on, that visit is out of the window; a new visit of the same household counts it once
    const t0 = clock.now();
    clock.set(t0 + 91 * DAY);
    const later = expectOk(await call('coverage', { orgId: DEMO_GRID_ID }, 'demo-grid')) as CoverageView;
    expect(later.figure.visited).toBe(0);
    const v3 = await start(h1);
    expectOk(await step(v3, 1, {}));
    expectOk(await step(v3, 2, met));
    expectOk(await step(v3, 3, concerns));
    const again = expectOk(await call('coverage', { orgId: DEMO_GRID_ID }, 'demo-grid')) as CoverageView;
    expect(again.figure.visited).toBe(1);
    expect(again.month.concerns).toMatchObject({ 医疗: 1, 邻里: 1 });
    expect(again.month.visitors['demo-grid']).toBe(1);

    // read straight off the store: the seed's thousands of visits through the SDK would take seconds
    const all = <T>(coll: string) => cloud.emu.store.all(coll) as unknown as T[];
    const kept = all<VisitCounterDoc>('visit_counters').sort((a, b) => a._id.localeCompare(b._id));
    const [hs, vs] = [all<Household>('households'), all<Visit>('visits')];
    const rebuilt = rebuildVisitCounters(hs, vs).sort((a, b) => a._id.localeCompare(b._id));
    expect(kept).toEqual(rebuilt);
    expect(coverageOf(kept, clock.now())).toEqual(coverageOf(rebuilt, clock.now()));
    clock.set(t0);
  });
});
