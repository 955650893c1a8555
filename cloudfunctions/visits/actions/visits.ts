/**
 * The visitor's due list, the community's (street's, grid's) overdue and today's visits of its
 * grids, an ad hoc visit started on a household, one visit for the step screen.
 */
import {
  DomainError,
  dueBucket,
  gridDueWindow,
  newVisit,
  type OrgNode,
  PAGE_SIZE,
  type Payload,
  type ResultOf,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import {
  dueVisits,
  getHousehold,
  getVisit,
  insertVisit,
  type OrgScope,
  orgDueVisits,
  visitorNames,
} from '../../shared/repo/visits';
import { randomId } from '../../shared/ticket-ids';
import { visitView } from '../present';
import { householdRefusal, visitRefusal } from '../scope';

export async function due(
  p: Payload<'visits', 'due'>,
  ctx: ScopedContext<'visits', 'due'>,
): Promise<ResultOf<'visits', 'due'>> {
  const caller = await ctx.caller();
  // ascending due time is the order asked for: overdue, then due today, then the rest
  const page = await dueVisits(caller.openid, p.kind, p.cursor, PAGE_SIZE);
  const viewer = { id: caller.openid, grants: ctx.grants };
  return {
    ...page,
    items: page.items.map((v) => ({ visit: visitView(v, viewer), bucket: dueBucket(v.dueAt, ctx.now) })),
  };
}

const scopeOf = (n: OrgNode): OrgScope =>
  n.type === 'street' ? { streetId: n._id } : n.type === 'community' ? { communityId: n._id } : { gridId: n._id };

/**
 * A node's open visits past their day or due today, whoever their visitor (the table let the caller in
 * on the node: a grant covers it); notes masked as every visit view masks them.
 */
export async function gridDue(
  p: Payload<'visits', 'gridDue'>,
  ctx: ScopedContext<'visits', 'gridDue'>,
): Promise<ResultOf<'visits', 'gridDue'>> {
  const caller = await ctx.caller();
  const window = { ...gridDueWindow(p.bucket, ctx.now), kind: p.kind };
  const page = await orgDueVisits(scopeOf(ctx.target), window, p.cursor, PAGE_SIZE);
  const names = await visitorNames(page.items.map((v) => v.visitorId));
  const viewer = { id: caller.openid, grants: ctx.grants };
  const items = page.items.map((v) => ({
    visit: visitView(v, viewer),
    bucket: dueBucket(v.dueAt, ctx.now),
    visitorName: names.get(v.visitorId) ?? '',
  }));
  return { ...page, items };
}

export async function start(
  p: Payload<'visits', 'start'>,
  ctx: ScopedContext<'visits', 'start'>,
): Promise<ResultOf<'visits', 'start'>> {
  const caller = await ctx.caller();
  const h = await getHousehold(p.householdId);
  if (!h) throw new DomainError('VISIT.HOUSEHOLD_NOT_FOUND');
  const why = householdRefusal(ctx.grants, caller.openid, h);
  if (why) throw new DomainError(why);
  const v = newVisit(h, { id: randomId(20), visitorId: caller.openid, source: 'adhoc', dueAt: ctx.now, now: ctx.now });
  const answer = { visitId: v._id };
  await insertVisit(v, ctx.record(answer));
  return answer;
}

export async function visit(
  p: Payload<'visits', 'visit'>,
  ctx: ScopedContext<'visits', 'visit'>,
): Promise<ResultOf<'visits', 'visit'>> {
  const caller = await ctx.caller();
  const v = await getVisit(p.id);
  if (!v) throw new DomainError('VISIT.NOT_FOUND');
  const why = visitRefusal(ctx.grants, caller.openid, v);
  if (why) throw new DomainError(why);
  return visitView(v, { id: caller.openid, grants: ctx.grants });
}
