/**
 * The 回访 hook (shared/revisit.ts): a 不满意 rating and a 反弹 each make one return visit to the
 * reporter's household, due REVISIT_AFTER_DAYS later, by the grid's 网格长, in the transition's own
 * transaction; a retried request makes no second one; a ticket with no household makes none.
 */
import { cstMidnight, DAY, REVISIT_AFTER_DAYS, revisitId, type User, type Visit } from '@lx/types';
import { START, ticketSuite } from '../test-support/suite';

const { cloud, w, cast } = ticketSuite();

const revisitsOf = (ticketId: string) =>
  cloud.emu.store.find('visits', { ticketId, source: 'revisit' }, {}) as unknown as Visit[];
const reporter = () => cloud.emu.store.get('users', cast.reporter) as unknown as User;
const homeHousehold = () => {
  const a = reporter().address!;
  return cloud.emu.store.find('households', { buildingId: a.buildingId, room: a.room }, { limit: 1 })[0] as {
    _id: string;
    gridId: string;
  };
};

describe('回访 on a reopen', () => {
  it('a 不满意 rating makes one 回访 to the reporter’s household, due in REVISIT_AFTER_DAYS, by the 网格长', async () => {
    const id = await w.states.resolved();
    await w.act(id, 'rate', cast.reporter, { score: 'unsatisfied', comment: '晚上还是有一盏不亮' });
    const seq = w.events(id).at(-1)!.seq;
    const vs = revisitsOf(id);
    expect(vs).toHaveLength(1);
    expect(vs[0]).toMatchObject({
      _id: revisitId(id, seq),
      householdId: homeHousehold()._id,
      gridId: homeHousehold().gridId,
      visitorId: cast.grid,
      status: 'due',
      dueAt: cstMidnight(START + REVISIT_AFTER_DAYS * DAY),
    });
  });

  it('a 反弹 makes one; a retry of the same request and a 满意 rating make no other', async () => {
    const id = await w.states.closed();
    expect(revisitsOf(id)).toHaveLength(0);
    const version = w.ticket(id).version;
    await w.act(id, 'reopen', cast.reporter, { reason: '修好两天又不亮了' });
    expect(revisitsOf(id)).toHaveLength(1);
    // the same request again (a stale version): refused, and nothing more is made
    await w.call('reopen', { id, version, reason: '修好两天又不亮了' }, cast.reporter);
    expect(revisitsOf(id)).toHaveLength(1);
    await w.act(id, 'resolve', cast.grid, { note: '更换了整套灯具', photos: [w.photo(cast.grid)] });
    await w.act(id, 'rate', cast.reporter, { score: 'satisfied' });
    expect(revisitsOf(id)).toHaveLength(1);
  });

  it('a ticket with no household (the reporter’s room has none) makes none', async () => {
    const id = await w.states.resolved();
    const u = reporter();
    cloud.emu.store.write('users', [
      { kind: 'put', doc: { ...u, address: { ...u.address!, room: '99单元9999' } } as never },
    ]);
    try {
      await w.act(id, 'rate', cast.reporter, { score: 'unsatisfied', comment: '还是不亮' });
      expect(w.ticket(id).status).toBe('processing');
      expect(revisitsOf(id)).toHaveLength(0);
    } finally {
      cloud.emu.store.write('users', [{ kind: 'put', doc: u as never }]);
    }
  });
});
