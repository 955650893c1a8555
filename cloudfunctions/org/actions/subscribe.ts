import { isLongTerm, MAX_SUBSCRIPTION_CREDITS, type Payload, type ResultOf } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { setSubscriptions } from '../../shared/repo/users';

/**
 * Records the templates the user just accepted: one credit each for one-time templates (one message
 * may be sent per acceptance), a standing consent for long-term ones. Called by the client right after WeChat's dialog closes.
 */
export async function subscribe(
  p: Payload<'org', 'subscribe'>,
  ctx: ActionContext,
): Promise<ResultOf<'org', 'subscribe'>> {
  const { user } = await ctx.caller();
  const next = { ...user.subscriptions };
  // a long-term template's acceptance is a standing consent (1), not one more send
  for (const key of new Set(p.accepted))
    next[key] = isLongTerm(key) ? 1 : Math.min(MAX_SUBSCRIPTION_CREDITS, (next[key] ?? 0) + 1);
  await setSubscriptions(user._id, next, ctx.now);
  return { subscriptions: next };
}
