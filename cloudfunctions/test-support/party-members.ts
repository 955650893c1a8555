/**
 * What the party members half's tests share: calls through the real `party` function on the seeded
 * emulator, and approved members made straight in the store (a registration with its grant) when a
 * test needs many of them at once (the capacity race, the cards).
 */
import { DEMO_COMMUNITY_ID } from '@emulator/seed/build';
import {
  COLLECTIONS,
  approved,
  newRegistration,
  type OrgNode,
  type Registration,
  registrationId,
  type Result,
  type RoleGrant,
} from '@lx/types';
import { clock, expectOk, SEED_NOW, setupCloud } from './cloud';
import { workflow } from './tickets';
import { main } from '../party/index';

type Cloud = ReturnType<typeof setupCloud>;

export function partyTesting(cloud: Cloud) {
  const store = cloud.emu.store;
  const call = (action: string, payload: Record<string, unknown>, who: string) =>
    cloud.call(main, 'party', action as 'register', payload as never, who) as Promise<Result<unknown>>;
  const ok = async <T>(action: string, payload: Record<string, unknown>, who: string) =>
    expectOk(await call(action, payload, who)) as T;
  const code = async (action: string, payload: Record<string, unknown>, who: string) => {
    const r = await call(action, payload, who);
    return r.ok ? 'ok' : r.code;
  };
  const registration = (userId: string, communityId = DEMO_COMMUNITY_ID) =>
    store.get(COLLECTIONS.partyRegistrations, registrationId(communityId, userId)) as unknown as Registration | null;
  const user = (id: string) =>
    store.get(COLLECTIONS.users, id) as unknown as { roles: RoleGrant[] } & Record<string, unknown>;
  const roleEvents = (userId: string) =>
    store.find(COLLECTIONS.roleEvents, { userId }, {}) as unknown as {
      action: string;
      role: string;
      reason?: string;
    }[];
  const community = (id = DEMO_COMMUNITY_ID) => store.get(COLLECTIONS.orgNodes, id) as unknown as OrgNode;
  /** a community other than the demo one */
  const otherCommunityId = () =>
    (
      store.find(
        COLLECTIONS.orgNodes,
        { type: 'community', _id: { $ne: DEMO_COMMUNITY_ID } },
        { limit: 1 },
      )[0] as OrgNode
    )._id;

  /** `n` approved members of the community, approved at `at`, made in the store. */
  function approvedMembers(n: number, tag: string, at: number, communityId = DEMO_COMMUNITY_ID): string[] {
    const c = community(communityId);
    const ids = Array.from({ length: n }, (_, i) => `party-${tag}-${i}`);
    store.insertMany(
      COLLECTIONS.users,
      ids.map((_id) => ({
        _id,
        nickname: '党员',
        realName: `党员${_id.slice(-3)}`,
        roles: [{ role: 'partyMember', orgId: c._id, orgPath: c.path, grantedAt: at, grantedBy: 'demo-community' }],
        addressHistory: [],
        createdAt: at,
        updatedAt: at,
      })),
    );
    store.insertMany(
      COLLECTIONS.partyRegistrations,
      ids.map((userId) => {
        const details = { ...DETAILS, name: `党员${userId.slice(-3)}` };
        return approved(newRegistration(c, userId, details, at), 'demo-community', at) as unknown as Record<
          string,
          unknown
        >;
      }),
    );
    return ids;
  }

  return { store, call, ok, code, registration, user, roleEvents, community, otherCommunityId, approvedMembers };
}

/** A minute after the seed's clock: where a suite's tests start. */
export const PARTY_T0 = SEED_NOW + 60_000;

/**
 * A party members test file's setting: the seeded cloud (cleaned up after the file), the ticket cast
 * and these helpers; with `everyTestAt`, each test starts on that clock with fresh rate limits.
 */
export function partySuite(everyTestAt?: number) {
  const cloud = setupCloud();
  afterAll(() => cloud.cleanup());
  const { cast } = workflow(cloud);
  const t = partyTesting(cloud);
  if (everyTestAt !== undefined)
    beforeEach(() => {
      clock.set(everyTestAt);
      cloud.forgetLimits();
    });
  return { cloud, cast, t };
}

export const DETAILS = {
  name: '李建国',
  phone: '13800001111',
  workUnit: '市第一人民医院',
  partyOrg: '市第一人民医院党委第三支部',
  type: 'inService',
} as const;
