import { type CategoryOption, formatLimit } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { activeCategories } from '../../shared/repo/categories';

export async function categories(_: unknown, ctx: ActionContext): Promise<CategoryOption[]> {
  return (await activeCategories(ctx.now)).map((c) => ({
    id: c._id,
    name: c.name,
    group: c.group,
    limitText: formatLimit(c.limits.normal.grid),
    urgentLimitText: formatLimit(c.limits.urgent.grid),
  }));
}
