/** 签收: the handler of the ticket's level takes it on. */
import type { Payload, TransitionResult } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { result, runTransition } from '../flow';

export async function accept(
  p: Payload<'tickets', 'accept'>,
  ctx: ScopedContext<'tickets', 'accept'>,
): Promise<TransitionResult> {
  return result(
    await runTransition(
      { id: p.id, version: p.version, input: { action: 'accept', note: p.note }, texts: [p.note] },
      ctx,
    ),
  );
}
