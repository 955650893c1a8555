/** 催办: the reporter once a day after the limit; 督办: a supervisor of the scope any time. */
import type { Payload, TransitionResult } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { result, runTransition } from '../flow';

export async function urge(
  p: Payload<'tickets', 'urge'>,
  ctx: ScopedContext<'tickets', 'urge'>,
): Promise<TransitionResult> {
  return result(
    await runTransition(
      {
        id: p.id,
        ...(p.version ? { version: p.version } : {}),
        input: { action: 'urge', note: p.note },
        texts: [p.note],
      },
      ctx,
    ),
  );
}
