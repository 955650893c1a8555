/** 处置进展: a note (and photos) on the timeline the reporter reads. */
import type { Payload, TransitionResult } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { result, runTransition } from '../flow';

export async function progress(
  p: Payload<'tickets', 'progress'>,
  ctx: ScopedContext<'tickets', 'progress'>,
): Promise<TransitionResult> {
  return result(
    await runTransition(
      { id: p.id, version: p.version, input: { action: 'progress', note: p.note, photos: p.photos }, texts: [p.note] },
      ctx,
    ),
  );
}
