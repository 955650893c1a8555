/** 志愿活动: community staff create them; the community's members and staff list and open them. */
import { type Activity, DAY, DomainError, PAGE_SIZE, type Payload, type ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { activitiesOf, getSignup, insertActivity } from '../../shared/repo/party-activities';
import { randomId } from '../../shared/ticket-ids';
import { checkText } from '../../shared/security';
import { newCodeKey } from './code';
import { activityView } from './present';
import { activityAt } from './scope';

/** An activity is a sitting, not a season: a day at most, so a check-in window means something. */
const MAX_LENGTH = DAY;

function windowRefused(p: Payload<'party', 'createActivity'>, now: number): string | null {
  if (p.endAt <= p.startAt) return '结束时间须晚于开始时间';
  if (p.endAt <= now) return '结束时间已过，请重新设置';
  if (p.endAt - p.startAt > MAX_LENGTH) return '一次活动不能超过 24 小时';
  if (p.hours * 3_600_000 > p.endAt - p.startAt) return '计划服务时长不能超过活动时长';
  return null;
}

export async function createActivity(
  p: Payload<'party', 'createActivity'>,
  ctx: ScopedContext<'party', 'createActivity'>,
): Promise<ResultOf<'party', 'createActivity'>> {
  const why = windowRefused(p, ctx.now);
  if (why) throw new DomainError('PARTY.BAD_WINDOW', why);
  await checkText(ctx.openid, [p.title, p.description, p.place.name], 1);
  const community = ctx.target;
  const a: Activity = {
    _id: randomId(20),
    communityId: community._id,
    streetId: community.streetId,
    orgPath: community.path,
    title: p.title,
    category: p.category,
    ...(p.description ? { description: p.description } : {}),
    startAt: p.startAt,
    endAt: p.endAt,
    place: p.place,
    capacity: p.capacity,
    hours: p.hours,
    signedUp: 0,
    status: 'open',
    createdBy: ctx.openid,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    codeKey: newCodeKey(),
  };
  const result = activityView(a, ctx.now);
  await insertActivity(a, ctx.record(result));
  return result;
}

export async function activities(
  p: Payload<'party', 'activities'>,
  ctx: ScopedContext<'party', 'activities'>,
): Promise<ResultOf<'party', 'activities'>> {
  const page = await activitiesOf(p.communityId, p.list, ctx.now, p.cursor, PAGE_SIZE);
  return { ...page, items: page.items.map((a) => activityView(a, ctx.now)) };
}

export async function activity(
  p: Payload<'party', 'activity'>,
  ctx: ScopedContext<'party', 'activity'>,
): Promise<ResultOf<'party', 'activity'>> {
  const a = await activityAt(p.communityId, p.activityId);
  return activityView(a, ctx.now, await getSignup(a._id, ctx.openid));
}
