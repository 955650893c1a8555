/**
 * runVisitPlans on the seeded emulator with the one fake clock: plans make their due visits (ids plan ×
 * due day), reminders spend credits and skip users without one, a second run at the same clock changes
 * nothing and sends nothing, and the timer refuses a client call.
 */
import { COLLECTIONS, cstMidnight, DAY, planVisitId, type Pairing, type Visit } from '@lx/types';
import { clock, SEED_NOW, setupCloud } from '../test-support/cloud';
import { runVisitPlans } from '../shared/visit-plans';
import { main } from './index';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const store = cloud.emu.store;
const messages = () => cloud.emu.outbox.list({ api: 'subscribeMessage.send' }).filter((m) => m.ok);
const allow = (...ids: string[]) => {
  for (const id of ids) {
    const u = store.get(COLLECTIONS.users, id) as { _id: string };
    store.write(COLLECTIONS.users, [{ kind: 'put', doc: { ...u, subscriptions: { visitTask: 5 } } }]);
  }
};

describe('runVisitPlans', () => {
  it('makes a pairing visit when its day is near, reminds once with a credit, and a second run changes nothing', async () => {
    const p = (store.all(COLLECTIONS.visitPlans) as unknown as Pairing[]).find(
      (x) => x.kind === 'pairing' && x.visitorId !== 'demo-party',
    )!;
    const last = (store.all(COLLECTIONS.visits) as unknown as Visit[]).find((v) => v.planId === p._id)!;
    const dueAt = cstMidnight(last.completedAt!) + p.everyDays * DAY;
    allow(p.visitorId);
    await runVisitPlans({ now: SEED_NOW });
    cloud.emu.outbox.clear();
    const now = dueAt + 9 * 3_600_000;
    clock.set(now);
    const first = await runVisitPlans({ now });
    expect(first.made).toBeGreaterThanOrEqual(1);
    const made = store.get(COLLECTIONS.visits, planVisitId(p._id, dueAt)) as unknown as Visit;
    expect(made).toMatchObject({ status: 'due', visitorId: p.visitorId, source: 'pairing', dueAt, remindedAt: now });
    expect(messages().map((m) => (m.args as { touser: string }).touser)).toContain(p.visitorId);
    const snap = cloud.snapshot();
    const sent = messages().length;
    expect(await runVisitPlans({ now })).toEqual({ made: 0, reminded: 0, messages: 0 });
    expect(cloud.snapshot()).toEqual(snap);
    expect(messages()).toHaveLength(sent);
  });

  it('skips a visitor without a credit (marked, nothing sent)', async () => {
    clock.reset();
    const before = messages().length;
    await runVisitPlans({ now: SEED_NOW + 2 * DAY });
    const to = messages()
      .slice(before)
      .map((m) => (m.args as { touser: string }).touser);
    // demo-grid (王秀兰) has overdue visits but allowed no visitTask message
    expect(to).not.toContain('demo-grid');
    const v = (store.all(COLLECTIONS.visits) as unknown as Visit[]).find(
      (x) => x.visitorId === 'demo-grid' && x.status === 'due',
    )!;
    expect(v.remindedAt).toBeDefined();
  });
});

describe('the visitReminder timer', () => {
  it('refuses a call with an OPENID and runs on a timer event', async () => {
    expect(
      await cloud.emu.invoke(main, { Type: 'Timer', TriggerName: 'visitPlans' }, { OPENID: 'demo-grid' }),
    ).toMatchObject({
      ok: false,
      code: 'COMMON.BAD_REQUEST',
    });
    expect(await cloud.emu.invoke(main, { action: 'x' }, { OPENID: '' })).toMatchObject({ ok: false });
    expect(await cloud.emu.invoke(main, { Type: 'Timer', TriggerName: 'visitPlans' }, { OPENID: '' })).toMatchObject({
      ok: true,
    });
  });
});
