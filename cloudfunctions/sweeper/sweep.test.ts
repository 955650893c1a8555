/**
 * The sweeper with a fixed clock on the seeded emulator: overdue marking with 督办 messages, the
 * grace-period escalation, auto-close 7 days after resolution, and a second run at the same clock
 * that changes nothing and sends nothing.
 */
import { AUTO_CLOSE_AFTER, AUTO_ESCALATE_GRACE, DAY, flowState, HOUR, replay } from '@lx/types';
import { join } from 'node:path';
import { createScheduler } from '@emulator/scheduler';
import { SEED_NOW, setupCloud } from '../test-support/cloud';
import { workflow } from '../test-support/tickets';
import { main } from './index';
import { runSweep } from './sweep';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const w = workflow(cloud);
const { cast } = w;
const M = 60_000;

beforeEach(() => {
  w.setNow(SEED_NOW + M);
  cloud.emu.outbox.clear();
});

const messages = () => cloud.emu.outbox.list({ api: 'subscribeMessage.send' }).filter((m) => m.ok);

describe('runSweep', () => {
  it('marks an open ticket overdue once its limit passes and sends 督办 to its handlers and supervisors', async () => {
    w.allowMessages(cast.grid, cast.supervisor, cast.communitySupervisor);
    const id = await w.states.processing();
    const due = w.ticket(id).dueAt;
    await runSweep({ now: due - M }); // settle the seed's own due work at this clock
    cloud.emu.outbox.clear();
    expect(w.ticket(id).overdue).toBe(false);

    const report = await runSweep({ now: due + M });
    expect(report.marked).toBeGreaterThanOrEqual(1);
    expect(w.ticket(id)).toMatchObject({ overdue: true, overdueAt: due + M, status: 'processing', level: 'grid' });
    expect(w.events(id).at(-1)).toMatchObject({
      action: 'markOverdue',
      actorId: 'system',
      actorRole: 'system',
      at: due + M,
    });
    const to = messages().map((m) => (m.args as { touser: string }).touser);
    expect(to).toEqual(expect.arrayContaining([cast.grid, cast.supervisor, cast.communitySupervisor]));
    // one digest per person, however many tickets went overdue
    expect(new Set(to).size).toBe(to.length);
  });

  it('a second run at the same clock changes nothing and sends nothing', async () => {
    w.allowMessages(cast.grid, cast.supervisor);
    const id = await w.states.processing();
    const now = w.ticket(id).dueAt + AUTO_ESCALATE_GRACE + HOUR;
    const first = await runSweep({ now });
    expect(first.marked + first.escalated).toBeGreaterThan(0);
    const snap = cloud.snapshot();
    const sent = messages().length;
    const second = await runSweep({ now });
    expect(second).toMatchObject({ marked: 0, escalated: 0, closed: 0, messages: 0, complete: true });
    expect(cloud.snapshot()).toEqual(snap);
    expect(messages()).toHaveLength(sent);
  });

  it('escalates a ticket still overdue past the grace period, with the next level’s limits, and tells that level', async () => {
    w.allowMessages(cast.community);
    const id = await w.states.processing();
    const due = w.ticket(id).dueAt;
    await runSweep({ now: due + M });
    expect(w.ticket(id).level).toBe('grid');
    await runSweep({ now: due + AUTO_ESCALATE_GRACE - M });
    expect(w.ticket(id).level).toBe('grid');
    cloud.emu.outbox.clear();
    const now = due + AUTO_ESCALATE_GRACE + M;
    await runSweep({ now });
    const t = w.ticket(id);
    expect(t).toMatchObject({ status: 'pending', level: 'community', handlerOrgId: t.communityId, overdue: false });
    expect(t.dueAt).toBeGreaterThan(now);
    expect(w.events(id).at(-1)).toMatchObject({ action: 'autoEscalate', actorId: 'system', level: 'community' });
    expect(messages().map((m) => (m.args as { touser: string }).touser)).toContain(cast.community);
  });

  it('marks and escalates in one run a ticket found past its grace period; never escalates beyond the street', async () => {
    const id = await w.states.processing();
    const now = w.ticket(id).dueAt + AUTO_ESCALATE_GRACE + HOUR;
    await runSweep({ now });
    expect(
      w
        .events(id)
        .slice(-2)
        .map((e) => e.action),
    ).toEqual(['markOverdue', 'autoEscalate']);

    const s = await w.states.streetProcessing();
    const late = w.ticket(s).dueAt + 10 * AUTO_ESCALATE_GRACE;
    await runSweep({ now: late });
    expect(w.ticket(s)).toMatchObject({ level: 'street', overdue: true, status: 'processing' });
    const events = w.events(s).length;
    await runSweep({ now: late + DAY });
    expect(w.events(s)).toHaveLength(events);
  });

  it('closes a resolved ticket nobody rated 7 days after resolution, not a minute before', async () => {
    const id = await w.states.resolved();
    const resolvedAt = w.ticket(id).resolvedAt!;
    await runSweep({ now: resolvedAt + AUTO_CLOSE_AFTER - M });
    expect(w.ticket(id).status).toBe('resolved');
    const report = await runSweep({ now: resolvedAt + AUTO_CLOSE_AFTER });
    expect(report.closed).toBeGreaterThanOrEqual(1);
    expect(w.ticket(id)).toMatchObject({ status: 'closed', closedAt: resolvedAt + AUTO_CLOSE_AFTER });
    expect(w.events(id).at(-1)).toMatchObject({ action: 'autoClose', from: 'resolved', to: 'closed' });
  });

  it('pages through every due ticket whatever the page size, and the tickets still equal their replay', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await w.states.processing());
    const now = Math.max(...ids.map((id) => w.ticket(id).dueAt)) + M;
    const report = await runSweep({ now, pageSize: 2 });
    expect(report.pages).toBeGreaterThan(3);
    for (const id of ids) {
      expect(w.ticket(id).overdue).toBe(true);
      expect(replay(w.events(id))).toEqual(flowState(w.ticket(id)));
    }
  });

  it('stops paging when its time is up and finishes the rest on the next run', async () => {
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await w.states.processing());
    const now = Math.max(...ids.map((id) => w.ticket(id).dueAt)) + M;
    const partial = await runSweep({ now, pageSize: 1, maxMs: 0 });
    expect(partial.complete).toBe(false);
    expect(ids.filter((id) => !w.ticket(id).overdue).length).toBeGreaterThan(0);
    const rest = await runSweep({ now });
    expect(rest.complete).toBe(true);
    for (const id of ids) expect(w.ticket(id).overdue).toBe(true);
  });

  it('a dry run counts and changes nothing', async () => {
    const id = await w.states.processing();
    const now = w.ticket(id).dueAt + M;
    const snap = cloud.snapshot();
    const report = await runSweep({ now, dryRun: true });
    expect(report.marked).toBeGreaterThanOrEqual(1);
    expect(cloud.snapshot()).toEqual(snap);
  });
});

