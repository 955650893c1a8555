/** Tickets as the client sees them. Personal information is added only where the caller may see it. */
import {
  DELETED_REPORTER_ID,
  DELETED_USER_LABEL,
  RATING_LABELS,
  ROLE_LABELS,
  TICKET_ACTION_LABELS,
  type Role,
  type Ticket,
  type TicketDetail,
  type TicketEvent,
  type TicketSummary,
  type TimelineEntry,
} from '@lx/types';
import { tempUrls } from '../shared/files';

/**
 * 注销账号 (repo/account.ts): a deleted account's ticket names nobody. Handlers read 已注销用户, with
 * no name and no phone, whatever is left anywhere else.
 */
export const deletedReporter = (t: Pick<Ticket, 'reporterId'>): { name: string } | null =>
  t.reporterId === DELETED_REPORTER_ID ? { name: DELETED_USER_LABEL } : null;

/** Photos a content check found risky are never shown again. */
export const visiblePhotos = (t: Pick<Ticket, 'hiddenPhotos'>, photos: readonly string[]): string[] =>
  t.hiddenPhotos?.length ? photos.filter((p) => !t.hiddenPhotos!.includes(p)) : [...photos];

export function toSummary(t: Ticket, urls: Record<string, string>): TicketSummary {
  const first = visiblePhotos(t, t.photos)[0];
  const thumb = first ? urls[first] : undefined;
  return {
    id: t._id,
    no: t.no,
    categoryName: t.categoryName,
    description: t.description,
    status: t.status,
    urgency: t.urgency,
    level: t.level,
    addressText: t.addressText,
    createdAt: t.createdAt,
    dueAt: t.dueAt,
    overdue: t.overdue,
    reopenCount: t.reopenCount,
    urgeCount: t.urgeCount ?? 0,
    joinCount: t.joinCount ?? 0,
    ...(t.department ? { department: t.department } : {}),
    ...(thumb ? { thumb } : {}),
  };
}

export async function summaries(list: Ticket[]): Promise<TicketSummary[]> {
  const urls = await tempUrls(list.flatMap((t) => visiblePhotos(t, t.photos).slice(0, 1)));
  return list.map((t) => toSummary(t, urls));
}

export function toTimelineEntry(
  e: TicketEvent,
  urls: Record<string, string>,
  hidden: readonly string[] = [],
): TimelineEntry {
  return {
    seq: e.seq,
    action: e.action,
    actionLabel: TICKET_ACTION_LABELS[e.action],
    actorLabel: e.actorRole === 'system' ? '系统' : (ROLE_LABELS[e.actorRole as Role] ?? '工作人员'),
    to: e.to,
    level: e.level,
    ...(e.note ? { note: e.note } : {}),
    photos: e.photos.filter((f) => !hidden.includes(f)).map((f) => urls[f] ?? f),
    at: e.at,
    ...(e.department ? { department: e.department } : {}),
    ...(e.rating
      ? {
          rating: {
            score: e.rating.score,
            label: RATING_LABELS[e.rating.score],
            ...(e.rating.comment ? { comment: e.rating.comment } : {}),
          },
        }
      : {}),
    ...(e.passed !== undefined ? { passed: e.passed } : {}),
  };
}

/**
 * A supporter's view of a detail (types/ticket-flow.ts audienceOf): where it stands and what was done,
 * without what only the reporter and the handlers read — notes, photos, ratings' comments, the exact
 * point, an anonymous ticket's text.
 */
export function forSupporter(d: TicketDetail): TicketDetail {
  const { point: _point, thumb: _thumb, reporter: _reporter, rating, ...rest } = d;
  return {
    ...rest,
    description: d.anonymous ? '' : d.description,
    photos: [],
    ...(rating ? { rating: { score: rating.score, label: rating.label, at: rating.at } } : {}),
    timeline: d.timeline.map(({ note: _note, rating: r, ...e }) => ({
      ...e,
      photos: [],
      ...(r ? { rating: { score: r.score, label: r.label } } : {}),
    })),
  };
}
