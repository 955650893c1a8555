/**
 * 签到 and 签退. The organiser's phone shows the rotating code (checkInCode); the member types or scans
 * it, or checks in by location inside the radius, within the window (CHECKIN_OPENS_BEFORE the start
 * to the end). A check-in is the caller, the activity and one conditional update of the sign-up: the
 * refusals that need the sign-up (not signed up, a second check-in, locked out) read it only then.
 * Check-out credits the actual time capped at the planned hours; the organiser may confirm or adjust
 * it instead (a change after the credit is a correction entry: the ledger is never edited).
 */
import {
  activityPoints,
  checkInQrText,
  checkOutRefusal,
  codeSlot,
  codeValidUntil,
  creditedMinutes,
  DomainError,
  earnedEntry,
  type ErrorCode,
  entryId,
  hoursOf,
  parseCheckInCode,
  type Payload,
  type PointEntry,
  radiusRefusal,
  type ResultOf,
  type Signup,
  signupCheckInRefusal,
  windowRefusal,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { countWrongCode, creditSignup, markCheckIn } from '../../shared/repo/party-activities';
import { getTotals } from '../../shared/repo/party-points';
import { randomId } from '../../shared/ticket-ids';
import { codeFor, judgeCode } from './code';
import { entryView } from './present';
import { activityAt } from './scope';

const fail = (code: ErrorCode, message?: string): never => {
  throw new DomainError(code, message);
};

/** The activity, inside its check-in window (the code is shown, and taken, only then). */
async function openAt(p: { communityId: string; activityId: string }, now: number) {
  const a = await activityAt(p.communityId, p.activityId);
  const closed = windowRefusal(a, now);
  if (closed) fail(closed.code, closed.message);
  return a;
}

export async function checkInCode(
  p: Payload<'party', 'checkInCode'>,
  ctx: ScopedContext<'party', 'checkInCode'>,
): Promise<ResultOf<'party', 'checkInCode'>> {
  const a = await openAt(p, ctx.now);
  const code = codeFor(a, codeSlot(ctx.now));
  return { code, qrText: checkInQrText(a._id, code), validUntil: codeValidUntil(ctx.now), serverNow: ctx.now };
}

export async function checkIn(
  p: Payload<'party', 'checkIn'>,
  ctx: ScopedContext<'party', 'checkIn'>,
): Promise<ResultOf<'party', 'checkIn'>> {
  const a = await openAt(p, ctx.now);
  let evidence: NonNullable<Signup['checkIn']>;
  if (p.method === 'location') {
    const { distanceM, refusal } = radiusRefusal(a.place, p.point);
    if (refusal) fail(refusal.code, refusal.message);
    evidence = { at: ctx.now, method: 'location', point: p.point, distanceM };
  } else {
    const parsed = parseCheckInCode(p.code);
    if (!parsed) fail('PARTY.CODE_INVALID');
    if (parsed!.activityId && parsed!.activityId !== a._id) fail('PARTY.WRONG_ACTIVITY');
    const verdict = judgeCode(a, parsed!.code, ctx.now);
    if (verdict !== 'ok') {
      // a wrong code counts against the member's sign-up, so guessing locks itself out
      const why = await countWrongCode(a._id, ctx.openid, signupCheckInRefusal);
      fail(why ?? (verdict === 'expired' ? 'PARTY.CODE_EXPIRED' : 'PARTY.CODE_INVALID'));
    }
    evidence = { at: ctx.now, method: 'code' };
  }
  const why = await markCheckIn(a._id, ctx.openid, evidence, signupCheckInRefusal);
  if (why) fail(why);
  return {
    activityId: a._id,
    at: ctx.now,
    method: evidence.method,
    ...(evidence.distanceM !== undefined ? { distanceM: evidence.distanceM } : {}),
  };
}

export async function checkOut(
  p: Payload<'party', 'checkOut'>,
  ctx: ScopedContext<'party', 'checkOut'>,
): Promise<ResultOf<'party', 'checkOut'>> {
  const a = await activityAt(p.communityId, p.activityId);
  const out = await creditSignup(a._id, ctx.openid, (s) => {
    const why = checkOutRefusal(a, s, ctx.now);
    if (why) fail(why);
    const minutes = creditedMinutes(a, s!.checkIn!.at, ctx.now);
    const entry = earnedEntry('activityHours', {
      userId: ctx.openid,
      communityId: a.communityId,
      sourceId: a._id,
      at: ctx.now,
      by: ctx.openid,
      minutes,
      note: a.title,
    });
    const signup: Signup = { ...s!, checkOutAt: ctx.now, minutes, creditedBy: 'checkout', creditedAt: ctx.now };
    return { signup, entries: [entry] };
  });
  const entry = out.entries[0];
  const totals = await getTotals(a.communityId, ctx.openid);
  if (!totals) throw new DomainError('COMMON.CONFLICT');
  return { activityId: a._id, checkOutAt: ctx.now, hours: hoursOf(entry.minutes), points: entry.points, totals };
}

/** The organiser's hours for a member: the credit, or the difference from an earlier one as a correction. */
function confirmed(
  s: Signup,
  minutes: number,
  by: string,
  now: number,
  a: { _id: string; communityId: string; title: string },
): PointEntry[] {
  if (s.minutes === undefined) {
    if (minutes === 0) return [];
    return [
      earnedEntry('activityHours', {
        userId: s.userId,
        communityId: a.communityId,
        sourceId: a._id,
        at: now,
        by,
        minutes,
        note: a.title,
      }),
    ];
  }
  if (s.minutes === minutes) return [];
  return [
    {
      _id: `correction|${randomId(16)}`,
      userId: s.userId,
      communityId: a.communityId,
      rule: 'correction',
      source: { kind: 'correction', id: a._id },
      points: activityPoints(minutes) - activityPoints(s.minutes),
      minutes: minutes - s.minutes,
      at: now,
      by,
      note: `组织者确认服务时长 ${hoursOf(minutes)} 小时（${a.title}）`,
      corrects: entryId('activityHours', a._id, s.userId),
    },
  ];
}

export async function confirmHours(
  p: Payload<'party', 'confirmHours'>,
  ctx: ScopedContext<'party', 'confirmHours'>,
): Promise<ResultOf<'party', 'confirmHours'>> {
  const a = await activityAt(p.communityId, p.activityId);
  if (p.hours > a.hours) fail('PARTY.HOURS_OVER_PLAN', `确认的时长不能超过活动计划时长 ${a.hours} 小时`);
  if (ctx.now < a.startAt) fail('PARTY.OUTSIDE_WINDOW', '活动尚未开始，不能确认服务时长');
  const minutes = Math.round(p.hours * 60);
  const out = await creditSignup(a._id, p.userId, (s) => {
    if (!s || s.status !== 'signedUp') fail('PARTY.NOT_SIGNED_UP', '该党员未报名此活动');
    const entries = confirmed(s!, minutes, ctx.openid, ctx.now, a);
    return { signup: { ...s!, minutes, creditedBy: 'organiser', creditedAt: ctx.now }, entries };
  });
  return { activityId: a._id, userId: p.userId, hours: hoursOf(minutes), entries: out.entries.map(entryView) };
}
