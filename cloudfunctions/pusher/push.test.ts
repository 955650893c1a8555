import { DEMO_GRID_2_ID, DEMO_GRID_ID } from '@emulator/seed/build';
import { covers, MAX_PUSH_ATTEMPTS, type Notice, type NoticeDelivery, type User } from '@lx/types';
import { main as notices } from '../notices/index';
import { main as org } from '../org/index';
import { clock, expectOk, SEED_NOW, setupCloud } from '../test-support/cloud';
import { main as pusher } from './index';
import { runPush, type PushOptions, type PushReport } from '../shared/notice-push';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
beforeEach(() => {
  clock.set(SEED_NOW + 10 * 60_000);
  cloud.emu.outbox.clear();
});
afterEach(() => {
  jest.restoreAllMocks();
  cloud.emu.outbox.resetResponders();
});

const push = (opts: Partial<PushOptions> = {}) =>
  cloud.emu.invoke(() => runPush({ now: clock.now(), ...opts }), {}) as Promise<PushReport>;
const notice = (id: string) => cloud.emu.store.get('notices', id) as unknown as Notice;
const deliveries = (noticeId: string) =>
  cloud.emu.store.find('notice_deliveries', { noticeId }, {}) as unknown as NoticeDelivery[];
const sentTo = (noticeId: string) =>
  cloud.emu.outbox
    .list({ api: 'subscribeMessage.send' })
    .filter((m) => (m.args as { page: string }).page.endsWith(encodeURIComponent(noticeId)))
    .map((m) => (m.args as { touser: string }).touser);

/** Residents of the two demo grids, in _id order; the first `consenting` of them allow notice messages. */
async function audience(consenting: number) {
  const users = (cloud.emu.store.all('users') as unknown as User[])
    .filter((u) => covers([DEMO_GRID_ID, DEMO_GRID_2_ID], 'street-jiuzhou', u.address))
    .sort((a, b) => (a._id < b._id ? -1 : 1));
  for (const u of users.slice(0, consenting)) {
    expectOk(await cloud.call(org, 'org', 'subscribe', { accepted: ['notice'] }, u._id));
  }
  return users;
}

async function publish(extra: Record<string, unknown> = {}) {
  const { id } = expectOk(
    await cloud.call(
      notices,
      'notices',
      'save',
      {
        title: '二次供水设施清洗',
        body: [{ type: 'p', text: '本周四全天清洗水箱，请提前储水。' }],
        targets: [DEMO_GRID_ID, DEMO_GRID_2_ID],
        ...extra,
      },
      'demo-community',
    ),
  );
  const { id: _same, ...r } = expectOk(await cloud.call(notices, 'notices', 'publish', { id }, 'demo-community'));
  return { ...r, id };
}

