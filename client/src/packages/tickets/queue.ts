/** Which handling level's queue a user sees. */
import { HANDLER_ROLES, type HandlerRole, type Me, type QueueTab } from '@lx/types';
import { hasRole } from '@/hooks/useMe';

export const QUEUE_TITLES: Record<HandlerRole, string> = {
  gridWorker: '网格工单',
  communityStaff: '社区工单',
  streetStaff: '街道工单',
};

export const QUEUE_EMPTY: Record<QueueTab, string> = {
  pending: '没有待签收的工单',
  processing: '没有正在处理的工单',
  dueSoon: '没有即将超期的工单',
  overdue: '没有超期的工单',
  done: '还没有办结的工单',
};

/** The queue to show: the one asked for, if the user holds that role; else their first handling role. */
export function queueRole(me: Me | undefined, asked?: string): HandlerRole | undefined {
  const held = HANDLER_ROLES.filter((r) => hasRole(me, r));
  if (asked && (held as string[]).includes(asked)) return asked as HandlerRole;
  return held[0];
}
