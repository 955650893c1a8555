/**
 * Creating actions are idempotent: a retry with the same requestId from the same caller answers the
 * first result and creates nothing — a doubled send, a retry after a lost answer, a retry after the
 * action crashed past its commit. Runs the real handlers on the emulator store.
 */
import { DEMO_GRID_ID } from '@emulator/seed/build';
import { clock, expectOk, setupCloud } from '../test-support/cloud';
import { main as tickets } from '../tickets/index';
import { main as notices } from '../notices/index';
import { main as admin } from '../admin/index';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
afterEach(() => {
  jest.restoreAllMocks();
  clock.reset();
  cloud.forgetLimits();
});

const filing = (requestId?: string) => ({
  categoryId: 'cat-garbage',
  description: '3号楼东侧垃圾桶满溢，已经两天没人清运了',
  ...(requestId === undefined ? {} : { requestId }),
});
const file = (requestId: string, who = 'demo-resident') =>
  cloud.call(tickets, 'tickets', 'file', filing(requestId), who);
const count = (coll: string, q: Record<string, unknown> = {}) => cloud.emu.store.count(coll, q);
const mine = (who = 'demo-resident') => count('tickets', { reporterId: who });

describe('tickets.file with a requestId', () => {
  it('a doubled filing (both sent at once, as a weak network retries) makes one ticket, and both answers are equal', async () => {
    const before = mine();
    const [a, b] = await Promise.all([file('dbl-0000001'), file('dbl-0000001')]);
    expect(a).toMatchObject({ ok: true });
    expect(b).toEqual(a);
    expect(mine()).toBe(before + 1);
    expect(count('ticket_events', { ticketId: expectOk(a).id })).toBe(1);
    expect(count('requests')).toBeGreaterThanOrEqual(1);
  });

  it('a retry after the first answer was lost returns the first result and creates nothing', async () => {
    const first = expectOk(await file('lost-000001'));
    const before = { tickets: mine(), events: count('ticket_events'), outbox: cloud.emu.outbox.list({}).length };
    const retry = await file('lost-000001');
    expect(retry).toEqual({ ok: true, data: first });
    expect(mine()).toBe(before.tickets);
    expect(count('ticket_events')).toBe(before.events);
    // nothing runs again: no second message to the grid's workers
    expect(cloud.emu.outbox.list({}).length).toBe(before.outbox);
  });

  it('a filing whose handler failed after its commit answers the ticket it committed, then and on retry', async () => {
    const before = mine();
    // the database goes away right after the commit: the look-up of the grid's workers fails
    const findRows = cloud.emu.store.findRows.bind(cloud.emu.store);
    jest.spyOn(cloud.emu.store, 'findRows').mockImplementation((coll, ...rest) => {
      if (coll === 'users' && mine() > before) throw new Error('socket hang up');
      return findRows(coll, ...rest);
    });
    const first = expectOk(await file('crash-00001'));
    expect(mine()).toBe(before + 1);
    jest.restoreAllMocks();
    expect(await file('crash-00001')).toEqual({ ok: true, data: first });
    expect(mine()).toBe(before + 1);
  });

  it('the record commits with the ticket: when it cannot be written, no ticket is left behind', async () => {
    const before = { tickets: mine(), events: cloud.emu.store.count('ticket_events') };
    const write = cloud.emu.store.write.bind(cloud.emu.store);
    jest.spyOn(cloud.emu.store, 'write').mockImplementation((coll, ops) => {
      if (coll === 'requests') throw new Error('disk full');
      return write(coll, ops);
    });
    expect(await file('atomic-0001')).toMatchObject({ ok: false, code: 'COMMON.INTERNAL' });
    jest.restoreAllMocks();
    expect({ tickets: mine(), events: cloud.emu.store.count('ticket_events') }).toEqual(before);
    // and the retry files it
    expectOk(await file('atomic-0001'));
    expect(mine()).toBe(before.tickets + 1);
  });

  it('different requestIds make two tickets', async () => {
    const before = mine();
    const a = expectOk(await file('two-0000001'));
    const b = expectOk(await file('two-0000002'));
    expect(a.id).not.toBe(b.id);
    expect(mine()).toBe(before + 2);
  });

  it('the same requestId from another caller is another request', async () => {
    const neighbour = (
      cloud.emu.store.find(
        'users',
        { 'address.gridId': DEMO_GRID_ID, _id: { $ne: 'demo-resident' } },
        { limit: 1 },
      ) as {
        _id: string;
      }[]
    )[0]._id;
    const a = expectOk(await file('same-000001', 'demo-resident'));
    const b = expectOk(await file('same-000001', neighbour));
    expect(b.id).not.toBe(a.id);
  });

  it.each([
    ['missing', undefined],
    ['too short', 'abc'],
    ['with operators', '{"$gt":""}'],
    ['too long', 'x'.repeat(65)],
  ])('refuses a requestId that is %s, in Chinese, and writes nothing', async (_what, requestId) => {
    const snap = cloud.snapshot();
    const r = await cloud.call(tickets, 'tickets', 'file', { ...filing(), requestId }, 'demo-resident');
    expect(r).toMatchObject({
      ok: false,
      code: 'COMMON.VALIDATION',
      fields: { requestId: '请求编号无效，请重新提交' },
    });
    expect(cloud.snapshot()).toEqual(snap);
  });
});

describe('the other creating actions', () => {
  it('notices.save: a retried new draft is one draft', async () => {
    const payload = {
      title: '楼道堆物清理通知',
      body: [{ type: 'p', text: '请各位居民本周内清理楼道堆放的杂物，周六统一清运。' }],
      targets: [DEMO_GRID_ID],
      requestId: 'ntc-0000001',
    };
    const before = count('notices');
    const [a, b] = await Promise.all([
      cloud.call(notices, 'notices', 'save', payload, 'demo-community'),
      cloud.call(notices, 'notices', 'save', payload, 'demo-community'),
    ]);
    expect(a).toMatchObject({ ok: true });
    expect(b).toEqual(a);
    expect(await cloud.call(notices, 'notices', 'save', payload, 'demo-community')).toEqual(a);
    expect(count('notices')).toBe(before + 1);
  });

  it('admin.invite: a retried invitation is one code, answered with its picture', async () => {
    const payload = { role: 'gridWorker', orgId: DEMO_GRID_ID, requestId: 'inv-0000001' };
    const before = count('invitations');
    const first = expectOk(await cloud.call(admin, 'admin', 'invite', payload, 'demo-admin'));
    const again = expectOk(await cloud.call(admin, 'admin', 'invite', payload, 'demo-admin'));
    expect(again.code).toBe(first.code);
    expect(again).toEqual(first);
    expect(count('invitations')).toBe(before + 1);
    // another intention: another code
    const other = expectOk(
      await cloud.call(admin, 'admin', 'invite', { ...payload, requestId: 'inv-0000002' }, 'demo-admin'),
    );
    expect(other.code).not.toBe(first.code);
  });
});
