/** 评价: the reporter confirms and rates; 不满意 reopens it (反弹), the second time a level up. */
import type { Payload, TransitionResult } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { result, runTransition } from '../flow';

export async function rate(p: Payload<'tickets', 'rate'>, ctx: ActionContext): Promise<TransitionResult> {
  const rating = { score: p.score, ...(p.comment ? { comment: p.comment } : {}) };
  return result(
    await runTransition(
      { id: p.id, version: p.version, input: { action: 'rate', rating, note: p.comment }, texts: [p.comment] },
      ctx,
    ),
  );
}
