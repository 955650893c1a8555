/**
 * When the organiser's page asks for a new check-in code, and what its countdown says. The server's
 * code changes at every slot (CODE_SLOT_MS) and stays accepted one slot more (codeValidUntil): the
 * page asks again as the slot turns, so the code on the screen is always the newest and a
 * screenshot forwarded a minute ago no longer works. Times are the server's (the phone's clock may
 * be off): `skew` is what to add to the phone's clock to get the server's.
 */
import { CODE_SLOT_MS, type CheckInCode } from '@lx/types';

export interface CodeClock {
  /** server time at which to ask again: when the slot turns */
  refreshAt: number;
  /** server time minus phone time, when the code came */
  skew: number;
}

export const clockOf = (code: Pick<CheckInCode, 'validUntil' | 'serverNow'>, phoneNow: number): CodeClock => ({
  // never sooner than a second from now: a late answer must not start a request loop
  refreshAt: Math.max(code.validUntil - CODE_SLOT_MS, code.serverNow + 1000),
  skew: code.serverNow - phoneNow,
});

/** Whole seconds until the next code (0: ask now). */
export const secondsLeft = (clock: CodeClock, phoneNow: number): number =>
  Math.max(0, Math.ceil((clock.refreshAt - (phoneNow + clock.skew)) / 1000));

/** The countdown under the code. */
export const countdownText = (seconds: number): string => (seconds > 0 ? `${seconds} 秒后更新` : '正在更新…');
