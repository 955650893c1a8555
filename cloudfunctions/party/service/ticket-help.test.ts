/**
 * 反映问题办结 (ticketHelp): a ticket a party member reported themselves that ends 结案 in their
 * community credits them once, in the closing transaction, and it stands in their totals; a
 * resident's closed ticket credits nobody.
 */
import type { PointEntry, PointTotalsDoc, User } from '@lx/types';
import { ticketSuite } from '../../test-support/suite';

const { cloud, w, cast } = ticketSuite();
const entry = (ticketId: string, userId: string) =>
  cloud.emu.store.get('party_points', `ticketHelp|${ticketId}|${userId}`) as unknown as PointEntry | null;
const ticketsCounted = (communityId: string, userId: string) =>
  (cloud.emu.store.get('party_point_totals', `${communityId}|${userId}`) as unknown as PointTotalsDoc | null)
    ?.tickets ?? 0;
/** the grid worker of the grid a ticket was routed to */
const workerOf = (ticketId: string) =>
  (cloud.emu.store.find('users', {}, {}) as unknown as User[]).find((u) =>
    u.roles.some((g) => g.role === 'gridWorker' && g.orgId === w.ticket(ticketId).handlerOrgId),
  )!._id;

async function closeAs(reporter: string): Promise<string> {
  const id = await w.file({}, reporter);
  const worker = workerOf(id);
  await w.act(id, 'accept', worker);
  await w.act(id, 'resolve', worker, { note: '已更换灯泡', photos: [w.photo(worker)] });
  await w.act(id, 'rate', reporter, { score: 'satisfied', comment: '谢谢' });
  expect(w.ticket(id).status).toBe('closed');
  return id;
}

describe('反映问题办结', () => {
  it('credits a party member’s own report once when it closes, and nobody for a resident’s', async () => {
    const mine = await w.file({}, 'demo-party');
    const community = w.ticket(mine).communityId;
    const before = ticketsCounted(community, 'demo-party');
    const id = await closeAs('demo-party');
    expect(entry(id, 'demo-party')).toMatchObject({ rule: 'ticketHelp', points: 2, source: { kind: 'ticket', id } });
    expect(ticketsCounted(community, 'demo-party')).toBe(before + 1);

    const theirs = await closeAs(cast.reporter);
    expect(entry(theirs, cast.reporter)).toBeNull();
    expect(cloud.emu.store.find('party_points', { 'source.id': theirs }, {})).toEqual([]);
  });
});
