/**
 * The supervisors' 不予受理 review (PRODUCT.md: supervisors see every rejection): the board's `rejected`
 * view lists the refusals of their scope with the reason, newest first, page by page; 退回重办 reopens
 * one as an event (pending again at the level that refused it, with that level's limits from now),
 * taken only by a supervisor whose grant covers the ticket, only on a refused ticket. Refusals write
 * nothing.
 */
import { DEMO_COMMUNITY_ID, DEMO_GRID_ID } from '@emulator/seed/build';
import { DAY, flowState, HOUR, replay, type BoardRow, type TicketDetail } from '@lx/types';
import { expectOk, SEED_NOW, setupCloud } from '../test-support/cloud';
import { workflow } from '../test-support/tickets';

const START = SEED_NOW + 60_000;
const cloud = setupCloud();
const w = workflow(cloud);
const { cast } = w;
afterAll(() => cloud.cleanup());
// each case starts at one instant with no messages sent yet (the notification case reads the outbox)
beforeEach(() => {
  cloud.emu.outbox.clear();
  w.setNow(START);
});

type Board = { items: BoardRow[]; next?: string; hasMore: boolean; counts: Record<string, number> };

/** every row of the rejected view for `who`, page after page */
async function review(who: string, extra: Record<string, unknown> = {}): Promise<{ rows: BoardRow[]; pages: number }> {
  const rows: BoardRow[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = expectOk(await w.call('board', { view: 'rejected', ...extra, cursor }, who)) as Board;
    rows.push(...page.items);
    cursor = page.next;
    pages += 1;
  } while (cursor);
  return { rows, pages };
}

/** a ticket of the demo grid refused by its grid worker at the current time */
async function rejected(reason = '属于物业维修范围，请联系物业'): Promise<string> {
  const id = await w.states.pending();
  await w.act(id, 'reject', cast.grid, { reason });
  return id;
}

describe('the 不予受理 review list', () => {
  it('lists every refusal of the scope with its reason, newest first, across pages, each once', async () => {
    const ids: string[] = [];
    // more than two pages (20 a page), each refused a minute after the last
    for (let i = 0; i < 45; i += 1) {
      w.setNow(START + i * 60_000);
      ids.push(await rejected(`理由${i}：属于物业服务范围`));
    }
    const { rows, pages } = await review(cast.supervisor);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r) => r.status === 'rejected')).toBe(true);
    const at = rows.map((r) => r.rejection!.at);
    expect(at).toEqual([...at].sort((a, b) => b - a));
    // ours: newest first, each with its own reason and time
    const ours = rows.filter((r) => ids.includes(r.id));
    expect(ours.map((r) => r.id)).toEqual([...ids].reverse());
    expect(ours[0].rejection).toEqual({ reason: '理由44：属于物业服务范围', at: START + 44 * 60_000 });
    expect(ours.at(-1)!.rejection!.reason).toBe('理由0：属于物业服务范围');
    const first = expectOk(await w.call('board', { view: 'rejected' }, cast.supervisor)) as Board;
    expect(first.counts.total).toBe(rows.length);
  });

  it('a community supervisor sees their community’s refusals only; another community’s is out of scope; others are refused', async () => {
    const id = await rejected();
    const mine = await review(cast.communitySupervisor);
    expect(mine.rows.map((r) => r.id)).toContain(id);
    expect(mine.rows.every((r) => w.ticket(r.id).communityId === DEMO_COMMUNITY_ID)).toBe(true);
    const other = await review(cast.otherSupervisor);
    expect(other.rows.map((r) => r.id)).not.toContain(id);
    expect(other.rows.some((r) => w.ticket(r.id).communityId === DEMO_COMMUNITY_ID)).toBe(false);
    expect(await w.call('board', { view: 'rejected', orgId: DEMO_COMMUNITY_ID }, cast.otherSupervisor)).toMatchObject({
      ok: false,
      code: 'AUTH.OUT_OF_SCOPE',
    });
    expect(await w.call('board', { view: 'rejected' }, cast.grid)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
    // the street supervisor narrows to one level: refusals made there only
    const grid = await review(cast.supervisor, { level: 'grid' });
    expect(grid.rows.every((r) => r.level === 'grid')).toBe(true);
  });
});

