/**
 * A visit in progress, kept on the phone (Taro storage, one key per visit) so that what the visitor
 * typed on the doorstep survives leaving the page, a call, or WeChat killing the app: what each step's
 * form holds, and the one step that was sent without an answer, with its requestId. That id is kept
 * with the payload so a retry after a restart is the same intention to the server (no second step,
 * no second ticket), not a new one.
 */
import { dropDraft as dropStored, keepDraft, readDraft } from '@/hooks/useDraft';
import type { StepBody } from './api';

export const DRAFT_PREFIX = 'lx.visitDraft.';

/** One concern heard on step 3, with the tag it was given and, on step 5, how it was handled. */
export interface DraftConcern {
  /** made on the phone, so a concern keeps its place while it is edited */
  key: string;
  text: string;
  tag: string;
}

export type Handling = 'spot' | 'ticket';

export interface DraftValues {
  /** step 2: whom they met (本人 / 家人 / 邻居 / 其他) */
  met: string;
  /** step 3 */
  concerns: DraftConcern[];
  /** step 4: help, explanation or comfort given */
  warmth: string;
  /** step 5: each recorded concern (by its index in step 3) handled on the spot or turned into a ticket */
  handling: Record<string, Handling>;
  /** step 5: the category each 转为诉求 is filed under (by concern index) */
  categories: Record<string, string>;
  /** step 5: what was done on the spot (the note of 当场解决) */
  doneNote: string;
}

/** A step that was sent and got no answer: sent again exactly so. */
export interface PendingSend {
  step: number;
  payload: StepBody;
  requestId: string;
  /** what the visitor reads about it: 第 3 步 听到群众的音 */
  label: string;
}

export interface VisitDraft {
  values: DraftValues;
  pending?: PendingSend;
  savedAt: number;
}

export const emptyValues = (): DraftValues => ({
  met: '',
  concerns: [],
  warmth: '',
  handling: {},
  categories: {},
  doneNote: '',
});

const keyOf = (visitId: string) => `${DRAFT_PREFIX}${visitId}`;

export function loadDraft(visitId: string): VisitDraft | undefined {
  return readDraft<VisitDraft>(keyOf(visitId), (raw) => 'values' in raw && !!(raw as VisitDraft).values);
}

export function saveDraft(visitId: string, draft: Omit<VisitDraft, 'savedAt'>): void {
  keepDraft(keyOf(visitId), draft);
}

/** The visit ended (completed, or 不在家): nothing of it stays on the phone. */
export function dropDraft(visitId: string): void {
  dropStored(keyOf(visitId));
}
