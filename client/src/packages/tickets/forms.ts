/**
 * What the action forms collect and the rules they check before anything is sent, as zod schemas
 * for useZodForm. The forms' words are gentler than the contract's (请选择满意程度 rather than
 * 请选择评价); run.ts checks the payload with the contract's own schema once more before the call.
 */
import * as z from 'zod/mini';
import { RATING_SCORES } from '@lx/types';
import type { NoteSpec } from './panel';

/** What the forms collected; run.ts turns it into the action's payload. */
export interface ActionInput {
  note?: string;
  photos?: string[];
  score?: string;
  comment?: string;
  passed?: boolean;
  /** dispatch: the department; route: the grid */
  choice?: string;
}

const trimmed = () => z.string().check(z.trim());
const filled = (message: string) => z.string(message).check(z.trim(), z.minLength(1, message));

/** 不予受理 / 添加进展 / 上报上级 / 办结 / 问题没有解决: the note, and photos where the spec wants them. */
export const noteSchema = (spec: NoteSpec) =>
  z.object({
    note: spec.noteRequired ? filled(`请填写${spec.noteLabel}`) : trimmed(),
    photos:
      spec.photos === 'required'
        ? z.array(z.string()).check(z.minLength(1, `请上传${spec.photosLabel}`))
        : z.array(z.string()),
  });

/** 评价: a choice, and 不满意 needs to say what is wrong (the ticket goes back to the handlers). */
export const RatingInput = z.object({ score: z.enum(RATING_SCORES, '请选择满意程度'), comment: trimmed() }).check(
  z.refine((v) => v.score !== 'unsatisfied' || v.comment !== '', {
    message: '请说一说哪里不满意，办理人员会重新办理',
    path: ['comment'],
  }),
);

/** 核查: passed or sent back, and sending back needs a reason. */
export const VerifyInput = z
  .object({ passed: z.boolean('请选择核查结果'), note: trimmed() })
  .check(z.refine((v) => v.passed || v.note !== '', { message: '请填写退回原因', path: ['note'] }));

/** 派遣部门 / 分派网格: one of the list, and an optional note. */
export const choiceSchema = (choiceLabel: string) =>
  z.object({ choice: filled(`请选择${choiceLabel}`), note: trimmed() });
