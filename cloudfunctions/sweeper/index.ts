/**
 * The `sweeper` timer function (config.json: every 5 minutes). A timer invocation carries no
 * `action`, so this is its own thin entry instead of `createMain`: run the sweep at the platform's
 * clock and report what it did (timer events only); an unexpected error is logged with a request id and reported, never
 * thrown (a thrown error would only be retried by the next tick anyway).
 */
import { fail, ok, type Result } from '@lx/types';
import { getCloud } from '../shared/cloud';
import { logError, logInfo } from '../shared/log';
import { runSweep, type SweepReport } from './sweep';

/** Timer events only: a client that reaches this function (it has an OPENID) is refused. */
const isTimer = (e: unknown): boolean => !!e && typeof e === 'object' && (e as { Type?: unknown }).Type === 'Timer';

export async function main(event: unknown, context?: { request_id?: string }): Promise<Result<SweepReport>> {
  if (!isTimer(event) || getCloud().getWXContext().OPENID) return fail('COMMON.BAD_REQUEST');
  const requestId = context?.request_id ?? `sweep-${Date.now().toString(36)}`;
  try {
    const report = await runSweep({ now: Date.now() });
    // one line per run: what the platform's log search shows when someone asks why a ticket moved
    logInfo('sweeper', { requestId, counts: { ...report } });
    return ok(report);
  } catch (err) {
    logError(requestId, 'sweeper', err);
    return fail('COMMON.INTERNAL', undefined, { requestId });
  }
}
