/**
 * Party-member figures on the bench database: a check-in's latency (p95 over 200 members checking in
 * by the organiser's rotating code, each once, as at a real activity) and its database operations, and
 * the community leaderboard's reads, each beside its budget (issue 13). The 200 members are added to
 * 凤凰城社区 for the bench only (users holding the partyMember grant there, as an approval leaves them);
 * they sign up through the real action.
 */
import { type RoleGrant, type User } from '@lx/types';
import type { Emulator } from '../emulator/index';
import { DEMO_COMMUNITY_ID, STREET_ID } from '../emulator/seed/build';
import { type Invoke, type Main, ms, row, timeIt } from './stats';

const MEMBERS = 200;
let ids = 0;
const rid = () => `bench-party-${(++ids).toString(36).padStart(6, '0')}`;

function benchMembers(emu: Emulator, now: number): string[] {
  const grant: RoleGrant = {
    role: 'partyMember',
    orgId: DEMO_COMMUNITY_ID,
    orgPath: [STREET_ID, DEMO_COMMUNITY_ID],
    grantedAt: now - 30 * 86_400_000,
    grantedBy: 'demo-community',
  };
  const users: User[] = Array.from({ length: MEMBERS }, (_, i) => ({
    _id: `bench-pm-${String(i).padStart(3, '0')}`,
    nickname: `党员${i}`,
    realName: `党员${i}`,
    roles: [grant],
    addressHistory: [],
    createdAt: grant.grantedAt,
    updatedAt: grant.grantedAt,
  }));
  emu.store.insertMany('users', users as unknown as Parameters<typeof emu.store.insertMany>[1]);
  return users.map((u) => u._id);
}

export async function partyBench(emu: Emulator, invoke: Invoke): Promise<string[]> {
  const { main: party } = require('../cloudfunctions/party/index') as { main: Main };
  const call = async (action: string, payload: object, who: string) => {
    const r = await invoke(party, action, payload, who);
    if (!r.ok) throw new Error(`party.${action} failed: ${r.code}`);
    return r.data as Record<string, unknown>;
  };
  const now = Date.now();
  const members = benchMembers(emu, now);
  const communityId = DEMO_COMMUNITY_ID;
  const center = (emu.store.get('org_nodes', communityId) as unknown as { center: { lng: number; lat: number } })
    .center;
  const created = await call(
    'createActivity',
    {
      communityId,
      title: '压测志愿活动',
      category: '志愿服务',
      startAt: now - 10 * 60_000,
      endAt: now + 2 * 3_600_000,
      place: { name: '凤凰城社区党群服务中心', point: center, radiusM: 500 },
      capacity: MEMBERS + 10,
      hours: 2,
      requestId: rid(),
    },
    'demo-community',
  );
  const activityId = created._id as string;
  for (const m of members) await call('signUp', { communityId, activityId }, m);
  const code = async () => (await call('checkInCode', { communityId, activityId }, 'demo-community')).code as string;

  // warm: the first member's check-in loads the function and its caches
  let next = 0;
  const checkIn = async () =>
    call('checkIn', { communityId, activityId, method: 'code', code: await code() }, members[next++]);
  await checkIn();
  const current = await code();
  emu.stats.reset();
  await call('checkIn', { communityId, activityId, method: 'code', code: current }, members[next++]);
  const ops = { reads: emu.stats.reads, writes: emu.stats.writes };
  const t = await timeIt(MEMBERS - next, () =>
    call('checkIn', { communityId, activityId, method: 'code', code: current }, members[next++]),
  );

  await call('leaderboard', { communityId }, 'demo-party');
  emu.stats.reset();
  await call('leaderboard', { communityId }, 'demo-party');
  const board = { reads: emu.stats.reads, writes: emu.stats.writes };
  return [
    row(`party check-in by code (${MEMBERS} members) p95`, ms(t.p95), '≤ 15 ms', t.p95 <= 15),
    // what cloudfunctions/party/service/checkin.ts reads and writes for one check-in, the caller included
    row(
      '  db operations per check-in (warm)',
      `${ops.reads + ops.writes} (${ops.reads} r + ${ops.writes} w)`,
      '≤ 4',
      ops.reads + ops.writes <= 4,
    ),
    // the community's top totals are kept on write (types/party-points.ts): no ledger scan
    row(
      'community leaderboard (party.leaderboard) reads',
      `${board.reads}`,
      '≤ 5',
      board.reads <= 5 && board.writes === 0,
    ),
  ];
}
