/** Households: a grid's list, one household with its history and linked tickets, a room added on the spot. */
import { DomainError, type Household, householdPath, PAGE_SIZE, type Payload, type ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { getNode, nodesByIds } from '../../shared/repo/org';
import {
  getHousehold,
  getVisitCounter,
  householdsOfGrid,
  insertHousehold,
  visitsOfHousehold,
} from '../../shared/repo/visits';
import { randomId } from '../../shared/ticket-ids';
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
  const h: Household = {
    _id: randomId(20),
    buildingId: b._id,
    gridId: b.gridId,
    communityId: b.communityId,
    streetId: b.streetId,
    orgPath: householdPath(b),
    room: p.room,
    members: [],
    tags: p.tags,
    pairedWith: [],
    createdAt: ctx.now,
    createdBy: caller.openid,
  };
  const why = householdRefusal(ctx.grants, caller.openid, h);
  if (why) throw new DomainError(why);
  const answer = { id: h._id };
  await insertHousehold(h, ctx.record(answer));
  return answer;
}
