/** The visitor's due list, an ad hoc visit started on a household, one visit for the step screen. */
import { DomainError, dueBucket, PAGE_SIZE, type Payload, type ResultOf, newVisit } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { dueVisits, getHousehold, getVisit, insertVisit } from '../../shared/repo/visits';
import { randomId } from '../../shared/ticket-ids';
import { visitView } from '../present';
import { householdRefusal, visitRefusal } from '../scope';

export async function due(
  p: Payload<'visits', 'due'>,
  ctx: ScopedContext<'visits', 'due'>,
): Promise<ResultOf<'visits', 'due'>> {
  const caller = await ctx.caller();
  // ascending due time is the order asked for: overdue, then due today, then the rest
  const page = await dueVisits(caller.openid, p.cursor, PAGE_SIZE);
  const viewer = { id: caller.openid, grants: ctx.grants };
  return {
    ...page,
    items: page.items.map((v) => ({ visit: visitView(v, viewer), bucket: dueBucket(v.dueAt, ctx.now) })),
  };
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
