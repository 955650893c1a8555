/**
 * The caller's home as the 附议 rule reads it (types/ticket-transitions.ts nearHome): their bound
 * building, its community and the building's centre. Read once per request (the permissions check and
 * the transition both ask), and only for the actions that need it.
 */
import type { Home } from '@lx/types';
import type { Caller } from './caller';
import { getNode } from './repo/org';

const homes = new WeakMap<Caller, Promise<Home | undefined>>();

async function read(caller: Caller): Promise<Home | undefined> {
  const a = caller.user.address;
  if (!a) return undefined;
  const b = await getNode(a.buildingId);
  return { buildingId: a.buildingId, communityId: a.communityId, ...(b?.center ? { center: b.center } : {}) };
}

export function homeOf(caller: Caller): Promise<Home | undefined> {
  let home = homes.get(caller);
  if (!home) homes.set(caller, (home = read(caller)));
  return home;
}
