/** 分派网格: community staff send a triage ticket (no grid found when filed) to one of their grids. */
import { DomainError } from '@lx/types';
import { getNode } from '../../shared/repo/org';
import { transitionAction } from '../flow';

// the table refuses a grid of another community and puts the new path on the event
export const route = transitionAction<'route'>(async (p) => {
  const grid = await getNode(p.gridId);
  if (!grid || grid.type !== 'grid') throw new DomainError('ORG.NOT_FOUND');
  return {
    input: { action: 'route', grid: { id: grid._id, communityId: grid.communityId }, note: `分派至${grid.name}` },
  };
});
