/**
 * Tags: NutUI's Tag (a View in weapp, no icon unless closeable), sized for older eyes and coloured by
 * tone through NutUI's own CSS variables (`.lx-tag--<tone>` in app.scss).
 */
import type { ReactNode } from 'react';
import { Tag } from '@nutui/nutui-react-taro';
import { type Audience, statusWords, type TicketStatus } from '@lx/types';

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

/** Residents read plain words (等待网格员接单), staff the office's (待签收): types/plain-words.ts. */
export function StatusTag({ status, who = 'staff' }: { status: TicketStatus; who?: Audience }) {
  return <ToneTag tone={STATUS_TONE[status]}>{statusWords(status, who)}</ToneTag>;
}

export function UrgentTag() {
  return <ToneTag tone="danger">紧急</ToneTag>;
}
