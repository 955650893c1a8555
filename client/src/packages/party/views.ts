/**
 * What the party pages say about the server's documents, pure so the words are tested once: a
 * registration's state line, an activity's phase and the member's next step, a wish's state, a
 * ledger entry in plain words, the check-in refusals with what to do next, and quarters.
 */
import {
  type ActivityView,
  CHECKIN_OPENS_BEFORE,
  cstDate,
  DAY,
  type MembershipType,
  MEMBERSHIP_TYPE_LABELS,
  parseCheckInCode,
  type PointEntryView,
  type PointSourceKind,
  quarterLabel,
  quarterOf,
  REGISTRATION_STATUS_LABELS,
  type RegistrationView,
  SIGNUP_STATE_LABELS,
  type WishStatus,
} from '@lx/types';
import { formatDateTime } from '@/utils/format';

export type Tone = 'ok' | 'warn' | 'info' | 'muted' | 'danger';

// ---- 报到
/** 再次报到 is offered this long before it is due (and whenever it is overdue). */
export const REREPORT_SOON = 30 * DAY;

export interface RegistrationLine {
  label: string;
  tone: Tone;
  /** the reason, or when the next re-report is due */
  detail?: string;
  /** 再次报到 is due or near */
  rereport: boolean;
  /** 撤销报到 is the member's to do (an approved registration) */
  withdraw: boolean;
  /** a rejected or withdrawn registration may be sent again (the same document keeps its history) */
  again: boolean;
}

export function registrationLine(r: RegistrationView, now: number): RegistrationLine {
  const base = { rereport: false, withdraw: false, again: false };
  switch (r.status) {
    case 'pending':
      return {
        ...base,
        label: REGISTRATION_STATUS_LABELS.pending,
        tone: 'info',
        detail: '社区审核后即可认岗、参加活动',
      };
    case 'rejected':
      return {
        ...base,
        label: REGISTRATION_STATUS_LABELS.rejected,
        tone: 'danger',
        detail: reasonLine(r.rejectReason),
        again: true,
      };
    case 'withdrawn':
      return {
        ...base,
        label: REGISTRATION_STATUS_LABELS.withdrawn,
        tone: 'muted',
        detail: reasonLine(r.withdrawReason),
        again: true,
      };
    default: {
      const due = r.dueAt;
      const soon = r.overdue || (due !== undefined && due - now <= REREPORT_SOON);
      const detail = r.overdue
        ? `已超过再次报到时间（${due ? cstDate(due) : ''}），请再次报到`
        : due
          ? `下次报到：${cstDate(due)} 前`
          : undefined;
      return {
        label: r.overdue ? '待再次报到' : REGISTRATION_STATUS_LABELS.approved,
        tone: r.overdue ? 'warn' : 'ok',
        detail,
        rereport: soon,
        withdraw: true,
        again: false,
      };
    }
  }
}
const reasonLine = (reason: string | undefined) => (reason ? `原因：${reason}` : undefined);

export const MEMBERSHIP_OPTIONS = (Object.keys(MEMBERSHIP_TYPE_LABELS) as MembershipType[]).map((value) => ({
  value,
  label: MEMBERSHIP_TYPE_LABELS[value],
}));

// ---- 志愿活动
export type ActivityBucket = 'upcoming' | 'ongoing' | 'past';
export const BUCKET_LABELS: Record<ActivityBucket, string> = {
  upcoming: '即将开始',
  ongoing: '进行中',
  past: '已结束',
};

/** 进行中 from the start to the end; 即将开始 before (check-in opens a little earlier: the server's phase). */
export const activityBucket = (a: Pick<ActivityView, 'startAt' | 'endAt'>, now: number): ActivityBucket =>
  now > a.endAt ? 'past' : now >= a.startAt ? 'ongoing' : 'upcoming';

export const activityWhen = (a: Pick<ActivityView, 'startAt' | 'endAt'>): string => {
  const end = formatDateTime(a.endAt);
  const sameDay = cstDate(a.startAt) === cstDate(a.endAt);
  return `${formatDateTime(a.startAt)} 至 ${sameDay ? end.slice(-5) : end}`;
};

/** The member's next step on an activity, and what their sign-up shows. */
export type NextStep = 'signUp' | 'checkIn' | 'checkOut' | 'none';
export interface ActivityState {
  next: NextStep;
  /** 已报名 / 已签到 / 已签退 / 已取消 / 未报名 */
  label: string;
  /** the sign-up may still be cancelled (not checked in, not ended) */
  cancel: boolean;
  /** why nothing can be done now */
  note?: string;
}

