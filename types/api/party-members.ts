/**
 * The `party` function, members half (owner P1): 报到 (registration, approval, re-report, 撤销),
 * 认岗领责 (posts and claims), 红黄牌 and the quarterly service report.
 *
 * Who may call, in the table's words:
 * - a resident reports to any community (`signedIn`; the handler reads the community: ORG.NOT_FOUND);
 * - community staff (street staff and admins above them) review, withdraw and read their community's
 *   registrations, posts, cards and member records (`covers` the payload's communityId), and approving
 *   grants `partyMember` there (the same canGrant rule as an invitation);
 * - a member acts only at a community they reported to and were approved at: `holds` on communityId
 *   (their partyMember grant sits at that community), so anywhere else is AUTH.OUT_OF_SCOPE;
 * - posts and the quarterly report are read by both (`covers`: a member's grant at the community
 *   covers it); the report of someone else is staff's only (the handler: AUTH.FORBIDDEN).
 */
import * as z from 'zod/mini';
import type { AccessTable } from '../permissions';
import type { MemberTotals } from '../party-points';
import {
  type CardColor,
  MAX_POST_CAPACITY,
  MEMBERSHIP_TYPES,
  POST_CATEGORIES,
  type PartyCard,
  type Post,
  type PostClaim,
  QUARTER_PATTERN,
  type Registration,
  type RegistrationEvent,
} from '../party-members';
import { RequestId } from '../requests';
import type { Page } from '../ticket';
import type { ReportFile } from './stats';
import { boundedNumber, cursor, id, lineText, payloadObject, personName, Phone, visibleText } from './common';

const communityId = id('社区');
const userId = id('党员');
const postId = id('岗位');
const reason = (what: string) => visibleText(what, 2, 200);

const details = {
  name: personName('姓名', 20),
  phone: Phone,
  workUnit: lineText('工作单位', 2, 60),
  partyOrg: lineText('所在党组织', 2, 60),
  type: z.enum(MEMBERSHIP_TYPES, '请选择党员类型'),
};

export const RegisterPayload = payloadObject({ communityId, ...details, requestId: RequestId });
export const MyRegistrationsPayload = payloadObject({});
export const REGISTRATION_FILTERS = ['pending', 'approved', 'overdue', 'rejected', 'withdrawn'] as const;
export const RegistrationsPayload = payloadObject({
  communityId,
  status: z._default(z.enum(REGISTRATION_FILTERS, '请选择报到状态'), 'pending'),
  cursor,
});
export const ReviewPayload = z.discriminatedUnion(
  'decision',
  [
    z.object({ communityId, userId, decision: z.literal('approve') }),
    z.object({ communityId, userId, decision: z.literal('reject'), reason: reason('不通过原因') }),
  ],
  '请选择审核结果',
);
/** The member's re-report: the details again (changed or not). */
export const RereportPayload = payloadObject({ communityId, ...details });
/** 撤销 by the member themself (`withdraw`) or by the community (`dismiss`): a reason either way. */
export const WithdrawPayload = payloadObject({ communityId, reason: reason('撤销原因') });
export const DismissPayload = payloadObject({ communityId, userId, reason: reason('撤销原因') });

export const PostsPayload = payloadObject({ communityId });
export const SavePostPayload = payloadObject({
  communityId,
  /** omitted: a new post */
  postId: z.optional(postId),
  category: z.enum(POST_CATEGORIES, '请选择岗位类别'),
  title: lineText('岗位名称', 2, 30),
  description: visibleText('岗位职责', 2, 300),
  capacity: boundedNumber('岗位人数', 1, MAX_POST_CAPACITY, ' 人'),
  active: z._default(z.boolean('请选择是否开放认领'), true),
  requestId: RequestId,
});
export const ClaimPostPayload = payloadObject({
  communityId,
  postId,
  /** the member ticked 我已阅读并签署认岗协议 (the text is the server's POST_AGREEMENT) */
  signed: z.literal(true, '请先阅读并签署认岗协议'),
  requestId: RequestId,
});
export const LeavePostPayload = payloadObject({ communityId, postId });
export const PostMembersPayload = payloadObject({ communityId, postId });

export const CardsPayload = payloadObject({
  communityId,
  /** omitted: both colours */
  color: z.optional(z.enum(['yellow', 'red'] as const, '请选择红牌或黄牌')),
  cursor,
});
export const MemberRecordPayload = payloadObject({ communityId, userId });

export const Quarter = z.string('季度格式应为 2026-Q4').check(z.regex(QUARTER_PATTERN, '季度格式应为 2026-Q4'));
export const QuarterReportPayload = payloadObject({
  communityId,
  /** omitted: the caller's own report */
  userId: z.optional(userId),
  quarter: Quarter,
});
export const ExportQuarterReportPayload = payloadObject({
  communityId,
  userId: z.optional(userId),
  quarter: Quarter,
  requestId: RequestId,
});

