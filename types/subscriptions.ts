/**
 * WeChat one-time subscription messages (订阅消息). Each template the user accepts in
 * `requestSubscribeMessage` allows exactly one send, so the server keeps a credit per template on the
 * user (`User.subscriptions`) and spends one per message; without a credit nothing is sent.
 *
 * Template ids belong to the mini-program's account (公众平台 → 订阅消息 → 我的模板). The ids below are
 * the ones the demo account uses; a deployment replaces them here (README, "Deploy") and rebuilds both
 * the client and the functions, which read the same table.
 */
import * as z from 'zod/mini';

export const SUBSCRIPTION_KEYS = ['ticketProgress', 'ticketTask', 'notice', 'visitTask', 'partyTask'] as const;
export const SubscriptionKey = z.enum(SUBSCRIPTION_KEYS);
export type SubscriptionKey = z.infer<typeof SubscriptionKey>;

export interface SubscriptionTemplate {
  /** the template id from the WeChat console */
  id: string;
  /** what the user is asked to allow (shown in our own UI before WeChat's dialog) */
  title: string;
  /** the template's keyword fields, in the console's naming (thing1, time2 …) */
  fields: readonly string[];
}

export const SUBSCRIPTION_TEMPLATES: Record<SubscriptionKey, SubscriptionTemplate> = {
  /** to the reporter: accepted, rejected, resolved (工单进度通知) */
  ticketProgress: {
    id: 'LX-TPL-TICKET-PROGRESS',
    title: '诉求办理进度提醒',
    fields: ['character_string1', 'thing2', 'phrase3', 'time4', 'thing5'],
  },
  /** to handlers: a new ticket routed to them, urged, overdue (待办任务提醒) */
  ticketTask: {
    id: 'LX-TPL-TICKET-TASK',
    title: '待办工单提醒',
    fields: ['character_string1', 'thing2', 'phrase3', 'time4', 'thing5'],
  },
  /** to residents in a notice's scope (社区通知提醒) */
  notice: {
    id: 'LX-TPL-NOTICE',
    title: '社区通知提醒',
    fields: ['thing1', 'phrase2', 'time3', 'thing4'],
  },
  /**
   * to visitors and their community: planned visits due today or overdue (走访任务提醒), keywords
   * 走访住户 (thing1), 应访日期 (time2), 走访状态 (phrase3), 温馨提示 (thing4)
   */
  visitTask: {
    id: 'LX-TPL-VISIT-TASK',
    title: '走访任务提醒',
    fields: ['thing1', 'time2', 'phrase3', 'thing4'],
  },
  /**
   * to party members and their community: 报到 reviewed, re-report due or overdue (党员事务提醒),
   * keywords 事项 (thing1), 状态 (phrase2), 截止时间 (time3), 温馨提示 (thing4)
   */
  partyTask: {
    id: 'LX-TPL-PARTY-TASK',
    title: '党员事务提醒',
    fields: ['thing1', 'phrase2', 'time3', 'thing4'],
  },
};

/** Credits a user may bank per template: WeChat itself does not cap them, we keep it sane. */
export const MAX_SUBSCRIPTION_CREDITS = 50;

/** WeChat's `thing` fields take at most 20 characters, `phrase` 5, `character_string` 32. */
export function fitField(field: string, value: string): string {
  const max = field.startsWith('thing')
    ? 20
    : field.startsWith('phrase')
      ? 5
      : field.startsWith('character_string')
        ? 32
        : 40;
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}