describe('runPush', () => {
  it('sends in batches of batchSize, resumes where it left off, and messages each consenting resident once', async () => {
    const users = await audience(5);
    const { id } = await publish();
    expect(users.length).toBeGreaterThan(6);

    const first = await push({ batchSize: 3 });
    expect(first.sent + first.noConsent + first.failed).toBe(3);
    expect(deliveries(id)).toHaveLength(3);
    expect(notice(id).push.state).toBe('running');

    for (let i = 0; i < 20 && notice(id).push.state !== 'done'; i++) await push({ batchSize: 3 });
    expect(notice(id).push.state).toBe('done');
    expect(deliveries(id)).toHaveLength(users.length);
    const to = sentTo(id);
    expect(to.sort()).toEqual(users.slice(0, 5).map((u) => u._id));
    expect(new Set(to).size).toBe(to.length);
    expect(notice(id).push).toMatchObject({ sent: 5, noConsent: users.length - 5, failed: 0 });
    // residents who never allowed messages got nothing and are recorded so
    expect(deliveries(id).filter((d) => d.status === 'no-consent')).toHaveLength(users.length - 5);

    // a run after the end (a retried trigger) sends nothing more
    const again = await push({ batchSize: 3 });
    expect(again.sent).toBe(0);
    expect(sentTo(id)).toHaveLength(5);
  });

  it('a retried run over a notice whose cursor was lost sends to nobody twice', async () => {
    const users = await audience(4);
    const { id } = await publish();
    await push({ batchSize: 100 });
    expect(sentTo(id)).toHaveLength(4);
    // as if the cursor update of that run had never landed
    const lost = { ...notice(id), push: { ...notice(id).push, state: 'running' as const } };
    delete lost.push.cursor;
    cloud.emu.store.write('notices', [
      { kind: 'put', doc: lost as unknown as Record<string, unknown> & { _id: string } },
    ]);
    const again = await push({ batchSize: 100 });
    expect(again.sent).toBe(0);
    expect(again.skipped).toBe(users.length);
    expect(sentTo(id)).toHaveLength(4);
  });

  it('two runs at the same time send each message once', async () => {
    const users = await audience(6);
    const { id } = await publish();
    const [a, b] = await Promise.all([push({ batchSize: 100 }), push({ batchSize: 100 })]);
    expect(a.sent + b.sent).toBe(6);
    const to = sentTo(id);
    expect(to).toHaveLength(6);
    expect(new Set(to).size).toBe(6);
    expect(deliveries(id)).toHaveLength(users.length);
  });

  it('retries a failed send a bounded number of times, then leaves it failed', async () => {
    const users = await audience(2);
    const unlucky = users[0]._id;
    cloud.emu.outbox.respond('subscribeMessage.send', (args) =>
      (args as { touser: string }).touser === unlucky
        ? { errCode: 45009, errMsg: 'reach max api daily quota limit' }
        : {},
    );
    const { id } = await publish();
    await push({ batchSize: 100 });
    const row = () => deliveries(id).find((d) => d.userId === unlucky)!;
    expect(row()).toMatchObject({ status: 'failed', attempts: 1, errCode: 45009 });
    expect(notice(id).push.state).toBe('running');
    for (let i = 0; i < MAX_PUSH_ATTEMPTS + 3; i++) await push({ batchSize: 100 });
    expect(row()).toMatchObject({ status: 'failed', attempts: MAX_PUSH_ATTEMPTS });
    expect(notice(id).push).toMatchObject({ state: 'done', sent: 1, failed: 1 });
    // the refund keeps the resident's consent: the credit was given back each time
    const u = cloud.emu.store.get('users', unlucky) as unknown as User;
    expect(u.subscriptions?.notice).toBeGreaterThan(0);
  });

  it('a failure that clears up is sent on the retry, once', async () => {
    const users = await audience(1);
    let fail = true;
    cloud.emu.outbox.respond('subscribeMessage.send', () => (fail ? { errCode: -1, errMsg: 'system busy' } : {}));
    const { id } = await publish();
    await push();
    fail = false;
    await push();
    await push();
    expect(deliveries(id).find((d) => d.userId === users[0]._id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(sentTo(id).filter((t) => t === users[0]._id)).toHaveLength(2); // one failed call, one delivered
    expect(notice(id).push).toMatchObject({ sent: 1, failed: 0, state: 'done' });
  });

  it('a scheduled notice is not pushed before its time, and is pushed from that minute on', async () => {
    await audience(1);
    const { id, state } = await publish({ publishAt: clock.now() + 3_600_000 });
    expect(state).toBe('scheduled');
    await push();
    expect(deliveries(id)).toHaveLength(0);
    clock.advance(3_600_000);
    await push();
    expect(deliveries(id).length).toBeGreaterThan(0);
    clock.set(SEED_NOW + 10 * 60_000);
  });

  it('a withdrawn notice is pushed no further', async () => {
    await audience(3);
    const { id } = await publish();
    await push({ batchSize: 2 });
    expectOk(await cloud.call(notices, 'notices', 'withdraw', { id }, 'demo-community'));
    const n = deliveries(id).length;
    await push({ batchSize: 100 });
    expect(deliveries(id)).toHaveLength(n);
  });

  it('an urgent notice sends its first batch within the publish call; the timer finishes the rest', async () => {
    await audience(3);
    const { id, pushed } = await publish({ category: 'urgent' });
    expect(pushed).toBeGreaterThan(0);
    expect(sentTo(id).length).toBe(pushed);
    await push();
    expect(new Set(sentTo(id)).size).toBe(sentTo(id).length);
  });

  it('uses a bounded number of database operations per message', async () => {
    await audience(10);
    const { id } = await publish();
    cloud.emu.stats.reset();
    const r = await push({ batchSize: 10 });
    const ops = cloud.emu.stats.reads + cloud.emu.stats.writes;
    // per resident: claim, spend credit, settle; per run: find notices, residents, retries, advance
    expect(r.sent + r.noConsent).toBe(10);
    expect(ops).toBeLessThanOrEqual(10 * 3 + 6);
    expect(deliveries(id)).toHaveLength(10);
  });
});

describe('the pusher timer function', () => {
  it('runs on its timer event and refuses a call from a client', async () => {
    const r = await cloud.emu.invoke(pusher, { Type: 'Timer', TriggerName: 'everyMinute' }, {});
    expect(r).toMatchObject({ notices: expect.any(Number) });
    const before = cloud.snapshot();
    const refused = await cloud.emu.invoke(pusher, { Type: 'Timer' }, { OPENID: 'demo-resident' });
    expect(refused).toMatchObject({ ok: false, code: 'COMMON.BAD_REQUEST' });
    expect(cloud.snapshot()).toEqual(before);
  });
});
