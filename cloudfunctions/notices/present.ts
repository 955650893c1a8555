/** Notice documents → what the pages show. */
import {
  NOTICE_CATEGORY_LABELS,
  NOTICE_STATE_LABELS,
  noticeState,
  sharePercent,
  type ManagedNotice,
  type Notice,
  type NoticeSummary,
} from '@lx/types';

const EXCERPT = 60;

export function excerpt(n: Pick<Notice, 'body'>): string {
  const text = n.body
    .filter((b) => b.type === 'p')
    .map((b) => (b as { text: string }).text)
    .join(' ');
  const chars = Array.from(text);
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join('')}…` : text;
}

export const summary = (n: Notice, read: boolean): NoticeSummary => ({
  id: n._id,
  title: n.title,
  category: n.category,
  categoryLabel: NOTICE_CATEGORY_LABELS[n.category],
  pinned: n.pinned,
  publishAt: n.publishAt,
  excerpt: excerpt(n),
  orgName: n.orgName,
  read,
});

export function managed(n: Notice, now: number): ManagedNotice {
  const state = noticeState(n, now);
  return {
    id: n._id,
    title: n.title,
    categoryLabel: NOTICE_CATEGORY_LABELS[n.category],
    state,
    stateLabel: NOTICE_STATE_LABELS[state],
    publishAt: n.publishAt,
    pinned: n.pinned,
    targetNames: n.targetNames,
    orgName: n.orgName,
    residents: n.audience.total,
    read: n.reads.total,
    share: sharePercent(n.reads.total, n.audience.total),
    informed: n.informed.total,
    sent: n.push.sent,
  };
}