describe('the sweeper function', () => {
  it('runs from a timer event (no action) and reports what it did', async () => {
    const r = (await cloud.emu.invoke(
      main,
      { Type: 'Timer', TriggerName: 'sweep', Time: '2026-11-21T10:00:00Z', Message: '' },
      {},
    )) as { ok: boolean; data: { pages: number } };
    expect(r.ok).toBe(true);
    expect(r.data.pages).toBeGreaterThanOrEqual(2);
  });

  it('is picked up by the scheduler from its config.json and fires every 5 minutes', async () => {
    const s = createScheduler({
      functions: [{ name: 'sweeper', dir: join(__dirname), main }],
      now: () => new Date(SEED_NOW),
      log: () => undefined,
    });
    expect(s.triggers.map((t) => `${t.functionName}/${t.name}`)).toEqual(['sweeper/sweep']);
    const fired = await s.runDue(new Date(SEED_NOW + 5 * 60_000));
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ functionName: 'sweeper', ok: true, result: { ok: true } });
  });

  it('refuses anything but a timer event, and a caller with an identity', async () => {
    expect(await cloud.emu.invoke(main, { action: 'sweep' }, {})).toMatchObject({
      ok: false,
      code: 'COMMON.BAD_REQUEST',
    });
    const timer = { Type: 'Timer', TriggerName: 'sweep', Time: '2026-11-21T10:00:00Z', Message: '' };
    expect(await cloud.emu.invoke(main, timer, { OPENID: 'demo-resident' })).toMatchObject({
      ok: false,
      code: 'COMMON.BAD_REQUEST',
    });
  });
});
