/** 不予受理: the handler refuses a pending ticket with a reason the reporter sees. */
import type { Payload, TransitionResult } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { result, runTransition } from '../flow';

export async function reject(
  p: Payload<'tickets', 'reject'>,
  ctx: ScopedContext<'tickets', 'reject'>,
): Promise<TransitionResult> {
  return result(
    await runTransition(
      { id: p.id, version: p.version, input: { action: 'reject', note: p.reason }, texts: [p.reason] },
      ctx,
    ),
  );
}
