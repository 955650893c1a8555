/** Households: a grid's list, one household with its history and linked tickets, a room added on the spot. */
import { DomainError, PAGE_SIZE, type Payload, type ResultOf, roomHousehold } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { getNode, nodesByIds } from '../../shared/repo/org';
import {
  getHousehold,
  getVisitCounter,
  householdsOfGrid,
  insertHousehold,
  roomMembers,
  visitsOfHousehold,
} from '../../shared/repo/visits';
import { householdView, visitView } from '../present';
import { householdRefusal } from '../scope';

const HISTORY = 20;

export async function households(
  p: Payload<'visits', 'households'>,
  ctx: ScopedContext<'visits', 'households'>,
): Promise<ResultOf<'visits', 'households'>> {
  const [page, counter] = await Promise.all([
    householdsOfGrid(p.gridId, p.cursor, PAGE_SIZE),
    getVisitCounter(p.gridId),
  ]);
  const names = await nodesByIds([...new Set(page.items.map((h) => h.buildingId))]);
  const viewer = { id: (await ctx.caller()).openid, grants: ctx.grants };
  return {
    ...page,
    items: page.items.map((h) => householdView(h, viewer, names.get(h.buildingId)?.name ?? '', counter?.last[h._id])),
  };
}

export async function household(
  p: Payload<'visits', 'household'>,
  ctx: ScopedContext<'visits', 'household'>,
): Promise<ResultOf<'visits', 'household'>> {
  const caller = await ctx.caller();
  const h = await getHousehold(p.id);
  if (!h) throw new DomainError('VISIT.HOUSEHOLD_NOT_FOUND');
  const why = householdRefusal(ctx.grants, caller.openid, h);
  if (why) throw new DomainError(why);
  const [history, counter, names] = await Promise.all([
    visitsOfHousehold(h._id, HISTORY),
    getVisitCounter(h.gridId),
    nodesByIds([h.buildingId]),
  ]);
  const viewer = { id: caller.openid, grants: ctx.grants };
  const tickets = history.items.flatMap((v) =>
    v.concerns.flatMap((c, concern) => (c.ticketId ? [{ id: c.ticketId, visitId: v._id, concern }] : [])),
  );
  return {
    household: householdView(h, viewer, names.get(h.buildingId)?.name ?? '', counter?.last[h._id]),
    visits: history.items.map((v) => visitView(v, viewer)),
    tickets,
  };
}

export async function createHousehold(
  p: Payload<'visits', 'createHousehold'>,
  ctx: ScopedContext<'visits', 'createHousehold'>,
): Promise<ResultOf<'visits', 'createHousehold'>> {
  const caller = await ctx.caller();
  const b = await getNode(p.buildingId);
  if (!b || b.type !== 'building' || !b.gridId || !b.communityId) throw new DomainError('ORG.NOT_A_BUILDING');
  const at = { ...b, gridId: b.gridId, communityId: b.communityId };
  // the room's one id (an import finds it) and who made it on the spot (an import never removes it)
  const made = { ...roomHousehold(at, p.room, { now: ctx.now, tags: p.tags }), createdBy: caller.openid };
  const why = householdRefusal(ctx.grants, caller.openid, made);
  if (why) throw new DomainError(why);
  // the residents already bound to the room are its members
  const h = { ...made, members: (await roomMembers(b._id)).get(p.room) ?? [] };
  const answer = { id: h._id };
  await insertHousehold(h, ctx.record(answer));
  return answer;
}
