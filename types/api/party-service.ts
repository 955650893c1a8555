/**
 * The `party` function, service half (owner P2): activities (sign-up, rotating-code or location
 * check-in, check-out, hours), 微心愿 (三单制) and the points ledger (totals, leaderboard).
 *
 * Who may call, in the table's words (the members half's vocabulary, api/party-members.ts):
 * - every action on an activity names its community (`communityId`) beside the activity; the handler
 *   refuses an activity of another community as not found, so the table's scope is the activity's;
 * - community staff (street staff and admins above them) create activities, read the roster, show the
 *   rotating code, confirm hours, review wishes and correct points: `covers` the communityId;
 * - a member signs up, checks in and out, claims and completes wishes only at a community they hold
 *   the partyMember grant at: `holds` on communityId (nothing is read), so a member of another
 *   community is AUTH.OUT_OF_SCOPE;
 * - a resident posts a wish to their home community and edits or confirms their own (`signedIn`; the
 *   handler: PARTY.WISH_NOT_OWNER); a wish is opened by its resident, its community's staff and members.
 *
 * Walk-ins are not allowed: check-in needs a sign-up (PARTY.NOT_SIGNED_UP), so the capacity the
 * sign-up keeps is the attendance's too. `checkIn` takes no requestId: a second check-in is refused
 * (PARTY.ALREADY_CHECKED_IN) and changes nothing, and it stays at three database operations.
 */
import * as z from 'zod/mini';
import { GeoPoint } from '../org';
import type { AccessTable } from '../permissions';
import { POST_CATEGORIES } from '../party-members';
import type { MemberTotals, PointEntry, PointRule } from '../party-points';
import {
  ACTIVITY_MAX_CAPACITY,
  ACTIVITY_MAX_HOURS,
  ACTIVITY_TITLE_MAX,
  type Activity,
  type ActivityPhase,
  type CheckInMethod,
  MAX_WISH_PHOTOS,
  RADIUS_MAX_M,
  RADIUS_MIN_M,
  type SignupState,
  type Wish,
  WISH_STATUSES,
  type WishStatus,
} from '../party-service';
import { RequestId } from '../requests';
import type { Page } from '../ticket';
import { PARTY_READERS, PARTY_STAFF } from './party-members';
import { boundedNumber, cursor, FileIds, id, Instant, lineText, payloadObject, visibleText } from './common';

const communityId = id('社区');
const activityId = id('活动');
const wishId = id('微心愿');
const userId = id('党员');

const Hours = z.number('请填写服务时长').check(
  z.gt(0, '服务时长须大于 0 小时'),
  z.lte(ACTIVITY_MAX_HOURS, `服务时长不能超过 ${ACTIVITY_MAX_HOURS} 小时`),
  z.refine<number>((h) => Number.isInteger(h * 2), '服务时长以半小时为单位'),
);
/** confirmed by the organiser: 0 (did not attend) up to the activity's planned hours */
const ConfirmedHours = z.number('请填写确认的服务时长').check(
  z.gte(0, '服务时长不能小于 0 小时'),
  z.lte(ACTIVITY_MAX_HOURS, `服务时长不能超过 ${ACTIVITY_MAX_HOURS} 小时`),
  z.refine<number>((h) => Number.isInteger(h * 10), '服务时长最多保留一位小数'),
);

export const ActivityPlacePayload = z.object(
  {
    name: lineText('活动地点', 2, 60),
    point: GeoPoint,
    radiusM: boundedNumber('签到范围', RADIUS_MIN_M, RADIUS_MAX_M, ' 米'),
  },
  '请选择活动地点',
);

export const CreateActivityPayload = payloadObject({
  communityId,
  title: lineText('活动名称', 2, ACTIVITY_TITLE_MAX),
  category: z.enum(POST_CATEGORIES, '请选择服务类别'),
  description: z.optional(visibleText('活动说明', 0, 500)),
  startAt: Instant('开始时间'),
  endAt: Instant('结束时间'),
  place: ActivityPlacePayload,
  capacity: boundedNumber('报名人数上限', 1, ACTIVITY_MAX_CAPACITY, ' 人'),
  hours: Hours,
  requestId: RequestId,
});
export const ACTIVITY_LISTS = ['current', 'past'] as const;
export const ActivitiesPayload = payloadObject({
  communityId,
  /** current: not yet ended, soonest first; past: ended, latest first */
  list: z._default(z.enum(ACTIVITY_LISTS, '请选择活动列表'), 'current'),
  cursor,
});
const onActivity = { communityId, activityId };
export const ActivityPayload = payloadObject(onActivity);
export const SignUpPayload = payloadObject(onActivity);
export const CancelSignUpPayload = payloadObject(onActivity);
export const RosterPayload = payloadObject(onActivity);
export const CheckInCodePayload = payloadObject(onActivity);
export const CheckInPayload = z.discriminatedUnion(
  'method',
  [
    z.object({
      ...onActivity,
      method: z.literal('code'),
      /** the six digits typed, or the scanned QR's whole text (types/party-service.ts parseCheckInCode) */
      code: z.string('请输入签到码').check(z.minLength(1, '请输入签到码'), z.maxLength(200, '签到码无效')),
    }),
    z.object({ ...onActivity, method: z.literal('location'), point: GeoPoint }),
  ],
  '请选择签到方式',
);
export const CheckOutPayload = payloadObject(onActivity);
export const ConfirmHoursPayload = payloadObject({ ...onActivity, userId, hours: ConfirmedHours });

