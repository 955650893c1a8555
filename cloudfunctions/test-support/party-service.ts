/** What the party service tests share: calls as a user, an activity made by staff, members made in bulk. */
import { HOUR, type Result, type User } from '@lx/types';
import { DEMO_COMMUNITY_ID } from '@emulator/seed/build';
import { expectOk, setupCloud } from './cloud';
import { main } from '../party/index';

export type Cloud = ReturnType<typeof setupCloud>;

export function kit(cloud: Cloud) {
  const call = (action: string, payload: Record<string, unknown>, who: string) =>
    cloud.call(main, 'party', action as 'activity', payload, who) as Promise<Result<unknown>>;
  const ok = async <T>(action: string, payload: Record<string, unknown>, who: string) =>
    expectOk(await call(action, payload, who)) as T;
  const code = async (action: string, payload: Record<string, unknown>, who: string) => {
    const r = await call(action, payload, who);
    return r.ok ? 'ok' : r.code;
  };

  /** `n` fresh members of the community (the seed has a handful per community). */
  function members(n: number, communityId = DEMO_COMMUNITY_ID, prefix = 'tm'): string[] {
    const street = (cloud.emu.store.get('org_nodes', communityId) as { path: string[] }).path;
    const ids = Array.from({ length: n }, (_, i) => `${prefix}-${communityId}-${i}`);
    const docs: User[] = ids.map((id, i) => ({
      _id: id,
      nickname: `党员${i}`,
      roles: [{ role: 'partyMember', orgId: communityId, orgPath: street, grantedAt: 0, grantedBy: 'demo-community' }],
      addressHistory: [],
      createdAt: 0,
      updatedAt: 0,
    }));
    cloud.emu.store.write(
      'users',
      docs.map((doc) => ({ kind: 'put', doc: doc as unknown as Record<string, unknown> })),
    );
    return ids;
  }

  const PLACE = { name: '凤凰城社区广场', point: { lng: 113.3245, lat: 23.1065 }, radiusM: 200 };
  async function newActivity(over: Record<string, unknown> = {}, who = 'demo-community') {
    const now = Date.now();
    return ok<{ _id: string; startAt: number; endAt: number }>(
      'createActivity',
      {
        communityId: DEMO_COMMUNITY_ID,
        title: '小区环境整治志愿服务',
        category: '环境整治',
        startAt: now + HOUR,
        endAt: now + 3 * HOUR,
        place: PLACE,
        capacity: 10,
        hours: 2,
        ...over,
      },
      who,
    );
  }
  return { call, ok, code, members, newActivity, PLACE };
}
