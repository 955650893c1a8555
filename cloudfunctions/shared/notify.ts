/**
 * Subscription messages (订阅消息). A user's acceptance of a one-time template allows one send; the
 * credit is spent with a conditional update *before* sending, so two concurrent senders can never
 * use one credit twice and a user who never allowed a template is never messaged.
 *
 * A long-term template's consent is checked and kept (one acceptance, many sends); only WeChat's
 * 43101 (the user turned it off) clears it.
 *
 * `notify` never throws: a message is a courtesy on top of a change that has already been committed,
 * so a failed send is reported in the result (and logged without personal data) instead of undoing
 * the user's action. Callers that must not send twice (the notice pusher) record the result.
 */
import { fitField, isLongTerm, SUBSCRIPTION_TEMPLATES, type SubscriptionKey } from '@lx/types';
import { openapi, openApiErrCode } from './cloud';
import { hasCredit, refundCredit, revokeCredit, spendCredit } from './repo/users';
import { logWarn } from './log';

export interface Message {
  touser: string;
  template: SubscriptionKey;
  /** values in the template's field order */
  values: readonly string[];
  /** the page the message opens, e.g. `packages/tickets/pages/detail/index?id=…` */
  page: string;
}

export type SendOutcome =
  { sent: true } | { sent: false; reason: 'no-consent' } | { sent: false; reason: 'failed'; errCode: number };

function messageData(template: SubscriptionKey, values: readonly string[]): Record<string, { value: string }> {
  const fields = SUBSCRIPTION_TEMPLATES[template].fields;
  return Object.fromEntries(fields.map((f, i) => [f, { value: fitField(f, values[i] ?? '') }]));
}

export async function notify(msg: Message): Promise<SendOutcome> {
  const longTerm = isLongTerm(msg.template);
  try {
    const consented = longTerm
      ? await hasCredit(msg.touser, msg.template)
      : await spendCredit(msg.touser, msg.template);
    if (!consented) return { sent: false, reason: 'no-consent' };
  } catch {
    return { sent: false, reason: 'failed', errCode: -1 };
  }
  try {
    await openapi().subscribeMessage.send({
      touser: msg.touser,
      templateId: SUBSCRIPTION_TEMPLATES[msg.template].id,
      page: msg.page,
      data: messageData(msg.template, msg.values),
      miniprogramState: 'formal',
      lang: 'zh_CN',
    });
    return { sent: true };
  } catch (e) {
    const errCode = openApiErrCode(e) ?? -1;
    // 43101: the user withdrew consent in WeChat: the credit is gone on their side too
    const undo = longTerm
      ? errCode === 43101 && revokeCredit(msg.touser, msg.template)
      : errCode !== 43101 && refundCredit(msg.touser, msg.template);
    if (undo) await undo.catch(() => undefined);
    logWarn('notify', { template: msg.template, errCode });
    return { sent: false, reason: 'failed', errCode };
  }
}
