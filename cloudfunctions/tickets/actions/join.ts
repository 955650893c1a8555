/** 附议: a neighbour adds their voice to an open ticket instead of filing a duplicate. */
import type { Payload, TransitionResult } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { result, runTransition } from '../flow';

export async function join(
  p: Payload<'tickets', 'join'>,
  ctx: ScopedContext<'tickets', 'join'>,
): Promise<TransitionResult> {
  return result(
    await runTransition(
      {
        id: p.id,
        ...(p.version ? { version: p.version } : {}),
        input: { action: 'join', note: p.note },
        texts: [p.note],
      },
      ctx,
    ),
  );
}