export function activityState(a: ActivityView, now: number): ActivityState {
  const s = a.mine;
  const state = s && s.state !== 'cancelled' ? s.state : undefined;
  const ended = now > a.endAt;
  const opensAt = a.startAt - CHECKIN_OPENS_BEFORE;
  if (a.status === 'cancelled') return { next: 'none', label: '活动已取消', cancel: false };
  if (!state) {
    if (ended) return { next: 'none', label: '未报名', cancel: false, note: '活动已结束' };
    if (a.signedUp >= a.capacity) return { next: 'none', label: '未报名', cancel: false, note: '报名人数已满' };
    return { next: 'signUp', label: s ? SIGNUP_STATE_LABELS.cancelled : '未报名', cancel: false };
  }
  const label = SIGNUP_STATE_LABELS[state];
  if (state === 'signedUp') {
    if (ended) return { next: 'none', label, cancel: false, note: '活动已结束，未签到' };
    if (now < opensAt) return { next: 'none', label, cancel: true, note: `签到从 ${formatDateTime(opensAt)} 开始` };
    return { next: 'checkIn', label, cancel: true };
  }
  if (state === 'checkedIn') return { next: 'checkOut', label, cancel: false };
  return { next: 'none', label, cancel: false };
}

/** What to do after a refused check-in (the server's message says why). */
const CHECKIN_NEXT: Partial<Record<string, string>> = {
  'PARTY.CODE_EXPIRED': '请组织者打开最新的签到码，再扫一次',
  'PARTY.CODE_INVALID': '签到码是组织者手机上的 6 位数字',
  'PARTY.OUT_OF_RADIUS': '也可以请组织者出示签到码，扫码签到',
  'PARTY.WRONG_ACTIVITY': '请扫描本活动的签到码',
  'PARTY.CODE_LOCKED': '组织者可以在报名名单中为您确认',
  'COMMON.NETWORK': '网络不给力，请稍后再试',
};
export const checkInHint = (code: string): string | undefined => CHECKIN_NEXT[code];

/** A typed or pasted code, checked before it is sent: null when it cannot be one. */
export const typedCode = (text: string): string | null => (parseCheckInCode(text) ? text.trim() : null);
export const BAD_CODE_TEXT = '请输入组织者手机上的 6 位签到码';

// ---- 微心愿
export const WISH_TONES: Record<WishStatus, Tone> = {
  posted: 'info',
  approved: 'warn',
  rejected: 'danger',
  claimed: 'info',
  completed: 'warn',
  confirmed: 'ok',
};
/** The resident's word for the first state (the shared label says 待审核; who reviews is plain here). */
export const residentWishLabel = (s: WishStatus, label: string): string => (s === 'posted' ? '待社区审核' : label);

// ---- 积分
const SOURCE_WORDS: Record<PointSourceKind, string> = {
  activity: '志愿活动',
  wish: '微心愿',
  visit: '入户走访',
  ticket: '反映问题办结',
  correction: '社区更正',
};

export interface LedgerLine {
  title: string;
  /** where it came from, in plain words */
  source: string;
  points: string;
  hours?: string;
  when: string;
  tone: Tone;
}

export function ledgerLine(e: PointEntryView): LedgerLine {
  const sign = e.points > 0 ? '+' : '';
  const hours = e.minutes !== 0 ? `${e.minutes > 0 ? '' : '-'}服务 ${Math.abs(e.hours)} 小时` : undefined;
  return {
    title: e.ruleLabel,
    source: e.note ? `${SOURCE_WORDS[e.source.kind]}：${e.note}` : SOURCE_WORDS[e.source.kind],
    points: `${sign}${e.points} 分`,
    ...(hours ? { hours } : {}),
    when: formatDateTime(e.at),
    tone: e.points < 0 ? 'danger' : e.rule === 'correction' ? 'muted' : 'ok',
  };
}

// ---- 季度报告
/** The current quarter and the three before it, newest first. */
export function recentQuarters(now: number, n = 4): { value: string; label: string }[] {
  const out: string[] = [quarterOf(now)];
  while (out.length < n) {
    const [y, q] = out[out.length - 1].split('-Q').map(Number);
    out.push(q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`);
  }
  return out.map((value) => ({ value, label: quarterLabel(value) }));
}
