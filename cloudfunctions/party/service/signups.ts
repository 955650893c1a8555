/**
 * Sign-up and cancellation (a place taken or given back in the activity's count, never past its
 * capacity), and the organiser's roster.
 */
import {
  type Activity,
  cancelRefusal,
  DomainError,
  type Payload,
  type ResultOf,
  type Signup,
  signupId,
  signUpRefusal,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { movePlace, rosterOf } from '../../shared/repo/party-activities';
import { activityView, signupView } from './present';
import { activityAt, displayName } from './scope';

/** Read in the transaction: an activity of another community is not found (scope.ts activityAt). */
const ofCommunity = (a: Activity, communityId: string) => {
  if (a.communityId !== communityId) throw new DomainError('PARTY.ACTIVITY_NOT_FOUND');
};
const refuse = (code: ReturnType<typeof signUpRefusal>) => {
  if (code) throw new DomainError(code);
};

export async function signUp(
  p: Payload<'party', 'signUp'>,
  ctx: ScopedContext<'party', 'signUp'>,
): Promise<ResultOf<'party', 'signUp'>> {
  const caller = await ctx.caller();
  const { activity: a } = await movePlace(
    p.activityId,
    ctx.openid,
    (a, s) => {
      ofCommunity(a, p.communityId);
      refuse(signUpRefusal(a, s, ctx.now));
      const signup: Signup = {
        _id: signupId(a._id, ctx.openid),
        activityId: a._id,
        communityId: a.communityId,
        userId: ctx.openid,
        name: displayName(caller.user),
        status: 'signedUp',
        signedUpAt: ctx.now,
        startAt: a.startAt,
        // a cancelled sign-up taken again keeps its wrong codes: cancelling is no way round the lock
        wrongCodes: s?.wrongCodes ?? 0,
      };
      return { signup, delta: 1 };
    },
    ctx.record(),
  );
  return { activityId: a._id, signedUp: a.signedUp, capacity: a.capacity };
}

export async function cancelSignUp(
  p: Payload<'party', 'cancelSignUp'>,
  ctx: ScopedContext<'party', 'cancelSignUp'>,
): Promise<ResultOf<'party', 'cancelSignUp'>> {
  const { activity: a } = await movePlace(
    p.activityId,
    ctx.openid,
    (a, s) => {
      ofCommunity(a, p.communityId);
      refuse(cancelRefusal(s));
      return { signup: { ...s!, status: 'cancelled', cancelledAt: ctx.now }, delta: -1 };
    },
    ctx.record(),
  );
  return { activityId: a._id, signedUp: a.signedUp, capacity: a.capacity };
}

export async function roster(
  p: Payload<'party', 'roster'>,
  ctx: ScopedContext<'party', 'roster'>,
): Promise<ResultOf<'party', 'roster'>> {
  const a = await activityAt(p.communityId, p.activityId);
  const signups = (await rosterOf(a._id)).map(signupView);
  const held = signups.filter((s) => s.state !== 'cancelled');
  return {
    activity: activityView(a, ctx.now),
    signups,
    counts: {
      signedUp: held.length,
      checkedIn: held.filter((s) => s.state === 'checkedIn' || s.state === 'checkedOut').length,
      checkedOut: held.filter((s) => s.state === 'checkedOut').length,
    },
  };
}
