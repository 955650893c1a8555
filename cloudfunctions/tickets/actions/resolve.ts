/** 办结: a resolution note, and after-photos where the category demands them; 核查 next where required. */
import type { Payload, TransitionResult } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { result, runTransition } from '../flow';

export async function resolve(
  p: Payload<'tickets', 'resolve'>,
  ctx: ScopedContext<'tickets', 'resolve'>,
): Promise<TransitionResult> {
  return result(
    await runTransition(
      { id: p.id, version: p.version, input: { action: 'resolve', note: p.note, photos: p.photos }, texts: [p.note] },
      ctx,
    ),
  );
}
