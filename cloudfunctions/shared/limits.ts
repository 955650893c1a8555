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
        return counted(prev, base(openid, name, now, targetOf(name, target)), now);
      });
    }
  };

/** Check and count one in a transaction of its own. */
export async function takeLimit(openid: string, name: LimitName, now: number, target?: LimitTarget): Promise<void> {
  await checkLimits(openid, [name], now, target);
  await alone(limitWrite(openid, [name], now, target));
}

/** A refusal with `code`: counted by the rules that count it (a wrong invitation code); may lock. */
export async function countFailure(
  openid: string,
  names: readonly LimitName[],
  code: string,
  now: number,
  target?: LimitTarget,
): Promise<void> {
  for (const name of applying(names, openid, target)) {
    const counts = rule(name).counts;
    if (counts === 'success' || !counts.failures.includes(code)) continue;
    const b = base(openid, name, now, targetOf(name, target));
    await bump(b._id, (prev) => counted(prev, b, now));
  }
}
