/**
 * Rate limits (the table: types/limits.ts), counted in the database so they hold across instances.
 * Usually nothing to call: an action names its rules in its access declaration (`limits: [...]`) and
 * the dispatcher checks them before the handler and counts them in the handler's transaction
 * (`ctx.record(…)`, shared/guard.ts).
 *
 * For a handler that counts itself (R3's upload registration): `takeLimit(openid, 'upload', now)`
 * checks and counts one in a transaction of its own (COMMON.RATE_LIMITED past 60 an hour);
 * `limitWrite(openid, ['upload'], now)` is the same as a TxWrite for the handler's own transaction;
 * `checkLimit(openid, 'upload', now)` only checks.
 */
import {
  appliesTo,
  blockedUntil,
  counted,
  counterIds,
  DomainError,
  LIMITS,
  limitMessage,
  settled,
  windowEnd,
  windowStart,
  type LimitName,
  type LimitRule,
  type RateCounter,
} from '@lx/types';
import { bump, bumpInTx, readCounters } from './repo/counters';
import { alone, type TxWrite } from './repo/tx';

/** What a rule is counted on: the ticket the payload names, and its reporter (督办 is not theirs). */
export interface LimitTarget {
  id?: string;
  reporterId?: string;
}

const rule = (name: LimitName): LimitRule => LIMITS[name];
const applying = (names: readonly LimitName[], openid: string, target?: LimitTarget) =>
  names.filter((n) => appliesTo(n, openid, target));
const targetOf = (name: LimitName, target?: LimitTarget) => (rule(name).perTarget ? target?.id : undefined);
const refused = (name: LimitName, until: number, now: number) =>
  new DomainError('COMMON.RATE_LIMITED', limitMessage(name, until, now));

/** Throws COMMON.RATE_LIMITED when any of the rules holds the caller now; one read for them all. */
export async function checkLimits(
  openid: string,
  names: readonly LimitName[],
  now: number,
  target?: LimitTarget,
): Promise<void> {
  const rules = applying(names, openid, target).map((name) => ({
    name,
    ids: counterIds(openid, name, now, targetOf(name, target)),
  }));
  if (rules.length === 0) return;
  const found = await readCounters(rules.flatMap((r) => r.ids));
  let at = 0;
  for (const r of rules) {
    const until = blockedUntil(r.name, found.slice(at, (at += r.ids.length)), now);
    if (until !== null) throw refused(r.name, until, now);
  }
}

export const checkLimit = (openid: string, name: LimitName, now: number, target?: LimitTarget) =>
  checkLimits(openid, [name], now, target);

const base = (openid: string, name: LimitName, now: number, target?: string): Omit<RateCounter, 'n'> => ({
  _id: counterIds(openid, name, now, target)[0],
  user: openid,
  rule: name,
  ...(target ? { target } : {}),
  start: windowStart(rule(name), now),
  end: windowEnd(rule(name), now),
});

/**
 * Counts one success for each rule that counts successes, inside the caller's transaction: the
 * counter is read fresh there, so concurrent calls conflict, retry and stop exactly at the limit.
 */
export const limitWrite =
  (openid: string, names: readonly LimitName[], now: number, target?: LimitTarget): TxWrite =>
  async (tx) => {
    for (const name of applying(names, openid, target)) {
      if (rule(name).counts !== 'success') continue;
      await bumpInTx(tx, base(openid, name, now, targetOf(name, target))._id, (prev) => {
        if (prev && prev.n >= rule(name).max) throw refused(name, windowEnd(rule(name), now), now);
        return counted(prev, base(openid, name, now, targetOf(name, target)));
      });
    }
  };

/** Check and count one in a transaction of its own. */
export async function takeLimit(openid: string, name: LimitName, now: number, target?: LimitTarget): Promise<void> {
  await checkLimits(openid, [name], now, target);
  await alone(limitWrite(openid, [name], now, target));
}

const failureRules = (names: readonly LimitName[], openid: string, target?: LimitTarget) =>
  applying(names, openid, target).filter((n) => rule(n).counts !== 'success');

/**
 * Before an attempt that a rule counts the failures of (an invitation code): its slot, taken in a
 * transaction (COMMON.RATE_LIMITED when the rule is full or locked). Returns what to settle after.
 */
export async function reserveFailures(
  openid: string,
  names: readonly LimitName[],
  now: number,
  target?: LimitTarget,
): Promise<string[]> {
  const taken: string[] = [];
  for (const name of failureRules(names, openid, target)) {
    const b = base(openid, name, now, targetOf(name, target));
    await bump(b._id, (prev) => {
      if (prev && prev.n >= rule(name).max) throw refused(name, prev.lockedUntil ?? windowEnd(rule(name), now), now);
      return counted(prev, b);
    });
    taken.push(b._id);
  }
  return taken;
}

/** After the attempt: a failure with a counted code keeps its slot (and may lock), else it is given back. */
export async function settleFailures(taken: readonly string[], code: string | null, now: number): Promise<void> {
  for (const id of taken) {
    await bump(id, (prev) => {
      const c = prev as RateCounter; // taken by this very attempt
      const counts = rule(c.rule).counts;
      return settled(c, code !== null && counts !== 'success' && counts.failures.includes(code), now);
    });
  }
}
