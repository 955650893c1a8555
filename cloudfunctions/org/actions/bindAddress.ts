import { DomainError, type HomeAddress, type Me, type Payload, type User } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { getNode, getNodes } from '../../shared/repo/org';
import { setAddress } from '../../shared/repo/users';
import { householdOfRoom, moveMemberInTx } from '../../shared/repo/visits';
import { toMe } from './me';

/**
 * Binds (or changes) the caller's home to a building; the previous address stays in the history, and
 * the caller moves from the old room's household to the new room's (Household.members).
 */
export async function bindAddress(p: Payload<'org', 'bindAddress'>, ctx: ActionContext): Promise<Me> {
  const caller = await ctx.caller();
  const building = await getNode(p.buildingId);
  if (!building) throw new DomainError('ORG.NOT_FOUND');
  if (building.type !== 'building' || !building.communityId || !building.compoundId) {
    throw new DomainError('ORG.NOT_A_BUILDING');
  }
  const place = building.fullName ?? (await namesAlong(building.path.slice(1))).join(' ');
  const room = p.room?.trim() || undefined;
  const address: HomeAddress = {
    streetId: building.streetId,
    communityId: building.communityId,
    compoundId: building.compoundId,
    buildingId: building._id,
    // an unmapped building still binds: its tickets go to the community's triage queue
    ...(building.gridId ? { gridId: building.gridId } : {}),
    ...(room ? { room } : {}),
    text: room ? `${place} ${room}` : place,
    boundAt: ctx.now,
  };
  return toMe(await setAddress(caller.user, address, ctx.now, await householdMove(caller.user, building._id, room)));
}

/** The room's household lists its residents (issue 12): left and joined in the address's own write. */
async function householdMove(user: User, buildingId: string, room: string | undefined) {
  const old = user.address;
  const [from, to] = await Promise.all([
    old?.room ? householdOfRoom(old.buildingId, old.room) : null,
    room ? householdOfRoom(buildingId, room) : null,
  ]);
  return moveMemberInTx(user._id, from?._id ?? null, to?._id ?? null);
}

async function namesAlong(path: string[]): Promise<string[]> {
  const byId = new Map((await getNodes(path)).map((n) => [n._id, n.name]));
  return path.map((id) => byId.get(id) ?? '');
}
