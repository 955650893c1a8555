/**
 * A building's households made of its rooms, when the org import or the building's edit page writes
 * it (issue 12: "households are created from the org import"): the rooms a row or the page lists
 * (房号), or, when only its 户数 is given and the building has fewer households, the rooms it lacks
 * generated the way the seed makes them (types/rooms.ts), each with its one id, so the same sheet
 * twice makes nothing new. A room no longer listed loses its household only when nothing refers to it
 * (types/visits.ts planHouseholds): a household with visits is never removed.
 */
import { generatedRooms, type Household, type HouseholdSync, type OrgNode, planHouseholds } from '@lx/types';
import { householdsOfBuilding, roomMembers, visitedAmong, writeHouseholdSync } from '../shared/repo/visits';

export interface SyncCount {
  created: number;
  removed: number;
  kept: number;
}
export const NO_SYNC: SyncCount = { created: 0, removed: 0, kept: 0 };
export const addCounts = (a: SyncCount, b: SyncCount): SyncCount => ({
  created: a.created + b.created,
  removed: a.removed + b.removed,
  kept: a.kept + b.kept,
});

/**
 * 户数 alone only grows a building: its rooms, and generated ones it lacks until it has 户数 of them.
 * A smaller 户数 removes nothing (which rooms went is for a 房号 list to say).
 */
function grownTo(households: number | undefined, existing: readonly Household[]): string[] | undefined {
  if (households === undefined || existing.length >= households) return undefined;
  const have = new Set(existing.map((h) => h.room));
  const more = generatedRooms(households).filter((r) => !have.has(r));
  return [...have, ...more.slice(0, households - existing.length)];
}

/** What the building's households become (`write`: and writes it; a dry run only counts). */
export async function syncBuildingHouseholds(
  b: OrgNode,
  rooms: readonly string[] | undefined,
  f: { now: number; write: boolean },
): Promise<SyncCount> {
  if (b.type !== 'building' || !b.gridId || !b.communityId) return NO_SYNC;
  const existing = await householdsOfBuilding(b._id);
  const wanted = rooms ?? grownTo(b.households, existing);
  if (!wanted) return NO_SYNC;
  const listed = new Set(wanted);
  const visited = await visitedAmong(existing.filter((h) => !listed.has(h.room)).map((h) => h._id));
  const plan: HouseholdSync = planHouseholds(b, wanted, existing, visited, f.now);
  if (f.write && (plan.add.length || plan.remove.length)) {
    const members = plan.add.length ? await roomMembers(b._id) : new Map<string, string[]>();
    const add = plan.add.map((h) => ({ ...h, members: members.get(h.room) ?? [] }));
    await writeHouseholdSync({ add, remove: plan.remove }, { ...b, gridId: b.gridId, communityId: b.communityId });
  }
  return { created: plan.add.length, removed: plan.remove.length, kept: plan.kept };
}
