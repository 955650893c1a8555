/**
 * What 报到审核 says about a registration, a card and a member's record, pure: the tabs, a row's
 * lines, the history in words, and the quarters a report can be exported for.
 */
import {
  CARD_LABELS,
  cstDate,
  MEMBERSHIP_TYPE_LABELS,
  quarterLabel,
  quarterOf,
  type RegistrationEventKind,
} from '@lx/types';
import type { CardView, MemberRecord, RegistrationFilter, RegistrationView } from '../../staffApi';

export type ReviewTab = RegistrationFilter | 'cards';
export const REVIEW_TABS: { key: ReviewTab; label: string }[] = [
  { key: 'pending', label: '待审核' },
  { key: 'approved', label: '已报到' },
  { key: 'overdue', label: '逾期复报' },
  { key: 'cards', label: '红黄牌' },
];

export const EMPTY_TEXT: Record<ReviewTab, string> = {
  pending: '没有待审核的报到',
  approved: '还没有党员报到',
  overdue: '没有逾期未复报的党员',
  cards: '没有红黄牌党员',
};

/** The row's lines under the name: who they are, then where the registration stands. */
export function registrationLines(r: RegistrationView): [string, string] {
  const who = `${MEMBERSHIP_TYPE_LABELS[r.type]} · ${r.phone} · ${r.workUnit}（${r.partyOrg}）`;
  if (r.status === 'pending') return [who, `${cstDate(r.submittedAt)} 提交报到`];
  if (r.overdue && r.dueAt) return [who, `应于 ${cstDate(r.dueAt)} 复报，已逾期`];
  return [who, r.dueAt ? `下次复报 ${cstDate(r.dueAt)}` : '已报到'];
}

export const cardLine = (c: CardView): string =>
  `${CARD_LABELS[c.color]} · 已 ${c.months} 个月未参加服务（自 ${cstDate(c.since)}）`;

const EVENT_LABELS: Record<RegistrationEventKind, string> = {
  submit: '提交报到',
  approve: '审核通过',
  reject: '退回',
  rereport: '复报',
  withdraw: '撤销',
  remind: '提醒复报',
};

/** The registration's history, newest first, in words. */
export const historyLines = (r: MemberRecord): string[] =>
  [...r.history]
    .sort((a, b) => b.at - a.at)
    .map((e) => `${cstDate(e.at)} ${EVENT_LABELS[e.kind]}${e.reason ? `：${e.reason}` : ''}`);

export const totalsLine = (r: MemberRecord): string => {
  const t = r.totals;
  if (!t) return '还没有服务记录';
  return `积分 ${t.points} · 服务 ${t.hours} 小时 · 活动 ${t.activities} 次 · 微心愿 ${t.wishes} 个 · 走访 ${t.visits} 次`;
};

/** This quarter and the three before it, newest first (the report a work unit asks for is usually the last one). */
export function recentQuarters(now: number): { value: string; label: string }[] {
  const out: string[] = [quarterOf(now)];
  for (let i = 1; i < 4; i++) {
    const [y, q] = out[i - 1].split('-Q').map(Number);
    out.push(q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`);
  }
  return out.map((value) => ({ value, label: quarterLabel(value) }));
}
