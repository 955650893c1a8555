/**
 * Party members' service (PRODUCT.md, Party members): 志愿活动 with sign-up, check-in (签到) by the
 * organiser's rotating code or by location inside the radius, check-out and hours; 微心愿 in three
 * orders (三单制: 居民点单 → 社区下单 → 党员接单), completed by the member and confirmed by the
 * resident. The points they earn are types/party-points.ts.
 * Pure: no I/O (the code's HMAC is computed by the server: cloudfunctions/party/service/code.ts).
 */
import type { ErrorCode } from './errors';
import { metresBetween } from './geo';
import type { GeoPoint } from './org';
import type { PostCategory } from './party-members';
import { HOUR, inChina, MINUTE } from './time';

// ---- 志愿活动
export const ACTIVITY_TITLE_MAX = 40;
export const ACTIVITY_MAX_CAPACITY = 1000;
export const ACTIVITY_MAX_HOURS = 12;
export const RADIUS_MIN_M = 50;
export const RADIUS_MAX_M = 2000;
/** check-in opens this long before the start (people arrive early), and closes at the end */
export const CHECKIN_OPENS_BEFORE = 30 * MINUTE;
/** check-out is the member's until this long after the end; later the organiser confirms the hours */
export const CHECKOUT_GRACE = 2 * HOUR;
/** wrong codes a member may type for one activity before only the organiser can confirm them */
export const MAX_WRONG_CODES = 10;

export interface ActivityPlace {
  name: string;
  point: GeoPoint;
  /** metres around the point where a location check-in counts */
  radiusM: number;
}

export type ActivityStatus = 'open' | 'cancelled';

export interface Activity {
  _id: string;
  communityId: string;
  streetId: string;
  /** street → community: what the handlers check the caller's grants against */
  orgPath: string[];
  title: string;
  category: PostCategory;
  description?: string;
  startAt: number;
  endAt: number;
  place: ActivityPlace;
  capacity: number;
  /** the hours an attendance credits at most */
  hours: number;
  /** sign-ups held now (cancelled ones give their place back); never above capacity */
  signedUp: number;
  status: ActivityStatus;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  /**
   * The key the rotating check-in codes are signed with: random per activity, made at its creation,
   * never sent to a client (activityView leaves it out). No shared secret to configure or to leak.
   */
  codeKey: string;
}

export type CheckInMethod = 'code' | 'location';
export type SignupStatus = 'signedUp' | 'cancelled';

/** A member's place in an activity: `_id` is signupId(activityId, userId), one per member. */
export interface Signup {
  _id: string;
  activityId: string;
  communityId: string;
  userId: string;
  /** the member's name as the roster shows it */
  name: string;
  status: SignupStatus;
  signedUpAt: number;
  cancelledAt?: number;
  /** the activity's start (a member's own list is ordered by it) */
  startAt: number;
  checkIn?: { at: number; method: CheckInMethod; point?: GeoPoint; distanceM?: number };
  checkOutAt?: number;
  /** wrong codes typed so far (MAX_WRONG_CODES) */
  wrongCodes: number;
  /** the minutes credited to the ledger, and by what */
  minutes?: number;
  creditedBy?: 'checkout' | 'organiser';
  creditedAt?: number;
}

export const signupId = (activityId: string, userId: string): string => `${activityId}|${userId}`;

export const SIGNUP_STATE_LABELS = {
  signedUp: '已报名',
  checkedIn: '已签到',
  checkedOut: '已签退',
  cancelled: '已取消',
} as const;
export type SignupState = keyof typeof SIGNUP_STATE_LABELS;
export const signupState = (s: Signup): SignupState =>
  s.status === 'cancelled' ? 'cancelled' : s.checkOutAt ? 'checkedOut' : s.checkIn ? 'checkedIn' : 'signedUp';

export type ActivityPhase = 'upcoming' | 'checkInOpen' | 'ended';
export const activityPhase = (a: Pick<Activity, 'startAt' | 'endAt'>, now: number): ActivityPhase =>
  now < a.startAt - CHECKIN_OPENS_BEFORE ? 'upcoming' : now <= a.endAt ? 'checkInOpen' : 'ended';

