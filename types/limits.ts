/**
 * Per-user rate limits: the one table. An action names its rules in its access declaration
 * (`limits: ['file.hour', 'file.day']` in api/<function>.ts); the dispatcher checks them before the
 * handler runs and counts them in the database (`rate_counters`, one document per user × rule ×
 * window start, written in the same transaction as the action's own write), so they hold across
 * function instances. A refusal is COMMON.RATE_LIMITED with a message saying when to try again.
 *
 * Windows are fixed: the clock hour (China is a whole number of hours from UTC) or the China-time day.
 * The reporter's own 催办 (once a China-time day, after the limit ran out) is the transition table's
 * guard (TICKET.URGE_TOO_SOON, ticket-transitions.ts): it is state of the ticket and decides whether
 * the button shows, so it stays there; a supervisor's 督办 is counted here.
 * Pure: no I/O.
 */
import { cstMidnight, DAY, HOUR, inChina } from './time';

export interface LimitRule {
  max: number;
  window: 'hour' | 'day';
  /** what is counted: successful calls, or refusals with one of these codes (wrong invitation codes) */
  counts: 'success' | { failures: readonly string[] };
  /** counted per target (the ticket the payload's `id` names) instead of once per user */
  perTarget?: boolean;
  /** the target's reporter is not held to this rule (their own limit is elsewhere) */
  exceptReporter?: boolean;
  /** reaching `max` locks the action for this long from that moment (not just to the window's end) */
  lockFor?: number;
  /** the refusal, before "请在 … 后再试" */
  message: string;
}

export const LIMITS = {
  'file.hour': { max: 10, window: 'hour', counts: 'success', message: '提交诉求过于频繁' },
  'file.day': { max: 30, window: 'day', counts: 'success', message: '今天提交的诉求已达上限' },
  // 督办: one per ticket per hour (the reporter's 催办 is once a day, by the transition table)
  'urge.supervisor': {
    max: 1,
    window: 'hour',
    counts: 'success',
    perTarget: true,
    exceptReporter: true,
    message: '该诉求刚催办过',
  },
  // guessing: five wrong codes lock redemption for an hour
  'redeem.wrong': {
    max: 5,
    window: 'hour',
    counts: { failures: ['INVITE.NOT_FOUND'] },
    lockFor: HOUR,
    message: '邀请码输错次数过多',
  },
  upload: { max: 60, window: 'hour', counts: 'success', message: '上传照片过于频繁' },
  // the monthly report reads every counter of a street and writes a file: a few an hour is plenty
  'stats.export': { max: 10, window: 'hour', counts: 'success', message: '导出报表过于频繁' },
  // party members: a script registering, claiming and leaving posts or exporting reports in a loop
  'party.register': { max: 10, window: 'day', counts: 'success', message: '今天提交的报到申请已达上限' },
  'party.claim': { max: 20, window: 'day', counts: 'success', message: '认领或退出岗位过于频繁' },
  'party.export': { max: 10, window: 'hour', counts: 'success', message: '导出服务报告过于频繁' },
  // party service: sign-ups and cancellations in a loop, wishes posted or claimed by a script
  'party.signup': { max: 30, window: 'hour', counts: 'success', message: '报名或取消报名过于频繁' },
  'party.wish': { max: 5, window: 'day', counts: 'success', message: '今天提交的微心愿已达上限' },
  'party.wishClaim': { max: 10, window: 'day', counts: 'success', message: '今天认领的微心愿已达上限' },
} as const satisfies Record<string, LimitRule>;

export type LimitName = keyof typeof LIMITS;
export const LIMIT_NAMES = Object.keys(LIMITS) as LimitName[];

/** One counter document: how many times `user` did what `rule` counts in the window from `start`. */
export interface RateCounter {
  _id: string;
  user: string;
  rule: LimitName;
  /** the target counted on (perTarget rules) */
  target?: string;
  start: number;
  /** when the window ends (what a clean-up sweeps by) */
  end: number;
  n: number;
  /** a lockFor rule reached its max: refused until then */
  lockedUntil?: number;
}

export const windowStart = (rule: LimitRule, now: number): number =>
  rule.window === 'hour' ? Math.floor(now / HOUR) * HOUR : cstMidnight(now);
export const windowEnd = (rule: LimitRule, now: number): number =>
  windowStart(rule, now) + (rule.window === 'hour' ? HOUR : DAY);

export const counterId = (user: string, name: LimitName, start: number, target?: string): string =>
  [user, name, target ?? '', String(start)].join('|');

/**
 * The counter documents that decide a rule now: the current window's; a locking rule also the
 * previous window's (a lock taken there runs into this one, as lockFor is at most a window).
 */
export function counterIds(user: string, name: LimitName, now: number, target?: string): string[] {
  const rule: LimitRule = LIMITS[name];
  const start = windowStart(rule, now);
  const ids = [counterId(user, name, start, target)];
  if (rule.lockFor) ids.push(counterId(user, name, start - (rule.window === 'hour' ? HOUR : DAY), target));
  return ids;
}

/** When the rule lets `user` act again, given the counters counterIds named; null: now. */
export function blockedUntil(name: LimitName, counters: readonly (RateCounter | null)[], now: number): number | null {
  const rule: LimitRule = LIMITS[name];
  if (rule.lockFor) {
    const until = Math.max(0, ...counters.map((c) => c?.lockedUntil ?? 0));
    return until > now ? until : null;
  }
  const current = counters[0];
  return current && current.n >= rule.max ? windowEnd(rule, now) : null;
}

/** Whether a rule holds `user` on this target (a supervisor's 督办, not the reporter's own 催办). */
export const appliesTo = (name: LimitName, user: string, target?: { reporterId?: string }): boolean =>
  !((LIMITS[name] as LimitRule).exceptReporter && target?.reporterId === user);

/** The counter after one more. */
export const counted = (prev: RateCounter | null, base: Omit<RateCounter, 'n'>): RateCounter => ({
  ...base,
  n: (prev?.n ?? 0) + 1,
  ...(prev?.lockedUntil ? { lockedUntil: prev.lockedUntil } : {}),
});

/**
 * A rule that counts failures takes its slot before the attempt runs, so that guesses sent all at
 * once cannot outrun it; afterwards a counted failure keeps the slot (and reaching `max` locks for
 * `lockFor` from now), anything else gives it back (null: no count left, nothing to keep).
 */
export function settled(c: RateCounter, failed: boolean, now: number): RateCounter | null {
  if (!failed) return c.n <= 1 && !c.lockedUntil ? null : { ...c, n: c.n - 1 };
  const rule: LimitRule = LIMITS[c.rule];
  return rule.lockFor && c.n >= rule.max ? { ...c, lockedUntil: now + rule.lockFor } : c;
}

/** "提交诉求过于频繁，请在 11:00 后再试" (or 请明天再试 when that is tomorrow in China). */
export function limitMessage(name: LimitName, until: number, now: number): string {
  const rule: LimitRule = LIMITS[name];
  const tomorrow = cstMidnight(until) > cstMidnight(now);
  if (tomorrow && until === cstMidnight(until)) return `${rule.message}，请明天再试`;
  return `${rule.message}，请在${tomorrow ? '明天' : ''} ${inChina(until).format('HH:mm')} 后再试`;
}
