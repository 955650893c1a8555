/**
 * What the staff's activity pages say about an activity and a sign-up, pure: the window in China
 * time, the phase as 即将开始 / 进行中 / 已结束, a roster row's line, and the three lists of 活动管理.
 */
import { cstMinute, inChina, SIGNUP_STATE_LABELS, type ActivityPhase } from '@lx/types';
import type { ActivityView, SignupView } from '../../staffApi';

export const PHASE_LABELS: Record<ActivityPhase, string> = {
  upcoming: '即将开始',
  checkInOpen: '进行中',
  ended: '已结束',
};

/** "2026-11-21 09:00–11:00", or both ends in full when it runs past midnight. */
export function windowText(a: Pick<ActivityView, 'startAt' | 'endAt'>): string {
  const sameDay = inChina(a.startAt).format('YYYYMMDD') === inChina(a.endAt).format('YYYYMMDD');
  return `${cstMinute(a.startAt)}–${sameDay ? inChina(a.endAt).format('HH:mm') : cstMinute(a.endAt)}`;
}

export const placesText = (a: Pick<ActivityView, 'signedUp' | 'capacity'>) => `已报名 ${a.signedUp}/${a.capacity} 人`;

/** 活动管理's tabs: the server lists current (upcoming and ongoing together) and past. */
export const MANAGE_TABS = ['upcoming', 'ongoing', 'past'] as const;
export type ManageTab = (typeof MANAGE_TABS)[number];
export const MANAGE_TAB_LABELS: Record<ManageTab, string> = { upcoming: '即将开始', ongoing: '进行中', past: '已结束' };
export const listOfTab = (tab: ManageTab) => (tab === 'past' ? 'past' : 'current');
/** The current list's rows that belong under the tab (the server's phase, from its clock). */
export const inTab = (tab: ManageTab, a: Pick<ActivityView, 'phase'>): boolean =>
  tab === 'past' || (tab === 'ongoing' ? a.phase === 'checkInOpen' : a.phase === 'upcoming');

const hhmm = (ms: number) => inChina(ms).format('HH:mm');

/** A roster row's second line: its state, when, and the hours credited (and by whom). */
export function signupLine(s: SignupView): string {
  const parts: string[] = [SIGNUP_STATE_LABELS[s.state]];
  if (s.checkInAt) {
    const how =
      s.checkInMethod === 'location' ? `定位${s.distanceM !== undefined ? ` ${s.distanceM} 米` : ''}` : '扫码';
    parts.push(`${hhmm(s.checkInAt)} 签到（${how}）`);
  }
  if (s.checkOutAt) parts.push(`${hhmm(s.checkOutAt)} 签退`);
  if (s.hours !== undefined) parts.push(`${s.hours} 小时${s.creditedBy === 'organiser' ? '（已确认）' : ''}`);
  return parts.join(' · ');
}

/** Whom the organiser may confirm hours for: whoever still holds a place (cancelled ones gave it back). */
export const canConfirm = (s: Pick<SignupView, 'state'>, phase: ActivityPhase) =>
  s.state !== 'cancelled' && phase !== 'upcoming';
