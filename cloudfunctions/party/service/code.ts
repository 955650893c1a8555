/**
 * The organiser's rotating check-in code: six digits from an HMAC over the activity and a 30-second
 * slot (TOTP-like), so a forwarded screenshot stops working within a minute and nobody without the
 * activity's key can make one. The key is random per activity (`Activity.codeKey`, made by
 * createActivity, never in a view), so there is no shared secret to set up in the console, and one
 * leaked key opens one activity only.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Activity, CODE_DIGITS, CODE_EXPIRED_LOOKBACK_SLOTS, codeSlot } from '@lx/types';

type Keyed = Pick<Activity, '_id' | 'codeKey'>;

/** A new activity's key: 32 random bytes, hex. */
export const newCodeKey = (): string => randomBytes(32).toString('hex');

export function codeFor(a: Keyed, slot: number): string {
  const mac = createHmac('sha256', a.codeKey).update(`${a._id}|${slot}`).digest();
  // dynamic truncation as in RFC 4226: four bytes from an offset the MAC itself picks
  const at = mac[mac.length - 1] & 0x0f;
  const n = mac.readUInt32BE(at) & 0x7fffffff;
  return String(n % 10 ** CODE_DIGITS).padStart(CODE_DIGITS, '0');
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** ok: the current or the previous slot's code; expired: an older one (a screenshot); else invalid. */
export function judgeCode(a: Keyed, code: string, now: number): 'ok' | 'expired' | 'invalid' {
  const slot = codeSlot(now);
  if (same(code, codeFor(a, slot)) || same(code, codeFor(a, slot - 1))) return 'ok';
  for (let back = 2; back <= CODE_EXPIRED_LOOKBACK_SLOTS; back++) {
    if (same(code, codeFor(a, slot - back))) return 'expired';
  }
  return 'invalid';
}
