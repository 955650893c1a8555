/** 分派网格: community staff send a triage ticket (no grid found when filed) to one of their grids. */
import { DomainError, type Payload, type TransitionResult } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { getNode } from '../../shared/repo/org';
import { result, runTransition } from '../flow';

export async function route(p: Payload<'tickets', 'route'>, ctx: ActionContext): Promise<TransitionResult> {
  const grid = await getNode(p.gridId);
  if (!grid || grid.type !== 'grid') throw new DomainError('ORG.NOT_FOUND');
  return result(
    await runTransition(
      {
        id: p.id,
        version: p.version,
        input: { action: 'route', gridId: grid._id, note: `分派至${grid.name}` },
        amend: (next) => {
          if (grid.communityId !== next.communityId) throw new DomainError('TICKET.GRID_NOT_IN_COMMUNITY');
          return { ...next, orgPath: [next.streetId, next.communityId, grid._id] };
        },
      },
      ctx,
    ),
  );
}
