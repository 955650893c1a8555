/**
 * Party members at their home community (PRODUCT.md, Party members): 报到 (a registration the
 * community approves or rejects, renewed every 6 months, withdrawn with a reason), 认岗领责 (a
 * community's posts with capacity, claimed by signing the 认岗协议), 红黄牌 (no service for 6 / 12
 * months) and the quarterly service report's periods. Pure: no I/O.
 */
import { inChina } from './time';

// ---- 报到
export const MEMBERSHIP_TYPES = ['inService', 'retired', 'floating'] as const;
export type MembershipType = (typeof MEMBERSHIP_TYPES)[number];
export const MEMBERSHIP_TYPE_LABELS: Record<MembershipType, string> = {
  inService: '在职',
  retired: '离退休',
  floating: '流动',
};

export const REGISTRATION_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  pending: '待审核',
  approved: '已报到',
  rejected: '未通过',
  withdrawn: '已撤销',
};

/** Re-report every 6 months (calendar months, China time). */
export const REREPORT_MONTHS = 6;

/** What the member gives when reporting (and may correct when re-reporting). */
export interface RegistrationDetails {
  name: string;
  phone: string;
  workUnit: string;
  /** the work unit's party organisation (所在党组织) */
  partyOrg: string;
  type: MembershipType;
}

export type RegistrationEventKind = 'submit' | 'approve' | 'reject' | 'rereport' | 'withdraw' | 'remind';
/** One line of a registration's history: nothing is ever removed from it. */
export interface RegistrationEvent {
  kind: RegistrationEventKind;
  by: string;
  at: number;
  reason?: string;
  /** submit / rereport: the details as given then */
  details?: RegistrationDetails;
}

/** One registration per member per community: `_id` is registrationId(communityId, userId). */
export interface Registration extends RegistrationDetails {
  _id: string;
  userId: string;
  communityId: string;
  communityName: string;
  streetId: string;
  /** street → community */
  orgPath: string[];
  status: RegistrationStatus;
  submittedAt: number;
  /** approved: when first approved (cards count from here when there is no service yet) */
  approvedAt?: number;
  /** approved: the last 报到 or re-report, and when the next one is due */
  reportedAt?: number;
  dueAt?: number;
  /** the due time a re-report reminder was sent for (never twice for one due time) */
  remindedFor?: number;
  /** the posts the member holds at the community now (kept with each claim and leave) */
  posts?: string[];
  rejectReason?: string;
  withdrawReason?: string;
  history: RegistrationEvent[];
  updatedAt: number;
}

export const registrationId = (communityId: string, userId: string): string => `${communityId}:${userId}`;

/** A first 报到 of `userId` at the community, as submitted at `at` (pending, its submit event in the history). */
export function newRegistration(
  community: { _id: string; name: string; path: readonly string[] },
  userId: string,
  details: RegistrationDetails,
  at: number,
): Registration {
  return {
    _id: registrationId(community._id, userId),
    userId,
    communityId: community._id,
    communityName: community.name,
    streetId: community.path[0],
    orgPath: [...community.path],
    ...details,
    status: 'pending',
    submittedAt: at,
    history: [{ kind: 'submit', by: userId, at, details }],
    updatedAt: at,
  };
}

/** The registration approved by `by` at `at`: reported now, the next re-report six months on. */
export const approved = (reg: Registration, by: string, at: number): Registration => ({
  ...reg,
  status: 'approved',
  approvedAt: reg.approvedAt ?? at,
  reportedAt: at,
  dueAt: nextReportDue(at),
  history: [...reg.history, { kind: 'approve', by, at }],
  updatedAt: at,
});

/** The next re-report after a report at `at`: six calendar months later, China time. */
export const nextReportDue = (at: number): number => inChina(at).add(REREPORT_MONTHS, 'month').valueOf();

/** An approved member whose re-report is past due. */
export const isReportOverdue = (r: Pick<Registration, 'status' | 'dueAt'>, now: number): boolean =>
  r.status === 'approved' && r.dueAt !== undefined && r.dueAt <= now;

/** Registering again is allowed after a rejection or a withdrawal (the same document, its history kept). */
export const canRegisterAgain = (r: Pick<Registration, 'status'> | null): boolean =>
  !r || r.status === 'rejected' || r.status === 'withdrawn';

// ---- 认岗领责
export const POST_CATEGORIES = [
  '环境整治',
  '帮扶助困',
  '民调帮教',
  '医疗服务',
  '政策宣传',
  '文明劝导',
  '治安巡逻',
  '文体活动',
  '关爱老人',
  '关爱儿童',
  '便民服务',
  '志愿服务',
] as const;
export type PostCategory = (typeof POST_CATEGORIES)[number];

export const DEFAULT_POST_CAPACITY = 10;
export const MAX_POST_CAPACITY = 500;
/** A member holds at most this many posts at once in one community. */
export const MAX_POSTS_PER_MEMBER = 3;