// ---- 微心愿
const wishText = { title: lineText('心愿标题', 2, 30), detail: visibleText('心愿内容', 5, 300) };
export const PostWishPayload = payloadObject({ ...wishText, requestId: RequestId });
export const EditWishPayload = payloadObject({ wishId, ...wishText });
export const MyWishesPayload = payloadObject({ cursor });
export const WishesPayload = payloadObject({
  communityId,
  /** staff: any state (default 待审核); members: 待认领, or `mine` (the ones they claimed) */
  status: z.optional(z.enum(WISH_STATUSES, '请选择心愿状态')),
  mine: z._default(z.boolean('请选择是否只看我认领的'), false),
  cursor,
});
export const WishPayload = payloadObject({ wishId });
export const ReviewWishPayload = z.discriminatedUnion(
  'decision',
  [
    z.object({ communityId, wishId, decision: z.literal('approve') }),
    z.object({ communityId, wishId, decision: z.literal('reject'), reason: visibleText('不通过原因', 2, 200) }),
  ],
  '请选择审核结果',
);
export const ClaimWishPayload = payloadObject({ communityId, wishId });
export const CompleteWishPayload = payloadObject({
  communityId,
  wishId,
  note: z.optional(visibleText('完成情况', 0, 300)),
  photos: FileIds(MAX_WISH_PHOTOS),
});
export const ConfirmWishPayload = payloadObject({ wishId });

// ---- 积分
export const LeaderboardPayload = payloadObject({
  communityId,
  size: z._default(boundedNumber('排行人数', 1, 50, ' 人'), 20),
});
export const MyPointsPayload = payloadObject({ communityId, cursor });
export const CorrectPointsPayload = payloadObject({
  communityId,
  userId,
  /** the entry it corrects, if it is one (kept with the correction; the entry itself never changes) */
  corrects: z.optional(id('积分记录')),
  points: z
    .int('更正的积分应为整数')
    .check(z.gte(-1000, '更正的积分不能小于 -1000'), z.lte(1000, '更正的积分不能超过 1000')),
  /** minutes of service added (negative: taken off) */
  minutes: z._default(
    z
      .int('更正的时长应为整数分钟')
      .check(z.gte(-720, '更正的时长不能小于 -720 分钟'), z.lte(720, '更正的时长不能超过 720 分钟')),
    0,
  ),
  reason: visibleText('更正原因', 2, 200),
  requestId: RequestId,
});

export const PARTY_SERVICE_ACTIONS = {
  createActivity: CreateActivityPayload,
  activities: ActivitiesPayload,
  activity: ActivityPayload,
  signUp: SignUpPayload,
  cancelSignUp: CancelSignUpPayload,
  roster: RosterPayload,
  checkInCode: CheckInCodePayload,
  checkIn: CheckInPayload,
  checkOut: CheckOutPayload,
  confirmHours: ConfirmHoursPayload,
  postWish: PostWishPayload,
  editWish: EditWishPayload,
  myWishes: MyWishesPayload,
  wishes: WishesPayload,
  wish: WishPayload,
  reviewWish: ReviewWishPayload,
  claimWish: ClaimWishPayload,
  completeWish: CompleteWishPayload,
  confirmWish: ConfirmWishPayload,
  leaderboard: LeaderboardPayload,
  myPoints: MyPointsPayload,
  correctPoints: CorrectPointsPayload,
} as const;

const community = { kind: 'org', field: 'communityId', types: ['community'] } as const;
const staffOf = { who: 'roles', roles: PARTY_STAFF, scope: { rule: 'covers', target: community } } as const;
const memberAt = { who: 'roles', roles: ['partyMember'], scope: { rule: 'holds', field: 'communityId' } } as const;
const readerOf = { who: 'roles', roles: PARTY_READERS, scope: { rule: 'covers', target: community } } as const;

