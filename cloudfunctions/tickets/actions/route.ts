/** 分派网格: community staff send a triage ticket (no grid found when filed) to one of their grids. */
import { DomainError, type Payload, type TransitionInput, type TransitionResult } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { getNode } from '../../shared/repo/org';
import { result, runTransition } from '../flow';

export async function route(
  p: Payload<'tickets', 'route'>,
  ctx: ScopedContext<'tickets', 'route'>,
): Promise<TransitionResult> {
  const grid = await getNode(p.gridId);
  if (!grid || grid.type !== 'grid') throw new DomainError('ORG.NOT_FOUND');
  // the table refuses a grid of another community and puts the new path on the event
  const input: TransitionInput = {
    action: 'route',
    grid: { id: grid._id, communityId: grid.communityId },
    note: `分派至${grid.name}`,
  };
  return result(await runTransition({ id: p.id, version: p.version, input }, ctx));
}
