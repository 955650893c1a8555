/** 上报上级: grid → community → street, with a reason; the next level's limits start now. */
import type { Payload, TransitionResult } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { result, runTransition } from '../flow';

export async function escalate(
  p: Payload<'tickets', 'escalate'>,
  ctx: ScopedContext<'tickets', 'escalate'>,
): Promise<TransitionResult> {
  return result(
    await runTransition(
      { id: p.id, version: p.version, input: { action: 'escalate', note: p.reason }, texts: [p.reason] },
      ctx,
    ),
  );
}