export const PARTY_SERVICE_ACCESS = {
  createActivity: { ...staffOf, once: true },
  activities: readerOf,
  activity: readerOf,
  signUp: { ...memberAt, limits: ['party.signup'] },
  cancelSignUp: { ...memberAt, limits: ['party.signup'] },
  roster: staffOf,
  checkInCode: staffOf,
  // wrong codes are counted on the member's sign-up (types/party-service.ts MAX_WRONG_CODES): a rate
  // counter would add two operations to every check-in
  checkIn: memberAt,
  checkOut: memberAt,
  confirmHours: staffOf,
  // a resident posts to their home community (USER.ADDRESS_REQUIRED without one)
  postWish: { who: 'signedIn', once: true, limits: ['party.wish'] },
  editWish: { who: 'signedIn' },
  myWishes: { who: 'signedIn' },
  wishes: readerOf,
  // its resident, its community's staff and members: the handler (PARTY.WISH_NOT_FOUND otherwise)
  wish: { who: 'signedIn' },
  reviewWish: staffOf,
  claimWish: { ...memberAt, limits: ['party.wishClaim'] },
  completeWish: memberAt,
  confirmWish: { who: 'signedIn' },
  leaderboard: readerOf,
  myPoints: memberAt,
  correctPoints: { ...staffOf, once: true },
} as const satisfies AccessTable<typeof PARTY_SERVICE_ACTIONS>;

// ---- results
export interface ActivityView extends Omit<Activity, 'codeKey'> {
  phase: ActivityPhase;
  /** the caller's own sign-up, if any */
  mine?: SignupView;
}
export interface SignupView {
  userId: string;
  name: string;
  state: SignupState;
  signedUpAt: number;
  checkInAt?: number;
  checkInMethod?: CheckInMethod;
  /** a location check-in: metres from the activity's point */
  distanceM?: number;
  checkOutAt?: number;
  /** credited hours (one decimal), once credited */
  hours?: number;
  creditedBy?: 'checkout' | 'organiser';
}
export interface Roster {
  activity: ActivityView;
  signups: SignupView[];
  counts: { signedUp: number; checkedIn: number; checkedOut: number };
}
export interface CheckInCode {
  /** six digits the member may type */
  code: string;
  /** what the QR holds (types/party-service.ts checkInQrText) */
  qrText: string;
  /** the code is accepted until then; ask again a little before (the page refreshes every ~20 s) */
  validUntil: number;
  /** the server's clock, so the page can count down on its own */
  serverNow: number;
}
export interface CheckInResult {
  activityId: string;
  at: number;
  method: CheckInMethod;
  distanceM?: number;
}
export interface CheckOutResult {
  activityId: string;
  checkOutAt: number;
  /** credited, capped at the planned hours */
  hours: number;
  points: number;
  totals: MemberTotals;
}
export interface ConfirmHoursResult {
  activityId: string;
  userId: string;
  hours: number;
  /** the ledger entries written: the credit, or a correction of an earlier one (none when unchanged) */
  entries: PointEntryView[];
}

export interface WishView extends Omit<Wish, 'history' | 'completion'> {
  statusLabel: string;
  /** what the caller may do next */
  can: { edit: boolean; review: boolean; claim: boolean; complete: boolean; confirm: boolean };
  completion?: { note?: string; photos: string[]; at: number };
  /** the resident sees the whole history; others the steps without who */
  history: Wish['history'];
}
export interface WishStep {
  wishId: string;
  status: WishStatus;
}

export interface PointEntryView extends PointEntry {
  ruleLabel: string;
  hours: number;
}
export interface LeaderRow extends MemberTotals {
  rank: number;
  name: string;
}
export interface MyPoints {
  totals: MemberTotals;
  rank?: number;
  entries: Page<PointEntryView>;
  rules: { rule: PointRule; label: string; describe: string }[];
}

export interface PartyServiceResults {
  createActivity: ActivityView;
  activities: Page<ActivityView>;
  activity: ActivityView;
  signUp: { activityId: string; signedUp: number; capacity: number };
  cancelSignUp: { activityId: string; signedUp: number; capacity: number };
  roster: Roster;
  checkInCode: CheckInCode;
  checkIn: CheckInResult;
  checkOut: CheckOutResult;
  confirmHours: ConfirmHoursResult;
  postWish: WishStep;
  editWish: WishView;
  myWishes: Page<WishView>;
  wishes: Page<WishView>;
  wish: WishView;
  reviewWish: WishView;
  claimWish: WishView;
  completeWish: WishView;
  confirmWish: WishView;
  leaderboard: LeaderRow[];
  myPoints: MyPoints;
  correctPoints: PointEntryView;
}
