/**
 * The time a handler has left on a ticket: blue while there is time, orange in the last hours, red
 * once it is overdue. The server's `overdue` flag wins over the phone's clock: the sweeper may have
 * marked the ticket before this phone agrees that the deadline has passed.
 */
import { Text } from '@tarojs/components';
import { cstDaysBetween, HOUR } from '@lx/types';
import { dueCountdown } from '@/utils/format';

interface Props {
  dueAt: number;
  overdue?: boolean;
  now?: number;
  /** words before the countdown, e.g. "办理时限" */
  prefix?: string;
}

export function countdownState(dueAt: number, overdue: boolean, now: number) {
  const due = dueCountdown(dueAt, now);
  if (overdue || due.overdue) {
    const late = now - dueAt;
    const hours = Math.floor(late / 3_600_000);
    const text =
      late <= 0 || hours < 1 ? '已超期' : hours < 48 ? `已超期 ${hours} 小时` : `已超期 ${Math.floor(hours / 24)} 天`;
    return { text, tone: 'over' as const };
  }
  // two days or more: count calendar days to the deadline's date, so "剩余 5 天" agrees with the
  // 办理时限 written beside it (Friday 20:00 → Wednesday 18:00 is 5 days, not 4 whole days and 22 hours)
  const text = dueAt - now >= 48 * HOUR ? `剩余 ${cstDaysBetween(now, dueAt)} 天` : due.text;
  return { text, tone: due.soon ? ('soon' as const) : ('ok' as const) };
}

export function DueCountdown({ dueAt, overdue = false, now = Date.now(), prefix }: Props) {
  const s = countdownState(dueAt, overdue, now);
  return (
    <Text className={`lx-due ${s.tone === 'over' ? 'lx-due--over' : s.tone === 'soon' ? 'lx-due--soon' : ''}`}>
      {prefix ? `${prefix} ` : ''}
      {s.text}
    </Text>
  );
}
