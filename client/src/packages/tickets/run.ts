/**
 * Sending one workflow action: the form's input becomes the action's payload, checked first with the
 * contract's own schema (so a too-short reason gets the server's words before any request), then
 * `callCloud('tickets', action, …)`.
 */
import { TICKETS_ACTIONS, type TicketDetail } from '@lx/types';
import type { SubscriptionKey } from '@lx/types/subscriptions';
import { callCloud, type CloudResult } from '@/services/cloud';
import { validate } from '@/utils/form';
import type { ActionInput } from './forms';
import type { PanelAction } from './panel';
import { actionPayload } from './payloads';

export async function runAction(
  action: PanelAction,
  t: Pick<TicketDetail, 'id' | 'version'>,
  input: ActionInput,
): Promise<CloudResult<unknown>> {
  const payload = actionPayload(action, t, input);
  const checked = validate(TICKETS_ACTIONS[action], payload);
  if (!checked.ok) return { ok: false, code: 'COMMON.VALIDATION', message: checked.message, fields: checked.errors };
  // each action's payload type is checked by the schema above; the union of them is not nameable here
  return callCloud('tickets', action, checked.data as never);
}

export const DONE_TOASTS: Record<PanelAction, string> = {
  accept: '已签收',
  resolve: '已办结',
  progress: '已添加进展',
  escalate: '已上报上级',
  route: '已分派到网格',
  dispatch: '已派遣',
  verify: '已提交核查结果',
  sendBack: '已退回重办，办理人员会收到提醒',
  reject: '已不予受理',
  rate: '感谢您的评价',
  reopen: '已提交，将重新办理',
  urge: '已催办',
  join: '附议成功',
};

/** Answers after which the page must reload: someone else moved the ticket first. */
export const REFRESH_CODES: readonly string[] = ['COMMON.CONFLICT', 'TICKET.ILLEGAL_TRANSITION'];

/**
 * Which subscription messages to ask for on a tap: handlers want their tasks (routing, urging,
 * overdue); the reporter wants the ticket's progress.
 */
export function consentFor(action: PanelAction, mine: boolean): SubscriptionKey[] {
  if (mine || action === 'rate' || action === 'reopen' || action === 'join') return ['ticketProgress'];
  if (action === 'accept' || action === 'verify' || action === 'route') return ['ticketTask'];
  return [];
}
