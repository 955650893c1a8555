/**
 * The `partyCards` timer function (config.json: daily at 09:00 China time). Like visitReminder, a
 * timer invocation carries no `action`, so this is its own thin entry: shared/party-cards.ts
 * runPartyCards gives the 红黄牌 and sends the re-report reminders at the platform's clock; an
 * unexpected error is logged with a request id and reported, never thrown (the next run does it
 * again, and every run is idempotent).
 */
import { fail, ok, type Result } from '@lx/types';
import { getCloud } from '../shared/cloud';
import { logError, logInfo } from '../shared/log';
import { type PartyCardsReport, runPartyCards } from '../shared/party-cards';

/** Timer events only: a client that reaches this function (it has an OPENID) is refused. */
const isTimer = (e: unknown): boolean => !!e && typeof e === 'object' && (e as { Type?: unknown }).Type === 'Timer';

export async function main(event: unknown, context?: { request_id?: string }): Promise<Result<PartyCardsReport>> {
  if (!isTimer(event) || getCloud().getWXContext().OPENID) return fail('COMMON.BAD_REQUEST');
  const requestId = context?.request_id ?? `cards-${Date.now().toString(36)}`;
  try {
    const report = await runPartyCards({ now: Date.now() });
    logInfo('partyCards', { requestId, counts: { ...report } });
    return ok(report);
  } catch (err) {
    logError(requestId, 'partyCards', err);
    return fail('COMMON.INTERNAL', undefined, { requestId });
  }
}
