import type { LianxinCard, ResultOf } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { tempUrls } from '../../shared/files';
import { getNodes } from '../../shared/repo/org';

/**
 * The caller's 连心卡: the grid of their bound home with its responsible people and hotlines. Only
 * their own grid's: the grid comes from the stored address, never from the payload.
 */
export async function card(_: unknown, ctx: ActionContext): Promise<ResultOf<'org', 'card'>> {
  const { user } = await ctx.caller();
  const gridId = user.address?.gridId;
  if (!gridId || !user.address) return null;
  const nodes = await getNodes([gridId, user.address.communityId, user.address.streetId]);
  const byId = new Map(nodes.map((n) => [n._id, n]));
  const grid = byId.get(gridId);
  if (!grid) return null;
  const community = byId.get(user.address.communityId);
  const street = byId.get(user.address.streetId);
  const people = grid.responsible ?? [];
  const urls = await tempUrls(people.map((p) => p.photo ?? '').filter(Boolean));
  const out: LianxinCard = {
    gridId,
    gridName: grid.name,
    communityName: community?.name ?? '',
    streetName: street?.name ?? '',
    people: people.map(({ photo, ...rest }) => ({ ...rest, ...defined({ photoUrl: photo && urls[photo] }) })),
    ...defined({
      serviceHours: grid.serviceHours,
      communityHotline: community?.hotline,
      streetHotline: street?.hotline,
      households: grid.households,
      population: grid.population,
    }),
  };
  return out;
}

/** Only the fields that have a value (the card leaves out what a grid has not filled in). */
function defined<T extends Record<string, unknown>>(o: T): Partial<{ [K in keyof T]: NonNullable<T[K]> }> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && v !== 0)) as Partial<{
    [K in keyof T]: NonNullable<T[K]>;
  }>;
}
