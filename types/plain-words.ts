/**
 * Plain words for residents: the one table from the office's terms (待签收, 办结, 附议 …) to what a
 * resident reads. Staff keep the office terms (TICKET_STATUS_LABELS, TICKET_ACTION_LABELS): they are
 * the words of their rules and reports. Pure data, so the client's tags, timeline, detail and lists
 * all read the same words, and a test holds that no office word slips through.
 */
import type { TicketAction, TicketStatus } from './ticket';
import { TICKET_ACTION_LABELS, TICKET_STATUS_LABELS } from './ticket';

/** Who is reading: a resident (the reporter or a supporter) or a handler / supervisor. */
export type Audience = 'resident' | 'staff';

export const RESIDENT_STATUS_WORDS: Record<TicketStatus, string> = {
  pending: '等待网格员接单',
  processing: '正在处理',
  verifying: '正在核实处理结果',
  resolved: '已处理完',
  closed: '已完成',
  rejected: '没有受理',
};

export const RESIDENT_ACTION_WORDS: Record<TicketAction, string> = {
  file: '我反映了问题',
  accept: '网格员已接单',
  reject: '没有受理',
  progress: '处理进展',
  escalate: '交给上级处理',
  dispatch: '交给相关部门处理',
  resolve: '已处理完',
  verify: '核实处理结果',
  rate: '评价',
  reopen: '问题又出现了，重新处理',
  urge: '催一催',
  join: '我也遇到了',
  sendBack: '退回重新处理',
  route: '交给网格员处理',
  markOverdue: '超过了办理时限',
  autoEscalate: '超过时限，自动交给上级',
  autoClose: '没有评价，自动完成',
};

/**
 * Words that stand alone in the resident's pages (field labels, tab names, the category 垃圾暴露),
 * keyed by the office term.
 */
export const RESIDENT_TERMS: Readonly<Record<string, string>> = {
  诉求: '反映的问题',
  我的诉求: '我的反映',
  附议: '我也遇到了',
  办结: '处理完',
  已办结: '已处理完',
  反弹: '问题又出现',
  不予受理: '没有受理',
  办理时限: '预计处理完',
  办理单位: '负责处理',
  垃圾暴露: '垃圾没有清运',
};

/** The status as the reader should read it. */
export const statusWords = (s: TicketStatus, who: Audience): string =>
  who === 'resident' ? RESIDENT_STATUS_WORDS[s] : TICKET_STATUS_LABELS[s];

/** An event's action as the reader should read it. */
export const actionWords = (a: TicketAction, who: Audience): string =>
  who === 'resident' ? RESIDENT_ACTION_WORDS[a] : TICKET_ACTION_LABELS[a];

/** An office term (a label, a category name) for the reader: unchanged when there is no plainer word. */
export const plainTerm = (term: string, who: Audience): string =>
  who === 'resident' ? (RESIDENT_TERMS[term] ?? term) : term;

/** The office words a resident should never read on a ticket's status or history. */
export const OFFICE_WORDS = ['诉求', '待签收', '附议', '办结', '反弹', '不予受理', '签收', '结案'] as const;
