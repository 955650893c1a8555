/** Tickets as the client sees them. Personal information is added only where the caller may see it. */
import {
  ROLE_LABELS,
  TICKET_ACTION_LABELS,
  type Role,
  type Ticket,
  type TicketEvent,
  type TicketSummary,
  type TimelineEntry,
} from '@lx/types';
import { tempUrls } from '../shared/files';

export function toSummary(t: Ticket, urls: Record<string, string>): TicketSummary {
  const thumb = t.photos[0] ? urls[t.photos[0]] : undefined;
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
    ...(thumb ? { thumb } : {}),
  };
}

export async function summaries(list: Ticket[]): Promise<TicketSummary[]> {
  const urls = await tempUrls(list.flatMap((t) => t.photos.slice(0, 1)));
  return list.map((t) => toSummary(t, urls));
}

export function toTimelineEntry(e: TicketEvent, urls: Record<string, string>): TimelineEntry {
  return {
    seq: e.seq,
    action: e.action,
    actionLabel: TICKET_ACTION_LABELS[e.action],
    actorLabel: e.actorRole === 'system' ? '系统' : (ROLE_LABELS[e.actorRole as Role] ?? '工作人员'),
    to: e.to,
    level: e.level,
    ...(e.note ? { note: e.note } : {}),
    photos: e.photos.map((f) => urls[f] ?? f),
    at: e.at,
  };
}
