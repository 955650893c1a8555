/**
 * Test helpers for the ticket workflow: the fake clock, the cast (demo identities plus seeded people
 * found by their grants), and tickets brought into a given state through the real handlers.
 */
import { DEMO_BUILDING_ID, DEMO_COMMUNITY_ID, DEMO_GRID_ID } from '@emulator/seed/build';
import type { Result, Ticket, TicketEvent, TransitionResult } from '@lx/types';
import { clock, expectOk, SEED_NOW, type setupCloud } from './cloud';
import { main } from '../tickets/index';
import { uploadAs } from './uploads';

type Cloud = ReturnType<typeof setupCloud>;
type Doc = { _id: string } & Record<string, unknown>;

export function workflow(cloud: Cloud) {
  /** the one fake clock (test-support/clock.ts): every handler reads it once per request */
  const setNow = (ms: number) => clock.set(ms);
  const now = () => clock.now();
  setNow(SEED_NOW + 60_000);

  const find = (coll: string, q: Record<string, unknown>) => cloud.emu.store.find(coll, q, { limit: 1 })[0] as Doc;
  const byGrant = (role: string, orgId: unknown) => find('users', { roles: { $elemMatch: { role, orgId } } })._id;

  const cast = {
    reporter: 'demo-resident',
    newcomer: 'demo-resident-new',
    neighbour: find('users', {
      roles: { $size: 0 },
      'address.buildingId': { $ne: DEMO_BUILDING_ID },
      _id: { $nin: ['demo-resident', 'demo-resident-new'] },
    })._id,
    /** a resident of the demo resident's building: the one who may 附议 their tickets (nearHome) */
    nextDoor: find('users', {
      roles: { $size: 0 },
      'address.buildingId': DEMO_BUILDING_ID,
      _id: { $nin: ['demo-resident', 'demo-resident-new'] },
    })._id,
    grid: 'demo-grid',
    grid2: 'demo-grid-2',
    community: 'demo-community',
    otherCommunity: byGrant('communityStaff', { $ne: DEMO_COMMUNITY_ID }),
    street: 'demo-street',
    supervisor: 'demo-supervisor',
    communitySupervisor: byGrant('supervisor', DEMO_COMMUNITY_ID),
    otherSupervisor: find('users', {
      roles: { $elemMatch: { role: 'supervisor', orgId: { $ne: DEMO_COMMUNITY_ID }, orgPath: { $size: 2 } } },
    })._id,
    party: 'demo-party',
    admin: 'demo-admin',
  };

  async function call(action: string, payload: Record<string, unknown>, openid: string): Promise<Result<unknown>> {
    return cloud.call(main, 'tickets', action as 'detail', payload, openid) as Promise<Result<unknown>>;
  }
  const ticket = (id: string) => cloud.emu.store.get('tickets', id) as unknown as Ticket;
  const events = (id: string) =>
    (cloud.emu.store.find('ticket_events', { ticketId: id }, {}) as unknown as TicketEvent[]).sort(
      (a, b) => a.seq - b.seq,
    );
  /** a photo `owner` uploaded (stored, and recorded as theirs: only they may attach it) */
  const photo = (owner: string) => uploadAs(cloud, owner);

  /** Performs `action` as `who` on ticket `id` with the current version; fails the test if refused. */
  async function act(id: string, action: string, who: string, extra: Record<string, unknown> = {}) {
    return expectOk(await call(action, { id, version: ticket(id).version, ...extra }, who)) as TransitionResult;
  }
  async function file(extra: Record<string, unknown> = {}, who = cast.reporter): Promise<string> {
    // a state is set up at one instant, often many times over: not what the filing limits are about
    cloud.forgetLimits(who);
    const r = expectOk(
      await call(
        'file',
        { categoryId: 'cat-streetlight', description: '小区东门路灯不亮已经三天了，晚上很黑', ...extra },
        who,
      ),
    ) as { id: string };
    return r.id;
  }

  /** The states tests start from, each reached through the real handlers. */
  const states = {
    pending: () => file(),
    processing: async () => {
      const id = await file();
      await act(id, 'accept', cast.grid);
      return id;
    },
    communityPending: async () => {
      const id = await states.processing();
      await act(id, 'escalate', cast.grid, { reason: '涉及多个产权单位，需社区协调' });
      return id;
    },
    communityProcessing: async () => {
      const id = await states.communityPending();
      await act(id, 'accept', cast.community);
      return id;
    },
    streetPending: async () => {
      const id = await states.communityProcessing();
      await act(id, 'escalate', cast.community, { reason: '需要街道协调市政部门' });
      return id;
    },
    streetProcessing: async () => {
      const id = await states.streetPending();
      await act(id, 'accept', cast.street);
      return id;
    },
    verifying: async () => {
      const id = await file({ categoryId: 'cat-manhole', description: '3号楼门口井盖破了一个角，很危险' });
      await act(id, 'accept', cast.grid);
      await act(id, 'resolve', cast.grid, { note: '已更换新井盖', photos: [photo(cast.grid)] });
      return id;
    },
    resolved: async () => {
      const id = await states.processing();
      await act(id, 'resolve', cast.grid, { note: '已更换灯泡，恢复照明', photos: [photo(cast.grid)] });
      return id;
    },
    closed: async () => {
      const id = await states.resolved();
      await act(id, 'rate', cast.reporter, { score: 'satisfied' });
      return id;
    },
    triage: async () => {
      const b = find('org_nodes', { type: 'building', gridId: { $exists: false } });
      const id = await file({ buildingId: b._id });
      return id;
    },
    overdue: async () => {
      const id = await states.processing();
      setNow(ticket(id).dueAt + 60_000);
      return id;
    },
  };

  /** Gives users consent credits so their messages are sent (and land in the outbox). */
  function allowMessages(...ids: string[]) {
    for (const id of ids) {
      const u = cloud.emu.store.get('users', id) as Doc;
      cloud.emu.store.write('users', [
        { kind: 'put', doc: { ...u, subscriptions: { ticketProgress: 20, ticketTask: 20, notice: 20 } } },
      ]);
    }
  }
  const sent = (touser?: string) =>
    cloud.emu.outbox
      .list({ api: 'subscribeMessage.send' })
      .filter((m) => m.ok && (!touser || (m.args as { touser: string }).touser === touser));

  return { cast, call, act, file, ticket, events, photo, states, setNow, now, allowMessages, sent, find };
}

export { DEMO_GRID_ID, DEMO_COMMUNITY_ID };
