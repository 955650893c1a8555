/**
 * The party function as this subpackage calls it (types/api/party-members.ts, party-service.ts): the
 * one file that knows the action names, so pages and hooks stay plain. Every call is typed from
 * types/actions.ts. The community's pages (staffApi.ts) may import from here too.
 */
import type { PayloadIn } from '@lx/types';
import { callCloud } from '@/services/cloud';

export type {
  ActivityView,
  CheckInCode,
  CheckInResult,
  CheckOutResult,
  LeaderRow,
  MyPoints,
  PointEntryView,
  PostView,
  PostsView,
  QuarterReport,
  RegistrationView,
  SignupView,
  WishView,
} from '@lx/types';

const paged = (cursor: string | undefined) => (cursor ? { cursor } : {});

// ---- 报到
export const register = (body: PayloadIn<'party', 'register'>) => callCloud('party', 'register', body);
export const myRegistrations = () => callCloud('party', 'myRegistrations', {});
export const rereport = (body: PayloadIn<'party', 'rereport'>) => callCloud('party', 'rereport', body);
export const withdraw = (communityId: string, reason: string) =>
  callCloud('party', 'withdraw', { communityId, reason });
/** The street's communities (org.children from the top): where a member may report. */
export const communities = () => callCloud('org', 'children', {});

// ---- 认岗领责
export const postsOf = (communityId: string) => callCloud('party', 'posts', { communityId });
export const claimPost = (body: PayloadIn<'party', 'claimPost'>) => callCloud('party', 'claimPost', body);
export const leavePost = (communityId: string, postId: string) =>
  callCloud('party', 'leavePost', { communityId, postId });

// ---- 志愿活动
export type ActivityList = PayloadIn<'party', 'activities'>['list'];
export const activitiesOf = (communityId: string, list: ActivityList, cursor: string | undefined) =>
  callCloud('party', 'activities', { communityId, list, ...paged(cursor) });
export const activity = (communityId: string, activityId: string) =>
  callCloud('party', 'activity', { communityId, activityId });
export const signUp = (communityId: string, activityId: string) =>
  callCloud('party', 'signUp', { communityId, activityId });
export const cancelSignUp = (communityId: string, activityId: string) =>
  callCloud('party', 'cancelSignUp', { communityId, activityId });
export const checkIn = (body: PayloadIn<'party', 'checkIn'>) => callCloud('party', 'checkIn', body);
export const checkOut = (communityId: string, activityId: string) =>
  callCloud('party', 'checkOut', { communityId, activityId });

// ---- 微心愿
export const postWish = (body: PayloadIn<'party', 'postWish'>) => callCloud('party', 'postWish', body);
export const editWish = (body: PayloadIn<'party', 'editWish'>) => callCloud('party', 'editWish', body);
export const myWishes = (cursor: string | undefined) => callCloud('party', 'myWishes', paged(cursor));
/** A member's lists: 待认领 (the community's approved wishes), or `mine` (the ones they claimed). */
export const wishesOf = (communityId: string, mine: boolean, cursor: string | undefined) =>
  callCloud('party', 'wishes', { communityId, mine, ...paged(cursor) });
export const wish = (wishId: string) => callCloud('party', 'wish', { wishId });
export const claimWish = (communityId: string, wishId: string) =>
  callCloud('party', 'claimWish', { communityId, wishId });
export const completeWish = (body: PayloadIn<'party', 'completeWish'>) => callCloud('party', 'completeWish', body);
export const confirmWish = (wishId: string) => callCloud('party', 'confirmWish', { wishId });

// ---- 积分
export const myPoints = (communityId: string, cursor: string | undefined) =>
  callCloud('party', 'myPoints', { communityId, ...paged(cursor) });
export const leaderboard = (communityId: string) => callCloud('party', 'leaderboard', { communityId });
export const quarterReport = (communityId: string, quarter: string, userId?: string) =>
  callCloud('party', 'quarterReport', { communityId, quarter, ...(userId ? { userId } : {}) });