/** Why a sign-up is refused (null: it may take a place). */
export function signUpRefusal(a: Activity, existing: Signup | null, now: number): ErrorCode | null {
  if (a.status !== 'open') return 'PARTY.ACTIVITY_CANCELLED';
  if (now > a.endAt) return 'PARTY.ACTIVITY_ENDED';
  if (existing?.status === 'signedUp') return 'PARTY.ALREADY_SIGNED_UP';
  if (a.signedUp >= a.capacity) return 'PARTY.ACTIVITY_FULL';
  return null;
}

/** Why a cancellation is refused: a member who has checked in has attended. */
export function cancelRefusal(s: Signup | null): ErrorCode | null {
  if (!s || s.status !== 'signedUp') return 'PARTY.NOT_SIGNED_UP';
  return s.checkIn ? 'PARTY.ALREADY_CHECKED_IN' : null;
}

const hhmm = (ms: number) => inChina(ms).format('HH:mm');

export interface Refusal {
  code: ErrorCode;
  /** a message that says more than the code's default (the window, the distance) */
  message?: string;
}

/** The window: opens CHECKIN_OPENS_BEFORE the start, closes at the end (China time in the message). */
export function windowRefusal(a: Pick<Activity, 'startAt' | 'endAt' | 'status'>, now: number): Refusal | null {
  if (a.status !== 'open') return { code: 'PARTY.ACTIVITY_CANCELLED' };
  const opens = a.startAt - CHECKIN_OPENS_BEFORE;
  if (now < opens) return { code: 'PARTY.OUTSIDE_WINDOW', message: `签到尚未开始，请在 ${hhmm(opens)} 后签到` };
  if (now > a.endAt) return { code: 'PARTY.OUTSIDE_WINDOW', message: `活动已于 ${hhmm(a.endAt)} 结束，不能再签到` };
  return null;
}

/** Inside the radius (the one geometry module); the distance is kept with the check-in. */
export function radiusRefusal(place: ActivityPlace, p: GeoPoint): { distanceM: number; refusal: Refusal | null } {
  const distanceM = Math.round(metresBetween(place.point, p));
  if (distanceM <= place.radiusM) return { distanceM, refusal: null };
  return {
    distanceM,
    refusal: {
      code: 'PARTY.OUT_OF_RADIUS',
      message: `您距活动地点约 ${distanceM} 米，超出签到范围（${place.radiusM} 米内），请到现场后再签到`,
    },
  };
}

/** Why a signed-up member's check-in is refused once the evidence holds (null: check in). */
export function signupCheckInRefusal(s: Signup | null): ErrorCode | null {
  if (!s || s.status !== 'signedUp') return 'PARTY.NOT_SIGNED_UP';
  if (s.checkIn) return 'PARTY.ALREADY_CHECKED_IN';
  if (s.wrongCodes >= MAX_WRONG_CODES) return 'PARTY.CODE_LOCKED';
  return null;
}

export function checkOutRefusal(a: Activity, s: Signup | null, now: number): ErrorCode | null {
  if (!s || s.status !== 'signedUp') return 'PARTY.NOT_SIGNED_UP';
  if (!s.checkIn) return 'PARTY.NOT_CHECKED_IN';
  if (s.checkOutAt || s.creditedBy) return 'PARTY.ALREADY_CHECKED_OUT';
  if (now > a.endAt + CHECKOUT_GRACE) return 'PARTY.CHECKOUT_CLOSED';
  return null;
}

/** Hours are the actual time, capped at the planned hours (whole minutes). */
export const creditedMinutes = (a: Pick<Activity, 'hours'>, checkInAt: number, checkOutAt: number): number =>
  Math.max(0, Math.min(Math.floor((checkOutAt - checkInAt) / MINUTE), Math.round(a.hours * 60)));

// ---- the rotating code
/** A code belongs to one slot of this length; the current and the previous slot's codes are accepted. */
export const CODE_SLOT_MS = 30_000;
/** Codes of slots this far back are told apart as expired (rather than forged). */
export const CODE_EXPIRED_LOOKBACK_SLOTS = 20;
export const CODE_DIGITS = 6;
export const codeSlot = (now: number): number => Math.floor(now / CODE_SLOT_MS);
/** The current code is good until the end of the next slot (30–60 s): about a minute. */
export const codeValidUntil = (now: number): number => (codeSlot(now) + 2) * CODE_SLOT_MS;

