/**
 * The tab badge and the home page's scrolling bar: how many visible notices the resident has not
 * read, and the pinned and urgent ones. Two queries whatever the number of tickets or residents.
 */
import { NOTICE_CATEGORY_LABELS, audienceKeys, type Payload, type ResultOf } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { visibleNotices } from '../../shared/repo/notices';
import { readNoticeIds } from '../repo/reads';
import { streetOf } from '../street';

const BAR_MAX = 5;

export async function unread(
  _p: Payload<'notices', 'unread'>,
  ctx: ActionContext,
): Promise<ResultOf<'notices', 'unread'>> {
  const caller = await ctx.caller();
  const streetId = await streetOf(caller, ctx.now);
  const visible = await visibleNotices(streetId, audienceKeys(streetId, caller.user.address), ctx.now);
  const read = await readNoticeIds(
    caller.openid,
    visible.map((n) => n._id),
  );
  return {
    count: visible.filter((n) => !read.has(n._id)).length,
    bar: visible
      .filter((n) => n.pinned || n.category === 'urgent')
      .slice(0, BAR_MAX)
      .map((n) => ({ id: n._id, title: n.title, categoryLabel: NOTICE_CATEGORY_LABELS[n.category] })),
  };
}
