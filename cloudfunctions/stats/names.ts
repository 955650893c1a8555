/**
 * Names of the street's communities and grids and of the categories, for a dashboard's rows: they
 * change rarely (an admin's edit), so a warm instance keeps them for a minute instead of reading
 * them on every dashboard.
 */
import type { OrgNode } from '@lx/types';
import { ttlCache } from '../shared/cache';
import { categoryById } from '../shared/repo/categories';
import { gridsOf, nodesOfType } from '../shared/repo/org';

const TTL_MS = 60_000;
const tree = ttlCache<OrgNode[]>(TTL_MS);

/** Every community and grid (≈ 60 nodes), in display order. */
export const communitiesAndGrids = (now: number): Promise<OrgNode[]> =>
  tree.get(now, async () => {
    const [communities, grids] = await Promise.all([nodesOfType('community'), gridsOf(null)]);
    return [...communities, ...grids].sort((a, b) => a.order - b.order);
  });

export const forgetNames = (): void => tree.forget();

export async function categoryNames(ids: readonly string[], now: number): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of new Set(ids)) out.set(id, (await categoryById(id, now))?.name ?? '已删除的类别');
  return out;
}
