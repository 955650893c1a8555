/**
 * The `visitReminder` timer function (config.json: hourly, on the hour). Like the sweeper, a timer
 * invocation carries no `action`, so this is its own thin entry: run the plans at the platform's clock
 * (shared/visit-plans.ts runVisitPlans makes the due visits and sends the reminders) and report what it
 * did; an unexpected error is logged with a request id and reported, never thrown (the next hour runs
 * it again, and every run is idempotent).
 */
import { fail, ok, type Result } from '@lx/types';
import { getCloud } from '../shared/cloud';
import { logError, logInfo } from '../shared/log';
import { runVisitPlans, type VisitPlanReport } from '../shared/visit-plans';

/** Timer events only: a client that reaches this function (it has an OPENID) is refused. */
const isTimer = (e: unknown): boolean => !!e && typeof e === 'object' && (e as { Type?: unknown }).Type === 'Timer';

export async function main(event: unknown, context?: { request_id?: string }): Promise<Result<VisitPlanReport>> {
  if (!isTimer(event) || getCloud().getWXContext().OPENID) return fail('COMMON.BAD_REQUEST');
  const requestId = context?.request_id ?? `visits-${Date.now().toString(36)}`;
  try {
    const report = await runVisitPlans({ now: Date.now() });
    logInfo('visitReminder', { requestId, counts: { ...report } });
    return ok(report);
  } catch (err) {
    logError(requestId, 'visitReminder', err);
    return fail('COMMON.INTERNAL', undefined, { requestId });
  }
}
