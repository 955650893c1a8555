/**
 * The demo seed gives every role something to see at the seed's clock: each handler level's queue,
 * the supervisor's board, and the resident's rated and reopened tickets.
 */
import { expectOk, setupCloud } from '../test-support/cloud';
import { main } from './index';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());

const call = (action: string, payload: Record<string, unknown>, openid: string) =>
  cloud.call(main, 'tickets', action as 'queue', payload, openid);
type Counts = Record<string, number>;

it.each([
  ['demo-grid', ['pending', 'processing', 'dueSoon', 'overdue', 'done']],
  ['demo-community', ['pending', 'processing']],
  ['demo-street', ['pending', 'processing']],
] as const)('%s has work in the tabs %j', async (who, tabs) => {
  const q = expectOk(await call('queue', { tab: 'pending' }, who)) as unknown as { counts: Counts };
  for (const tab of tabs) expect({ tab, n: q.counts[tab] > 0 }).toEqual({ tab, n: true });
});

it('the supervisor’s board has overdue work at the grid level', async () => {
  const b = expectOk(await call('board', {}, 'demo-supervisor')) as unknown as { counts: Counts; items: unknown[] };
  expect(b.counts.grid).toBeGreaterThan(0);
  expect(b.items.length).toBeGreaterThan(0);
});

it('the demo resident’s closed tickets carry a rating, and one was reopened', async () => {
  const mine = expectOk(await cloud.call(main, 'tickets', 'mine', { tab: 'done' }, 'demo-resident')).items;
  const details = await Promise.all(
    mine.map(async (t) => expectOk(await cloud.call(main, 'tickets', 'detail', { id: t.id }, 'demo-resident'))),
  );
  expect(details.filter((d) => d.rating?.score === 'satisfied').length).toBeGreaterThanOrEqual(2);
  expect(details.some((d) => d.reopenCount === 1 && d.status === 'closed')).toBe(true);
  expect(details.every((d) => d.status !== 'closed' || d.closedAt !== undefined)).toBe(true);
});
