/**
 * The `pusher` timer function: every minute, the next batch of notice messages. Wiring only: the
 * batch logic is `runPush` in shared/notice-push.ts, which the notices function's publish also runs
 * for an urgent notice's first batch; tests call it with a fixed clock.
 * Anything but a timer event (a client calling the function by name carries an OPENID) is refused.
 */
import { fail, type Fail } from '@lx/types';
import { getCloud } from '../shared/cloud';
import { logError } from '../shared/log';
import { runPush, type PushReport } from '../shared/notice-push';

const isTimer = (e: unknown): boolean => !!e && typeof e === 'object' && (e as { Type?: unknown }).Type === 'Timer';

export async function main(event: unknown): Promise<PushReport | Fail> {
  if (!isTimer(event) || getCloud().getWXContext().OPENID) return fail('COMMON.BAD_REQUEST');
  try {
    return await runPush({ now: Date.now() });
  } catch (e) {
    // the next minute's run resumes from the notice's cursor; nothing is lost by failing this one
    const requestId = `pusher-${Date.now().toString(36)}`;
    logError(requestId, 'pusher.run', e, undefined);
    return fail('COMMON.INTERNAL', undefined, { requestId });
  }
}