/** What the organiser's QR holds; the member's scan hands it back whole, or the six digits are typed. */
export const CHECKIN_QR_PREFIX = 'lxparty:checkin:';
export const checkInQrText = (activityId: string, code: string): string => `${CHECKIN_QR_PREFIX}${activityId}:${code}`;
/** A scanned text or typed digits → the code (and the activity the QR names, if it is one). */
export function parseCheckInCode(text: string): { activityId?: string; code: string } | null {
  const t = text.trim();
  if (/^\d{6}$/.test(t)) return { code: t };
  if (!t.startsWith(CHECKIN_QR_PREFIX)) return null;
  const rest = t.slice(CHECKIN_QR_PREFIX.length);
  const i = rest.lastIndexOf(':');
  const code = rest.slice(i + 1);
  return i > 0 && /^\d{6}$/.test(code) ? { activityId: rest.slice(0, i), code } : null;
}

// ---- 微心愿 (三单制)
export const WISH_STATUSES = ['posted', 'approved', 'rejected', 'claimed', 'completed', 'confirmed'] as const;
export type WishStatus = (typeof WISH_STATUSES)[number];
export const WISH_STATUS_LABELS: Record<WishStatus, string> = {
  posted: '待审核',
  approved: '待认领',
  rejected: '未通过',
  claimed: '已认领',
  completed: '待确认',
  confirmed: '已完成',
};
/** Closed: nothing more happens to it, and nobody edits it. */
export const CLOSED_WISH_STATUSES: readonly WishStatus[] = ['rejected', 'confirmed'];
export const isWishClosed = (s: WishStatus): boolean => CLOSED_WISH_STATUSES.includes(s);
export const MAX_WISH_PHOTOS = 3;

export type WishAction = 'edit' | 'approve' | 'reject' | 'claim' | 'complete' | 'confirm';
/** Who does each step, and from which state: the wish's transition table. */
export const WISH_TRANSITIONS: Record<WishAction, { from: readonly WishStatus[]; to: WishStatus; by: string }> = {
  edit: { from: ['posted'], to: 'posted', by: 'resident' },
  approve: { from: ['posted'], to: 'approved', by: 'communityStaff' },
  reject: { from: ['posted'], to: 'rejected', by: 'communityStaff' },
  claim: { from: ['approved'], to: 'claimed', by: 'partyMember' },
  complete: { from: ['claimed'], to: 'completed', by: 'claimer' },
  confirm: { from: ['completed'], to: 'confirmed', by: 'resident' },
};

export interface WishEvent {
  action: 'post' | WishAction;
  by: string;
  at: number;
  note?: string;
}

export interface Wish {
  _id: string;
  communityId: string;
  streetId: string;
  orgPath: string[];
  residentId: string;
  title: string;
  detail: string;
  status: WishStatus;
  createdAt: number;
  updatedAt: number;
  rejectReason?: string;
  claimerId?: string;
  claimerName?: string;
  claimedAt?: number;
  completion?: { note?: string; photos: string[]; photoReviews?: { fileId: string; traceId: string }[]; at: number };
  confirmedAt?: number;
  history: WishEvent[];
}

/** Why a step on the wish is refused by its state (the caller's part is checked by the handler). */
export function wishRefusal(w: Wish, action: WishAction): ErrorCode | null {
  if (isWishClosed(w.status)) return 'PARTY.WISH_CLOSED';
  if (WISH_TRANSITIONS[action].from.includes(w.status)) return null;
  // a claim that lost the race finds it claimed: say so rather than "wrong state"
  if (action === 'claim' && w.status !== 'posted') return 'PARTY.WISH_TAKEN';
  return 'PARTY.WISH_BAD_STATE';
}

/** The wish after a step (history appended; nothing in it is ever removed). */
export function applyWish(w: Wish, action: WishAction, by: string, at: number, set: Partial<Wish> = {}): Wish {
  const note = set.rejectReason ?? set.completion?.note;
  return {
    ...w,
    ...set,
    status: WISH_TRANSITIONS[action].to,
    updatedAt: at,
    history: [...w.history, { action, by, at, ...(note ? { note } : {}) }],
  };
}
