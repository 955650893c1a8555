/** How times read to a resident: China time, no seconds, "今天/昨天" where it helps (types/time.ts). */
import { cstDaysBetween, cstHour, cstMinute, HOUR, inChina } from '@lx/types';

/** "2026-11-21 14:05" */
export const formatDateTime = cstMinute;

/** "今天 14:05", "昨天 09:30", "11月3日 08:00", or with the year when it is not this year. */
export function formatRelative(ms: number, now: number = Date.now()): string {
  const t = inChina(ms);
  const time = t.format('HH:mm');
  const diff = cstDaysBetween(ms, now);
  if (diff === 0) return `今天 ${time}`;
  if (diff === 1) return `昨天 ${time}`;
  if (t.year() === inChina(now).year()) return `${t.format('M月D日')} ${time}`;
  return `${t.format('YYYY年M月D日')} ${time}`;
}

/** The countdown a handler sees: "剩余 5 小时", "剩余 2 天", "不足 1 小时", or "已超期". */
export function dueCountdown(
  dueAt: number,
  now: number = Date.now(),
): { text: string; overdue: boolean; soon: boolean } {
  const left = dueAt - now;
  if (left <= 0) return { text: '已超期', overdue: true, soon: false };
  const hours = Math.floor(left / HOUR);
  if (hours < 1) return { text: '剩余不足 1 小时', overdue: false, soon: true };
  if (hours < 48) return { text: `剩余 ${hours} 小时`, overdue: false, soon: hours < 4 };
  return { text: `剩余 ${Math.floor(hours / 24)} 天`, overdue: false, soon: false };
}

/** "早上好" … by the hour in China time. */
export function greeting(now: number = Date.now()): string {
  const h = cstHour(now);
  if (h < 5) return '夜深了';
  if (h < 11) return '早上好';
  if (h < 13) return '中午好';
  if (h < 18) return '下午好';
  return '晚上好';
}
