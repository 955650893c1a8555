/**
 * Concurrency on one emulator database, every call in flight at once (the emulator's optimistic
 * transactions conflict on commit as CloudBase's do): filings get distinct numbers, commuting actions
 * (附议, 催办) neither take nor fail on the ticket's version, and of many transitions from one stale
 * version exactly one wins, the rest answer COMMON.CONFLICT, and the event log replays to the ticket.
 */
import { flowState, replay } from '@lx/types/ticket-transitions';
import type { Ticket, TicketEvent, User } from '@lx/types';
import { clock, SEED_NOW } from '@cloud/test-support/cloud';
import { figures, reliabilityCloud, requestId, type Answer } from './harness';

const { cloud, call } = reliabilityCloud();
const fig = figures('concurrency');
afterAll(() => {
  fig.save();
  cloud.cleanup();
});
const store = cloud.emu.store;
const ticket = (id: string) => store.get('tickets', id) as unknown as Ticket;
const events = (id: string) =>
  (store.find('ticket_events', { ticketId: id }, {}) as unknown as TicketEvent[]).sort((a, b) => a.seq - b.seq);
/** residents of the seed: no role, a bound home, not a demo identity */
const residents = (store.find('users', { roles: { $size: 0 }, address: { $exists: true } }, {}) as unknown as User[])
  .filter((u) => !u._id.startsWith('demo-'))
  .map((u) => u._id);
const codes = (rs: Answer[]) => rs.map((r) => (r.ok ? 'ok' : r.code));
const count = (rs: Answer[], code: string) => codes(rs).filter((c) => c === code).length;
const internal = (rs: Answer[]) => {
  const n = count(rs, 'COMMON.INTERNAL');
  fig.add('internal', n);
  return n;
};
async function fileAs(who: string, extra: Record<string, unknown> = {}) {
  const r = (await call(
    'tickets',
    'file',
    {
      categoryId: 'cat-streetlight',
      description: '小区东门路灯不亮已经三天了，晚上很黑',
      requestId: requestId(),
      ...extra,
    },
    who,
  )) as Answer;
  if (!r.ok) throw new Error(`filing refused: ${r.code}`);
  return (r.data as { id: string; no: string }).id;
}

beforeEach(() => clock.set(SEED_NOW + 60_000));

test('200 concurrent filings by 200 residents make 200 tickets with distinct numbers', async () => {
  expect(residents.length).toBeGreaterThanOrEqual(200);
  const before = store.count('tickets', {});
  const rs = (await Promise.all(
    residents
      .slice(0, 200)
      .map((who) =>
        call(
          'tickets',
          'file',
          { categoryId: 'cat-streetlight', description: '楼下路灯不亮已经三天了，晚上很黑', requestId: requestId() },
          who,
        ),
      ),
  )) as Answer[];
  expect(internal(rs)).toBe(0);
  expect(codes(rs).filter((c) => c !== 'ok')).toEqual([]);
  const made = rs.map((r) => (r.ok ? (r.data as { id: string; no: string }) : null)).filter((d) => d !== null);
  expect(new Set(made.map((d) => d.no)).size).toBe(200);
  expect(new Set(made.map((d) => d.id)).size).toBe(200);
  expect(store.count('tickets', {}) - before).toBe(200);
});

test('50 concurrent 附议 by 50 neighbours of the same building all succeed, without a version', async () => {
  const id = await fileAs('demo-resident');
  const t = ticket(id);
  // 50 residents living in the ticket's building: the ones who could have been shown it
  const neighbours = residents.slice(0, 50);
  for (const who of neighbours) {
    const u = store.get('users', who) as unknown as User;
    store.write('users', [
      {
        kind: 'put',
        doc: {
          ...u,
          address: { ...u.address!, buildingId: t.buildingId!, communityId: t.communityId, gridId: t.gridId! },
        } as never,
      },
    ]);
  }
  const rs = (await Promise.all(neighbours.map((who) => call('tickets', 'join', { id }, who)))) as Answer[];
  expect(internal(rs)).toBe(0);
  expect(codes(rs).filter((c) => c !== 'ok')).toEqual([]);
  expect(ticket(id).supporters.sort()).toEqual([...neighbours].sort());
  expect(ticket(id).joinCount).toBe(50);
  expect(flowState(replay(events(id)) as Ticket)).toEqual(flowState(ticket(id)));
});

test('50 concurrent 催办 on one overdue ticket count within their limits and none answers INTERNAL', async () => {
  const id = await fileAs('demo-resident');
  clock.set(ticket(id).dueAt + 60_000);
  const who = [...Array(25).fill('demo-resident'), ...Array(25).fill('demo-supervisor')] as string[];
  const rs = (await Promise.all(who.map((w) => call('tickets', 'urge', { id, note: '请尽快处理' }, w)))) as Answer[];
  expect(internal(rs)).toBe(0);
  const okBy = (w: string) => rs.filter((r, i) => r.ok && who[i] === w).length;
  // the reporter once a day; a supervisor once per ticket per hour (R2's limits table)
  expect({ reporter: okBy('demo-resident'), supervisor: okBy('demo-supervisor') }).toEqual({
    reporter: 1,
    supervisor: 1,
  });
  expect(ticket(id).urgeCount).toBe(2);
  const refused = codes(rs).filter((c) => c !== 'ok');
  expect(refused.filter((c) => !['TICKET.URGE_TOO_SOON', 'COMMON.RATE_LIMITED'].includes(c))).toEqual([]);
  expect(flowState(replay(events(id)) as Ticket)).toEqual(flowState(ticket(id)));
});

test('of 50 transitions from one version, one wins, the rest get COMMON.CONFLICT, and replay equals the state', async () => {
  const id = await fileAs('demo-resident');
  const { version } = ticket(id);
  const rs = (await Promise.all(
    Array.from({ length: 50 }, () => call('tickets', 'accept', { id, version }, 'demo-grid')),
  )) as Answer[];
  expect(internal(rs)).toBe(0);
  expect(count(rs, 'ok')).toBe(1);
  expect(count(rs, 'COMMON.CONFLICT')).toBe(49);
  expect(ticket(id).status).toBe('processing');
  expect(flowState(replay(events(id)) as Ticket)).toEqual(flowState(ticket(id)));
});