/** The commitment a member signs when claiming a post; stored with the claim, as it read then. */
export const POST_AGREEMENT =
  '本人自愿认领该岗位，承诺亮明党员身份，按时参加岗位服务，服从社区统一安排，' +
  '主动听取群众意见、帮助群众解决困难，自觉接受社区和群众监督。';

export interface Post {
  _id: string;
  communityId: string;
  orgPath: string[];
  category: PostCategory;
  title: string;
  description: string;
  capacity: number;
  /** active claims, kept in the same transaction as each claim and leave */
  claimed: number;
  active: boolean;
  createdAt: number;
  updatedAt: number;
}

/** A default post's id (one per category), so making the defaults twice makes nothing new. */
export const defaultPostId = (communityId: string, category: PostCategory): string =>
  `${communityId}:post:${String(POST_CATEGORIES.indexOf(category)).padStart(2, '0')}`;

export function defaultPosts(communityId: string, orgPath: string[], now: number): Post[] {
  return POST_CATEGORIES.map((category) => ({
    _id: defaultPostId(communityId, category),
    communityId,
    orgPath,
    category,
    title: `${category}岗`,
    description: `${category}：服从社区安排，参加本岗位的志愿服务。`,
    capacity: DEFAULT_POST_CAPACITY,
    claimed: 0,
    active: true,
    createdAt: now,
    updatedAt: now,
  }));
}

/** One member on one post: `_id` is claimId(postId, userId); leaving keeps the document. */
export interface PostClaim {
  _id: string;
  postId: string;
  communityId: string;
  userId: string;
  status: 'active' | 'left';
  agreement: string;
  signedAt: number;
  leftAt?: number;
  /** earlier claims of the same post by the same member (claimed, left, claimed again) */
  earlier?: { signedAt: number; leftAt: number }[];
}
export const claimId = (postId: string, userId: string): string => `${postId}:${userId}`;

/** Why a claim cannot be taken now, or null. */
export function claimRefusal(
  post: Pick<Post, 'capacity' | 'claimed' | 'active'>,
  existing: Pick<PostClaim, 'status'> | null,
  heldInCommunity: number,
): 'PARTY.POST_CLOSED' | 'PARTY.POST_ALREADY_CLAIMED' | 'PARTY.POST_FULL' | 'PARTY.TOO_MANY_POSTS' | null {
  if (!post.active) return 'PARTY.POST_CLOSED';
  if (existing?.status === 'active') return 'PARTY.POST_ALREADY_CLAIMED';
  if (post.claimed >= post.capacity) return 'PARTY.POST_FULL';
  if (heldInCommunity >= MAX_POSTS_PER_MEMBER) return 'PARTY.TOO_MANY_POSTS';
  return null;
}

// ---- 红黄牌
export const CARD_COLORS = ['yellow', 'red'] as const;
export type CardColor = (typeof CARD_COLORS)[number];
export const CARD_LABELS: Record<CardColor, string> = { yellow: '黄牌', red: '红牌' };
export const YELLOW_MONTHS = 6;
export const RED_MONTHS = 12;

/** The card for a member whose last service (or approval, with none yet) was at `since`; null: none. */
export function cardFor(since: number, now: number): CardColor | null {
  const from = inChina(since);
  if (!from.add(RED_MONTHS, 'month').isAfter(inChina(now))) return 'red';
  if (!from.add(YELLOW_MONTHS, 'month').isAfter(inChina(now))) return 'yellow';
  return null;
}

/** A member's card at a community (collection party_cards, `_id` the registration's id). */
export interface PartyCard {
  _id: string;
  userId: string;
  communityId: string;
  orgPath: string[];
  color: CardColor;
  /** the last service, or the approval when there is none */
  since: number;
  /** when this colour was first given */
  givenAt: number;
  updatedAt: number;
}

// ---- the quarterly report
/** "2026-Q4" */
export const QUARTER_PATTERN = /^(20\d{2})-Q([1-4])$/;

/** The quarter's bounds, China time: [from, to). */
export function quarterBounds(quarter: string): { from: number; to: number } {
  const m = QUARTER_PATTERN.exec(quarter);
  if (!m) throw new Error(`bad quarter ${quarter}`);
  const month = (Number(m[2]) - 1) * 3 + 1;
  const from = Date.parse(`${m[1]}-${String(month).padStart(2, '0')}-01T00:00:00+08:00`);
  return { from, to: inChina(from).add(3, 'month').valueOf() };
}

/** The quarter holding `ms`, China time. */
export function quarterOf(ms: number): string {
  const d = inChina(ms);
  return `${d.year()}-Q${Math.floor(d.month() / 3) + 1}`;
}

/** "2026年第四季度" */
export function quarterLabel(quarter: string): string {
  const m = QUARTER_PATTERN.exec(quarter);
  return m ? `${m[1]}年第${'一二三四'[Number(m[2]) - 1]}季度` : quarter;
}