describe('退回重办', () => {
  it('a supervisor covering it sends a refusal back: pending again at the refusing grid, new limits, an event, the handlers told', async () => {
    w.allowMessages(cast.grid, cast.reporter);
    const id = await rejected();
    const before = w.ticket(id);
    // working-day limits end at 18:00 of their last day (types/time.ts): a send-back on the same day as
    // the filing would land on the same deadline, so it comes two days later
    const back = START + 2 * DAY + 5 * HOUR;
    w.setNow(back);
    const r = await w.act(id, 'sendBack', cast.supervisor, { reason: '属于网格职责范围，请签收办理' });
    expect(r).toMatchObject({ id, status: 'pending', level: 'grid', version: before.version + 1 });
    const t = w.ticket(id);
    expect(t).toMatchObject({ status: 'pending', level: 'grid', handlerOrgId: DEMO_GRID_ID, overdue: false });
    // the response clock restarts from the send-back, as a level's limits do on arrival
    expect(t.responseDueAt).toBeGreaterThan(back);
    expect(t.responseDueAt - back).toBe(before.responseDueAt - before.createdAt);
    expect(t.dueAt).toBeGreaterThan(before.dueAt);
    const e = w.events(id).at(-1)!;
    expect(e).toMatchObject({
      action: 'sendBack',
      actorId: cast.supervisor,
      actorRole: 'supervisor',
      from: 'rejected',
      to: 'pending',
      note: '属于网格职责范围，请签收办理',
    });
    // replay of the log equals the stored state after the send-back
    expect(replay(w.events(id))).toEqual(flowState(t));
    const phrase = (m: { args: unknown }) => (m.args as { data: { phrase3: { value: string } } }).data.phrase3.value;
    expect(w.sent(cast.grid).map(phrase)).toContain('退回重办');
    expect(w.sent(cast.reporter).map(phrase)).toContain('重新受理');
    // it left the review list, and the grid takes it again
    expect((await review(cast.supervisor)).rows.map((x) => x.id)).not.toContain(id);
    await w.act(id, 'accept', cast.grid);
    expect(w.ticket(id).status).toBe('processing');
  });

  it('a refusal at the community goes back to the community’s queue', async () => {
    const id = await w.states.communityPending();
    await w.act(id, 'reject', cast.community, { reason: '属于物业维修范围，请联系物业' });
    await w.act(id, 'sendBack', cast.communitySupervisor, { reason: '涉及公共设施，应由社区协调' });
    expect(w.ticket(id)).toMatchObject({ status: 'pending', level: 'community', handlerOrgId: DEMO_COMMUNITY_ID });
    expect(replay(w.events(id))).toEqual(flowState(w.ticket(id)));
  });

  it('the ticket’s page offers 退回重办 to the supervisor only', async () => {
    const id = await rejected();
    const asSupervisor = expectOk(await w.call('detail', { id }, cast.supervisor)) as TicketDetail;
    expect(asSupervisor.allowedActions).toContain('sendBack');
    const asGrid = expectOk(await w.call('detail', { id }, cast.grid)) as TicketDetail;
    expect(asGrid.allowedActions).not.toContain('sendBack');
  });

  it('refused, changing nothing: a non-supervisor, a supervisor of another community, a ticket not refused, no reason', async () => {
    const id = await rejected();
    const version = w.ticket(id).version;
    const reason = '属于网格职责范围，请签收办理';
    const pending = await w.states.pending();
    const cases: [string, Record<string, unknown>, string, string][] = [
      [cast.grid, { id, version, reason }, 'AUTH.FORBIDDEN', '权限'],
      [cast.street, { id, version, reason }, 'AUTH.FORBIDDEN', '权限'],
      [cast.otherSupervisor, { id, version, reason }, 'AUTH.OUT_OF_SCOPE', '范围'],
      [cast.supervisor, { id: pending, version: w.ticket(pending).version, reason }, 'TICKET.ILLEGAL_TRANSITION', ''],
      [cast.supervisor, { id, version }, 'COMMON.VALIDATION', '理由'],
      [cast.supervisor, { id, version: version - 1, reason }, 'COMMON.CONFLICT', ''],
    ];
    for (const [who, payload, code, words] of cases) {
      const snap = cloud.snapshot();
      const r = await w.call('sendBack', payload, who);
      expect(r).toMatchObject({ ok: false, code });
      if (!r.ok) expect(r.message).toMatch(new RegExp(`[\\u4e00-\\u9fa5].*${words}`));
      expect(cloud.snapshot()).toEqual(snap);
    }
    expect(w.ticket(id)).toMatchObject({ status: 'rejected', version });
  });
});
