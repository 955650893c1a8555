/**
 * The five steps of 五步工作法 as the visitor reads them on the doorstep: the method's own words as
 * the heading, a short name under each dot (five full names do not fit a 375-px row), and what to do
 * in plain words. The titles are the contract's VISIT_STEP_LABELS.
 */
import { VISIT_STEP_LABELS } from '@lx/types';

export interface StepInfo {
  /** 1…5, the order the server enforces */
  n: 1 | 2 | 3 | 4 | 5;
  title: string;
  short: string;
  hint: string;
}

export const VISIT_STEPS: readonly StepInfo[] = [
  { n: 1, title: VISIT_STEP_LABELS[1], short: '敲门', hint: '到了住户门口，敲门后点下面的按钮' },
  { n: 2, title: VISIT_STEP_LABELS[2], short: '见人', hint: '见到了谁？家里没人就点「不在家」，改天再来' },
  { n: 3, title: VISIT_STEP_LABELS[3], short: '听音', hint: '把住户说的难处一条条记下来，选一个类别' },
  { n: 4, title: VISIT_STEP_LABELS[4], short: '暖心', hint: '帮了什么忙、讲了什么政策、说了什么贴心话' },
  { n: 5, title: VISIT_STEP_LABELS[5], short: '办事', hint: '看一遍小结，每件事选「当场解决」或「转为诉求」' },
];

export const stepLabel = (n: number) => `第 ${n} 步 ${VISIT_STEPS[n - 1]?.title ?? ''}`;
