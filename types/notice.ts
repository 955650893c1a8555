/**
 * Notices (通知公告): staff publish to the residents of part of the street; residents read them, the
 * pusher sends a subscription message to those who allowed one, and grid workers knock on the doors
 * of households that have not read an important one.
 *
 * States are data: a notice is stored as draft → published → withdrawn; "scheduled" (published with a
 * publish time still ahead) and "expired" are read off the clock, so no job has to flip them.
 */
import * as z from 'zod/mini';
import type { HomeAddress } from './user';

export const NOTICE_CATEGORIES = ['notice', 'activity', 'policy', 'reminder', 'urgent'] as const;
export const NoticeCategory = z.enum(NOTICE_CATEGORIES);
export type NoticeCategory = z.infer<typeof NoticeCategory>;
export const NOTICE_CATEGORY_LABELS: Record<NoticeCategory, string> = {
  notice: '通知',
  activity: '活动',
  policy: '政策',
  reminder: '提醒',
  urgent: '紧急',
};

export const NOTICE_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export const NoticeStatus = z.enum(NOTICE_STATUSES);
export type NoticeStatus = z.infer<typeof NoticeStatus>;

/** What a page shows: the stored status plus what the clock says about a published notice. */
export type NoticeState = 'draft' | 'scheduled' | 'published' | 'expired' | 'withdrawn';
export const NOTICE_STATE_LABELS: Record<NoticeState, string> = {
  draft: '草稿',
  scheduled: '定时发布',
  published: '已发布',
  expired: '已过期',
  withdrawn: '已撤回',
};

export const TITLE_MAX = 40;
export const PARAGRAPH_MAX = 2000;
export const MAX_BLOCKS = 30;
export const MAX_NOTICE_IMAGES = 9;
export const MAX_TARGETS = 50;
/** no expiry: a number, so "not yet expired" is one range condition on an indexable field */
export const NEVER = 8_640_000_000_000_000;

/**
 * The body is data, not HTML: paragraphs of plain text and images by file id, rendered by the
 * client's own components, so nothing a user typed can ever run as markup.
 */
export const NoticeBlock = z.union([
  z.object({ type: z.literal('p'), text: z.string() }),
  z.object({ type: z.literal('img'), fileId: z.string() }),
]);
export type NoticeBlock = z.infer<typeof NoticeBlock>;

/** Read (or informed) counts kept on the notice as reads arrive: figures never scan the reads. */
export interface NoticeCounts {
  total: number;
  communities: Record<string, number>;
  grids: Record<string, number>;
}
export const emptyCounts = (): NoticeCounts => ({ total: 0, communities: {}, grids: {} });

export interface NoticePush {
  /** waiting: not started; running: batches under way; done: every resident in scope handled */
  state: 'waiting' | 'running' | 'done';
  /** the last user id handled (residents are walked in _id order) */
  cursor?: string;
  sent: number;
  noConsent: number;
  failed: number;
}

export interface Notice {
  _id: string;
  streetId: string;
  title: string;
  body: NoticeBlock[];
  category: NoticeCategory;
  /** org node ids: the street, communities, grids or buildings the notice is for */
  targets: string[];
  /** their names, for the staff pages */
  targetNames: string[];
  /** the communities and grids the targets touch (for the per-community/per-grid lists) */
  reachCommunities: string[];
  reachGrids: string[];
  pinned: boolean;
  /** sort key: pinned ones above the rest, each newest first (see `noticeRank`) */
  rank: number;
  status: NoticeStatus;
  /** when residents see it; ahead of now = scheduled */
  publishAt: number;
  /** when residents stop seeing it (NEVER = no expiry) */
  expiresAt: number;
  authorId: string;
  authorName: string;
  /** the org node the author published for (their grant) and its path, for the staff lists */
  orgId: string;
  orgName: string;
  orgPath: string[];
  images: string[];
  push: NoticePush;
  /**
   * Residents in scope when it was published, overall and per community and grid: the denominators
   * of the read share. Fixed at publish time (who the notice was published to), so the figures cost
   * one read instead of a scan of the users on every look.
   */
  audience: NoticeCounts;
  reads: NoticeCounts;
  informed: NoticeCounts;
  createdAt: number;
  updatedAt: number;
  publishedAt?: number;
  withdrawnAt?: number;
}

/** One per user per notice: `_id` is `${noticeId}:${userId}`, so a second open adds nothing. */
export interface NoticeRead {
  _id: string;
  noticeId: string;
  userId: string;
  /** the reader's home when they read it, if the notice was for it (counted in the figures) */
  counted: boolean;
  communityId?: string;
  gridId?: string;
  buildingId?: string;
  room?: string;
  readAt: number;
}

export const DELIVERY_STATUSES = ['sending', 'sent', 'no-consent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
/** How many times a failed send is tried in all. */
export const MAX_PUSH_ATTEMPTS = 3;

/**
 * One per notice × user, `_id` `${noticeId}:${userId}`. It is claimed (inserted as `sending`) before
 * the message goes out, so a retried or concurrent run finds it and never sends a second time.
 */
export interface NoticeDelivery {
  _id: string;
  noticeId: string;
  userId: string;
  status: DeliveryStatus;
  attempts: number;
  errCode?: number;
  updatedAt: number;
}

/** A household told in person by its grid worker: `_id` `${noticeId}:${buildingId}:${room}`. */
export interface NoticeVisit {
  _id: string;
  noticeId: string;
  gridId: string;
  communityId: string;
  buildingId: string;
  room: string;
  by: string;
  at: number;
}

const PIN_OFFSET = 1e13;
/** Pinned notices rank above every unpinned one (1e13 ms is the year 2286), each newest first. */
export const noticeRank = (pinned: boolean, publishAt: number): number => (pinned ? PIN_OFFSET : 0) + publishAt;

export function noticeState(n: Pick<Notice, 'status' | 'publishAt' | 'expiresAt'>, now: number): NoticeState {
  if (n.status !== 'published') return n.status;
  if (n.publishAt > now) return 'scheduled';
  if (n.expiresAt <= now) return 'expired';
  return 'published';
}

/** The org ids a resident's home answers to; an unbound resident only hears the whole street. */
export function audienceKeys(streetId: string, address: HomeAddress | undefined): string[] {
  if (!address) return [streetId];
  return [address.streetId, address.communityId, address.gridId, address.buildingId].filter((x): x is string => !!x);
}

/** True when a notice for `targets` is meant for this home. */
export const covers = (targets: readonly string[], streetId: string, address: HomeAddress | undefined): boolean =>
  audienceKeys(streetId, address).some((k) => targets.includes(k));

/** Whole percent, 0 when nobody is in scope. */
export const sharePercent = (part: number, whole: number): number =>
  whole > 0 ? Math.round((Math.min(part, whole) / whole) * 100) : 0;

/** Text of the body for the content check and for previews. */
export const bodyText = (body: readonly NoticeBlock[]): string =>
  body
    .filter((b): b is Extract<NoticeBlock, { type: 'p' }> => b.type === 'p')
    .map((b) => b.text)
    .join('\n');

export const bodyImages = (body: readonly NoticeBlock[]): string[] =>
  body.filter((b): b is Extract<NoticeBlock, { type: 'img' }> => b.type === 'img').map((b) => b.fileId);

/** Plain-text body → paragraphs (blank lines and single line breaks both split). */
export const paragraphs = (text: string): NoticeBlock[] =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ type: 'p' as const, text: t }));
