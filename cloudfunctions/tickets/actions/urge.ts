/** 催办: the reporter once a day after the limit; 督办: a supervisor of the scope any time. */
import type { Payload, TransitionResult } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { result, runTransition } from '../flow';

export async function urge(p: Payload<'tickets', 'urge'>, ctx: ActionContext): Promise<TransitionResult> {
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