/** Who runs a community's party work: its staff, and street staff and admins above it. */
export const PARTY_STAFF = ['communityStaff', 'streetStaff', 'admin'] as const;
/** Posts and reports: the community's members and its staff. */
export const PARTY_READERS = ['partyMember', ...PARTY_STAFF] as const;

const community = { kind: 'org', field: 'communityId', types: ['community'] } as const;
const staffOf = { who: 'roles', roles: PARTY_STAFF, scope: { rule: 'covers', target: community } } as const;
const memberAt = { who: 'roles', roles: ['partyMember'], scope: { rule: 'holds', field: 'communityId' } } as const;
const readerOf = { who: 'roles', roles: PARTY_READERS, scope: { rule: 'covers', target: community } } as const;

export const PARTY_MEMBER_ACTIONS = {
  register: RegisterPayload,
  myRegistrations: MyRegistrationsPayload,
  registrations: RegistrationsPayload,
  review: ReviewPayload,
  rereport: RereportPayload,
  withdraw: WithdrawPayload,
  dismiss: DismissPayload,
  posts: PostsPayload,
  savePost: SavePostPayload,
  claimPost: ClaimPostPayload,
  leavePost: LeavePostPayload,
  postMembers: PostMembersPayload,
  cards: CardsPayload,
  memberRecord: MemberRecordPayload,
  quarterReport: QuarterReportPayload,
  exportQuarterReport: ExportQuarterReportPayload,
} as const;

export const PARTY_MEMBER_ACCESS = {
  // anyone signed in reports; the handler reads the community (ORG.NOT_FOUND, PARTY.NOT_COMMUNITY)
  register: { who: 'signedIn', once: true, limits: ['party.register'] },
  myRegistrations: { who: 'signedIn' },
  registrations: staffOf,
  review: staffOf,
  rereport: memberAt,
  withdraw: memberAt,
  dismiss: staffOf,
  posts: readerOf,
  savePost: { ...staffOf, once: true },
  claimPost: { ...memberAt, once: true, limits: ['party.claim'] },
  leavePost: { ...memberAt, limits: ['party.claim'] },
  postMembers: staffOf,
  cards: staffOf,
  memberRecord: staffOf,
  quarterReport: readerOf,
  exportQuarterReport: { ...readerOf, once: true, limits: ['party.export'] },
} as const satisfies AccessTable<typeof PARTY_MEMBER_ACTIONS>;

/** A registration as its pages show it; `overdue`: an approved member past the re-report. */
export type RegistrationView = Registration & { overdue: boolean };

export interface PostView extends Post {
  /** the caller's active claim of it */
  mine?: Pick<PostClaim, 'signedAt' | 'agreement'>;
}
export interface PostsView {
  posts: PostView[];
  /** the 认岗协议 a claim signs */
  agreement: string;
}
export interface PostMember {
  userId: string;
  name: string;
  signedAt: number;
}

export interface CardView extends PartyCard {
  name: string;
  phone: string;
  workUnit: string;
  /** whole months since `since` */
  months: number;
}

/** What the community sees of one member: the registration with its history, posts, totals, card. */
export interface MemberRecord {
  registration: RegistrationView;
  history: RegistrationEvent[];
  posts: {
    postId: string;
    title: string;
    category: Post['category'];
    status: PostClaim['status'];
    signedAt: number;
    leftAt?: number;
  }[];
  totals: MemberTotals | null;
  card: { color: CardColor; since: number; months: number } | null;
}

/** One member's service in a quarter (China time), from the points ledger. */
export interface QuarterReport {
  userId: string;
  name: string;
  communityId: string;
  communityName: string;
  workUnit: string;
  partyOrg: string;
  quarter: string;
  /** "2026年第四季度" */
  label: string;
  from: number;
  to: number;
  hours: number;
  activities: number;
  wishes: number;
  visits: number;
  points: number;
}

export interface PartyMemberResults {
  register: { id: string; status: Registration['status'] };
  myRegistrations: RegistrationView[];
  registrations: Page<RegistrationView>;
  review: RegistrationView;
  rereport: RegistrationView;
  withdraw: RegistrationView;
  dismiss: RegistrationView;
  posts: PostsView;
  savePost: Post;
  claimPost: { postId: string; claimed: number; capacity: number; signedAt: number };
  leavePost: { postId: string; claimed: number; capacity: number };
  postMembers: PostMember[];
  cards: Page<CardView>;
  memberRecord: MemberRecord;
  quarterReport: QuarterReport;
  exportQuarterReport: ReportFile;
}
