/**
 * The organiser's rotating check-in code: six digits from an HMAC over the activity and a 30-second
 * slot (TOTP-like), so a forwarded screenshot stops working within a minute and nobody without the
 * server's secret can make one. The secret comes from the function's environment
 * (LX_PARTY_CODE_SECRET, set in the cloud console's 环境变量 for production); the emulator and the tests
 * use the fixed local default.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { CODE_DIGITS, CODE_EXPIRED_LOOKBACK_SLOTS, codeSlot } from '@lx/types';

export const LOCAL_CODE_SECRET = 'lianxin-local-party-checkin-secret';
const secret = (): string => process.env.LX_PARTY_CODE_SECRET || LOCAL_CODE_SECRET;

export function codeFor(activityId: string, slot: number): string {
  const mac = createHmac('sha256', secret()).update(`${activityId}|${slot}`).digest();
  // dynamic truncation as in RFC 4226: four bytes from an offset the MAC itself picks
  const at = mac[mac.length - 1] & 0x0f;
  const n = mac.readUInt32BE(at) & 0x7fffffff;
  return String(n % 10 ** CODE_DIGITS).padStart(CODE_DIGITS, '0');
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** ok: the current or the previous slot's code; expired: an older one (a screenshot); else invalid. */
export function judgeCode(activityId: string, code: string, now: number): 'ok' | 'expired' | 'invalid' {
  const slot = codeSlot(now);
  if (same(code, codeFor(activityId, slot)) || same(code, codeFor(activityId, slot - 1))) return 'ok';
  for (let back = 2; back <= CODE_EXPIRED_LOOKBACK_SLOTS; back++) {
    if (same(code, codeFor(activityId, slot - back))) return 'expired';
  }
  return 'invalid';
}
