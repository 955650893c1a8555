/** 核查: a supervisor of the scope passes the resolution or sends it back with the reason. */
import type { Payload, TransitionResult } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { result, runTransition } from '../flow';

export async function verify(
  p: Payload<'tickets', 'verify'>,
  ctx: ScopedContext<'tickets', 'verify'>,
): Promise<TransitionResult> {
  return result(
    await runTransition(
      {
        id: p.id,
        version: p.version,
        input: { action: 'verify', passed: p.passed, note: p.note, photos: p.photos },
        texts: [p.note],
      },
      ctx,
    ),
  );
}
