/**
 * One fake clock for every cloud function test. The jest setup (`clock.setup.ts`) fakes `Date` (and
 * only `Date`: timers, microtasks and `performance` stay real, so the emulator's locks and the SDK's
 * retries behave as in production) at `SEED_NOW`, the instant the test database was seeded at. So no
 * handler reads the real clock while its data was seeded at another, an invitation made "7 days from
 * now" stays open however long after its writing a test runs, and a run that crosses midnight China
 * time (16:00 UTC) numbers its tickets by the same day it started. The clock stands still until a test
 * moves it.
 */

/** The clock the seed was built at: 2026-11-21 10:00 China time (a Saturday). */
export const SEED_NOW = Date.parse('2026-11-21T02:00:00Z');

/** Everything that is not `Date` stays real. */
export const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

export const clock = {
  /** what every handler sees as `ctx.now` */
  now: (): number => Date.now(),
  set(ms: number): void {
    jest.setSystemTime(ms);
  },
  advance(ms: number): number {
    jest.setSystemTime(Date.now() + ms);
    return Date.now();
  },
  /** back to the seed's instant (each test file starts there) */
  reset(): void {
    jest.setSystemTime(SEED_NOW);
  },
};
