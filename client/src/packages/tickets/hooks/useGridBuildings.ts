/**
 * The buildings of one grid, for the queue's 按楼栋筛选: the grid's compounds in its community, then
 * each compound's buildings in the grid (org.children with gridId), named with their compound
 * (天河嘉城 1号楼: a compound's 1号楼 is not the next compound's). Loaded once per grid.
 */
import type { Me } from '@lx/types';
import { useRemote } from '@/hooks/useRemote';
import { callCloud, type CloudResult } from '@/services/cloud';

export interface BuildingOption {
  id: string;
  name: string;
}

async function gridBuildings(communityId: string, gridId: string): Promise<CloudResult<BuildingOption[]>> {
  const top = await callCloud('org', 'children', { parentId: communityId, gridId });
  if (!top.ok) return top;
  const direct = top.data.filter((o) => o.type === 'building').map((b) => ({ id: b.id, name: b.name }));
  const compounds = top.data.filter((o) => o.type === 'compound');
  const levels = await Promise.all(compounds.map((c) => callCloud('org', 'children', { parentId: c.id, gridId })));
  const failed = levels.find((l) => !l.ok);
  if (failed && !failed.ok) return failed;
  const inside = levels.flatMap((l, i) =>
    l.ok ? l.data.map((b) => ({ id: b.id, name: `${compounds[i].name} ${b.name}` })) : [],
  );
  return { ok: true, data: [...direct, ...inside] };
}

/** `grid`: a grid worker's grant (with its org path); none: nothing is loaded. */
export function useGridBuildings(grid?: Me['roles'][number]) {
  const communityId = grid?.orgPath?.at(-2);
  return useRemote(
    () => gridBuildings(communityId ?? '', grid?.orgId ?? ''),
    [grid?.orgId, communityId],
    !!grid && !!communityId,
  );
}
