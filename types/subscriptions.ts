/**
 * WeChat subscription messages (订阅消息). The template ids, their keyword fields and whether each is a
 * long-term template live in the one deployment config, `lianxin.config.json` at the root, which the
 * client and the functions both read (README, "Deploy"); this module adds what the code needs.
 *
 * - One-time templates (the default): each acceptance in `requestSubscribeMessage` allows exactly one
 *   send, so the server keeps a credit per template on the user (`User.subscriptions`) and spends one
 *   per message; without a credit nothing is sent.
 * - Long-term templates (长期订阅, open to 政务民生 mini-programs like this one): one acceptance allows
 *   every later send until the user turns it off, so the credit is a flag that is checked, never spent.
 *   Long-term templates need the account's 政务民生 category and WeChat's approval, so the shipped config
 *   has none: a deployment that has them sets `longTerm: true` on the staff reminders (ticketTask:
 *   督办 and overdue tickets; visitTask: due and overdue visits) in lianxin.config.json.
 */
import * as z from 'zod/mini';
import config from '../lianxin.config.json';

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
  /** a long-term template: one acceptance, many sends (no credit is spent) */
  longTerm: boolean;
}

const TITLES: Record<SubscriptionKey, string> = {
  /** to the reporter: accepted, rejected, resolved (工单进度通知) */
  ticketProgress: '诉求办理进度提醒',
  /** to handlers: a new ticket routed to them, urged (督办), overdue (待办任务提醒) */
  ticketTask: '待办工单提醒',
  /** to residents in a notice's scope (社区通知提醒) */
  notice: '社区通知提醒',
  /** to visitors and their community: planned visits due today or overdue: 走访住户, 应访日期, 走访状态, 温馨提示 */
  visitTask: '走访任务提醒',
  /** to party members and their community: 报到 reviewed, re-report due or overdue: 事项, 状态, 截止时间, 温馨提示 */
  partyTask: '党员事务提醒',
};

// typed by the JSON itself: a key missing from the config, or a field of the wrong type, fails tsc
const configured: Record<SubscriptionKey, Omit<SubscriptionTemplate, 'title'>> = config.subscriptions;

export const SUBSCRIPTION_TEMPLATES = Object.fromEntries(
  SUBSCRIPTION_KEYS.map((k) => [k, { title: TITLES[k], ...configured[k] }]),
) as unknown as Record<SubscriptionKey, SubscriptionTemplate>;

export const isLongTerm = (key: SubscriptionKey): boolean => SUBSCRIPTION_TEMPLATES[key].longTerm;

/**
 * WeChat refuses one `requestSubscribeMessage` that mixes one-time and long-term templates: the keys
 * of one tap, split into requests of one kind each (one-time first, in the order given).
 */
export function subscriptionRequests(keys: readonly SubscriptionKey[]): SubscriptionKey[][] {
  const oneTime = keys.filter((k) => !isLongTerm(k));
  const longTerm = keys.filter((k) => isLongTerm(k));
  return [oneTime, longTerm].filter((group) => group.length > 0);
}

/** Credits a user may bank per one-time template: WeChat itself does not cap them, we keep it sane. */
export const MAX_SUBSCRIPTION_CREDITS = 50;

/** WeChat's limits per keyword kind (the field name without its number). */
export const FIELD_LIMITS = { thing: 20, phrase: 5, character_string: 32 } as const;

const DAY = String.raw`(?:\d{4}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])|\d{4}年(?:[1-9]|1[0-2])月(?:[1-9]|[12]\d|3[01])日)`;
const CLOCK = String.raw`(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?`;
const POINT = `(?:${DAY}(?: ${CLOCK})?|${CLOCK})`;
const TIME = new RegExp(`^${POINT}(?:~${POINT})?$`);

/** A `time`/`date` keyword WeChat accepts: a day, a day and a time, a time, or a range of two with `~`. */
export const isValidMessageTime = (value: string): boolean => TIME.test(value);

/**
 * The one place a message value is made to fit its keyword: `thing` cut to 20 characters (ending
 * in …), `phrase` to 5 and `character_string` to 32 (cut plainly: … is neither a 汉字 nor ASCII, which
 * those kinds take). A `time`/`date` value that WeChat would refuse is a bug in the caller: it throws
 * rather than sending a message WeChat rejects with 47003.
 */
export function fitField(field: string, value: string): string {
  const kind = field.replace(/\d+$/, '');
  if (kind === 'time' || kind === 'date') {
    if (!isValidMessageTime(value)) throw new Error(`subscription field ${field}: not a WeChat time`);
    return value;
  }
  const max = (FIELD_LIMITS as Record<string, number>)[kind] ?? 40;
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  return kind === 'thing' ? `${chars.slice(0, max - 1).join('')}…` : chars.slice(0, max).join('');
}
