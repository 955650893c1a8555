/**
 * Where a resident's problem is need not be her home (issue 15): a place said in words is handled by
 * her own grid, but the ticket keeps the words, not her building; another building goes to its grid.
 */
import { DEMO_BUILDING_ID, DEMO_COMMUNITY_ID, DEMO_GRID_ID } from '@emulator/seed/build';
import { expectOk, setupCloud } from '../test-support/cloud';
import { workflow } from '../test-support/tickets';

const cloud = setupCloud();
const w = workflow(cloud);
const { cast } = w;

const filed = async (payload: Record<string, unknown>) =>
  expectOk(
    await w.call(
      'file',
      { categoryId: 'cat-streetlight', description: '东门的路灯一直不亮，晚上看不清路', ...payload },
      cast.reporter,
    ),
  ) as { id: string; level: string; handlerOrgId: string };

describe('the place of a ticket', () => {
  it('a place in words goes to her own grid and keeps the words, not her building', async () => {
    const r = await filed({ addressText: '小区东门路灯' });
    expect(r).toMatchObject({ level: 'grid', handlerOrgId: DEMO_GRID_ID });
    const t = w.ticket(r.id);
    expect(t).toMatchObject({ communityId: DEMO_COMMUNITY_ID, gridId: DEMO_GRID_ID });
    expect(t.addressText).toContain('小区东门路灯');
    expect(t.buildingId).toBeUndefined();
    expect(t.point).toBeUndefined();
  });

  it('with nothing said, it is her home building, as before', async () => {
    const r = await filed({});
    expect(w.ticket(r.id)).toMatchObject({ buildingId: DEMO_BUILDING_ID, gridId: DEMO_GRID_ID });
  });

  it('a place in words needs at least two characters, said in Chinese', async () => {
    const r = await w.call(
      'file',
      { categoryId: 'cat-streetlight', description: '东门的路灯一直不亮', addressText: '门' },
      cast.reporter,
    );
    expect(r).toMatchObject({
      ok: false,
      code: 'COMMON.VALIDATION',
      fields: { addressText: expect.stringMatching(/问题位置/) },
    });
  });
});
