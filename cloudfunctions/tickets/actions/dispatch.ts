/** 吹哨报到: the street sends a ticket it handles to a department. */
import type { Payload, TransitionResult } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { result, runTransition } from '../flow';

export async function dispatch(
  p: Payload<'tickets', 'dispatch'>,
  ctx: ScopedContext<'tickets', 'dispatch'>,
): Promise<TransitionResult> {
  const note = p.note ?? `已派遣${p.department}处置`;
  return result(
    await runTransition(
      { id: p.id, version: p.version, input: { action: 'dispatch', department: p.department, note }, texts: [p.note] },
      ctx,
    ),
  );
}
