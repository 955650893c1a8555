/**
 * Tags: NutUI's Tag (a View in weapp, no icon unless closeable), sized for older eyes and coloured by
 * tone through NutUI's own CSS variables (`.lx-tag--<tone>` in app.scss).
 */
import type { ReactNode } from 'react';
import { Tag } from '@nutui/nutui-react-taro';
import { TICKET_STATUS_LABELS, type TicketStatus } from '@lx/types';

export type TagTone = 'warn' | 'info' | 'ok' | 'muted' | 'danger';

export function ToneTag({ tone, children }: { tone: TagTone; children: ReactNode }) {
  return <Tag className={`lx-tag lx-tag--${tone}`}>{children}</Tag>;
}

/** Waiting statuses are warm, working ones blue, finished ones green, refused grey. */
const STATUS_TONE: Record<TicketStatus, TagTone> = {
  pending: 'warn',
  processing: 'info',
  verifying: 'info',
  resolved: 'ok',
  closed: 'ok',
  rejected: 'muted',
};

export function StatusTag({ status }: { status: TicketStatus }) {
  return <ToneTag tone={STATUS_TONE[status]}>{TICKET_STATUS_LABELS[status]}</ToneTag>;
}

export function UrgentTag() {
  return <ToneTag tone="danger">紧急</ToneTag>;
}
