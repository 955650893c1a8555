/** What the service half's pages see of its documents. */
import {
  type Activity,
  activityPhase,
  type ActivityView,
  hoursOf,
  type PointEntry,
  type PointEntryView,
  POINT_RULES,
  type Signup,
  type SignupView,
  signupState,
  type Wish,
  WISH_STATUS_LABELS,
  type WishView,
} from '@lx/types';

export function signupView(s: Signup): SignupView {
  return {
    userId: s.userId,
    name: s.name,
    state: signupState(s),
    signedUpAt: s.signedUpAt,
    ...(s.checkIn ? { checkInAt: s.checkIn.at, checkInMethod: s.checkIn.method } : {}),
    ...(s.checkIn?.distanceM !== undefined ? { distanceM: s.checkIn.distanceM } : {}),
    ...(s.checkOutAt ? { checkOutAt: s.checkOutAt } : {}),
    ...(s.minutes !== undefined ? { hours: hoursOf(s.minutes) } : {}),
    ...(s.creditedBy ? { creditedBy: s.creditedBy } : {}),
  };
}

/** An activity as pages see it: never its code key (whoever holds it can make check-in codes). */
export function activityView(a: Activity, now: number, mine?: Signup | null): ActivityView {
  const { codeKey, ...shown } = a;
  void codeKey;
  return { ...shown, phase: activityPhase(a, now), ...(mine ? { mine: signupView(mine) } : {}) };
}

export const entryView = (e: PointEntry): PointEntryView => ({
  ...e,
  ruleLabel: POINT_RULES[e.rule].label,
  hours: hoursOf(e.minutes),
});

/** What the caller may do next, and the wish without the image checks' trace ids. */
export interface WishViewer {
  id: string;
  /** staff covering the wish's community */
  staff: boolean;
  /** holds partyMember at the wish's community */
  member: boolean;
}
/** `urls`: the completion photos' URLs to show (files.ts tempUrls); a list row carries none. */
export function wishView(w: Wish, v: WishViewer, urls: Record<string, string> = {}): WishView {
  const resident = w.residentId === v.id;
  const { history, completion, ...rest } = w;
  return {
    ...rest,
    statusLabel: WISH_STATUS_LABELS[w.status],
    can: {
      edit: resident && w.status === 'posted',
      review: v.staff && w.status === 'posted',
      claim: v.member && !resident && w.status === 'approved',
      complete: w.claimerId === v.id && w.status === 'claimed',
      confirm: resident && w.status === 'completed',
    },
    ...(completion
      ? {
          completion: {
            ...(completion.note ? { note: completion.note } : {}),
            photos: completion.photos.map((f) => urls[f] ?? f),
            at: completion.at,
          },
        }
      : {}),
    // who did each step is the resident's and staff's to see; others see the steps and times
    history: resident || v.staff ? history : history.map(({ action, at }) => ({ action, at, by: '' })),
  };
}
