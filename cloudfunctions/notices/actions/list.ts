/** Residents' notices: those whose scope covers their home, pinned first, newest first, with read marks. */
import { audienceKeys, type Payload, type ResultOf } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { residentFeed } from '../../shared/repo/notices';
import { readNoticeIds } from '../repo/reads';
import { summary } from '../present';
import { streetOf } from '../street';

export async function list(p: Payload<'notices', 'list'>, ctx: ActionContext): Promise<ResultOf<'notices', 'list'>> {
  const caller = await ctx.caller();
  const streetId = await streetOf(caller, ctx.now);
  const page = await residentFeed(streetId, audienceKeys(streetId, caller.user.address), ctx.now, p.cursor);
  const read = await readNoticeIds(
    caller.openid,
    page.items.map((n) => n._id),
  );
  return {
    items: page.items.map((n) => summary(n, read.has(n._id))),
    hasMore: page.hasMore,
    ...(page.next ? { next: page.next } : {}),
  };
}
