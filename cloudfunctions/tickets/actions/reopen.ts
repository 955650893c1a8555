/** 反弹: the reporter says it is not fixed; the second reopen goes up a level. */
import type { Payload, TransitionResult } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { result, runTransition } from '../flow';

export async function reopen(
  p: Payload<'tickets', 'reopen'>,
  ctx: ScopedContext<'tickets', 'reopen'>,
): Promise<TransitionResult> {
  return result(
    await runTransition(
      { id: p.id, version: p.version, input: { action: 'reopen', note: p.reason }, texts: [p.reason] },
      ctx,
    ),
  );
}
