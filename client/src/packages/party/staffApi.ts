/**
 * The party function as the community staff's pages call it (types/api/party-members.ts and
 * party-service.ts): 报到审核, 红黄牌 and the member's record, posts, activities with their roster and
 * rotating check-in code, and the wishes waiting for 社区下单. The member's and resident's calls are
 * api.ts (P3); this file is the staff's, so the two halves of the subpackage can move on their own.
 */
import type { PayloadIn } from '@lx/types';
import { callCloud } from '@/services/cloud';

export type {
  ActivityView,
  CardView,
  CheckInCode,
  MemberRecord,
  PostMember,
  PostView,
  RegistrationView,
  Roster,
  SignupView,
  WishView,
} from '@lx/types';

const paged = (cursor: string | undefined) => (cursor ? { cursor } : {});

export type RegistrationFilter = 'pending' | 'approved' | 'overdue';

/** The community's registrations in one state: 待审核, 已报到, or past the re-report (overdue). */
export const registrationsOf = (communityId: string, status: RegistrationFilter, cursor: string | undefined) =>
  callCloud('party', 'registrations', { communityId, status, ...paged(cursor) });

export const reviewRegistration = (body: PayloadIn<'party', 'review'>) => callCloud('party', 'review', body);

/** 撤销 by the community: the member's partyMember grant goes, the registration keeps its history. */
export const dismissMember = (body: PayloadIn<'party', 'dismiss'>) => callCloud('party', 'dismiss', body);

/** 红黄牌: both colours, the longest without service first (the server's order). */
export const cardsOf = (communityId: string, cursor: string | undefined) =>
  callCloud('party', 'cards', { communityId, ...paged(cursor) });

export const memberRecord = (communityId: string, userId: string) =>
  callCloud('party', 'memberRecord', { communityId, userId });

/** The member's quarterly report as a file (.xlsx) the work unit keeps; one requestId per member × quarter. */
export const exportQuarterReport = (body: PayloadIn<'party', 'exportQuarterReport'>) =>
  callCloud('party', 'exportQuarterReport', body);

export const postsOf = (communityId: string) => callCloud('party', 'posts', { communityId });

export const savePost = (body: PayloadIn<'party', 'savePost'>) => callCloud('party', 'savePost', body);

export const postMembers = (communityId: string, postId: string) =>
  callCloud('party', 'postMembers', { communityId, postId });

export type ActivityList = 'current' | 'past';

/** current: not ended yet, soonest first (upcoming and ongoing); past: ended, latest first. */
export const activitiesOf = (communityId: string, list: ActivityList, cursor: string | undefined) =>
  callCloud('party', 'activities', { communityId, list, ...paged(cursor) });

export const createActivity = (body: PayloadIn<'party', 'createActivity'>) =>
  callCloud('party', 'createActivity', body);

export const rosterOf = (communityId: string, activityId: string) =>
  callCloud('party', 'roster', { communityId, activityId });

/** The rotating code (about a minute); the page asks again before it expires. */
export const checkInCode = (communityId: string, activityId: string) =>
  callCloud('party', 'checkInCode', { communityId, activityId });

export const confirmHours = (body: PayloadIn<'party', 'confirmHours'>) => callCloud('party', 'confirmHours', body);

/** The community's wishes waiting for 社区下单 (posted). */
export const pendingWishes = (communityId: string, cursor: string | undefined) =>
  callCloud('party', 'wishes', { communityId, status: 'posted', ...paged(cursor) });

export const reviewWish = (body: PayloadIn<'party', 'reviewWish'>) => callCloud('party', 'reviewWish', body);

/** The street's communities, for street staff who run several. */
export const communities = () => callCloud('org', 'children', {});
