/**
 * Asking for subscription-message consent. WeChat only shows its dialog from a tap, so call this in
 * a tap handler (after "提交", "签收" …), never on page load. Each accepted template is one credit on
 * the server (`org.subscribe`), spent by the next message of that kind.
 *
 * In h5 (the local stack) there is no WeChat dialog: the demo behaves like a user who taps "允许", so
 * messages show up in the local outbox (/dev/outbox).
 */
import Taro from '@tarojs/taro';
import { SUBSCRIPTION_TEMPLATES, subscriptionRequests, type SubscriptionKey } from '@lx/types/subscriptions';
import { callCloud } from './cloud';

async function askWeChat(keys: readonly SubscriptionKey[]): Promise<SubscriptionKey[]> {
  try {
    const res = (await Taro.requestSubscribeMessage({
      tmplIds: keys.map((k) => SUBSCRIPTION_TEMPLATES[k].id),
      entityIds: [],
    })) as unknown as Record<string, string>;
    return keys.filter((k) => res[SUBSCRIPTION_TEMPLATES[k].id] === 'accept');
  } catch {
    // the user closed the dialog, or turned subscriptions off in settings: carry on without
    return [];
  }
}

/** Asks for the given templates and records what was accepted; never fails the caller's flow. */
export async function askSubscription(keys: readonly SubscriptionKey[]): Promise<SubscriptionKey[]> {
  // one dialog per kind: WeChat refuses a request that mixes one-time and long-term templates
  // (no caller mixes them today; a second dialog may need a second tap)
  let accepted: SubscriptionKey[] = [...keys];
  if (process.env.TARO_ENV === 'weapp') {
    accepted = [];
    for (const group of subscriptionRequests(keys)) accepted.push(...(await askWeChat(group)));
  }
  if (accepted.length > 0) await callCloud('org', 'subscribe', { accepted });
  return accepted;
}
