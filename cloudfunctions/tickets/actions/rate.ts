/** 评价: the reporter confirms and rates; 不满意 reopens it (反弹), the second time a level up. */
import type { Payload, TransitionResult } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { result, runTransition } from '../flow';

export async function rate(
  p: Payload<'tickets', 'rate'>,
  ctx: ScopedContext<'tickets', 'rate'>,
): Promise<TransitionResult> {
  const rating = { score: p.score, ...(p.comment ? { comment: p.comment } : {}) };
  return result(
    await runTransition(
      { id: p.id, version: p.version, input: { action: 'rate', rating, note: p.comment }, texts: [p.comment] },
      ctx,
    ),
  );
}
