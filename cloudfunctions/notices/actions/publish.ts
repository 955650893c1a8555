/**
 * Publish a draft: now, or at the time it asked for (then it is "scheduled" until that time; the
 * feed's `publishAt <= now` condition shows it on time and the pusher sends it then). An urgent notice
 * published now sends its first batch of messages right away; the pusher finishes the rest.
 */
import { DomainError, emptyCounts, noticeRank, noticeState, type Payload, type ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { runPush } from '../../shared/notice-push';
import { updateNoticeIf } from '../../shared/repo/notices';
import { audienceCounts } from '../../shared/repo/residents';

/** what an urgent notice sends within the publish call (the rest goes with the pusher's next run) */
const URGENT_FIRST_BATCH = 50;

export async function publish(
  _: Payload<'notices', 'publish'>,
  ctx: ScopedContext<'notices', 'publish'>,
): Promise<ResultOf<'notices', 'publish'>> {
  const n = ctx.target;
  if (n.status !== 'draft') throw new DomainError('NOTICE.NOT_PUBLISHABLE');
  const publishAt = Math.max(n.publishAt, ctx.now);
  if (n.expiresAt <= publishAt) throw new DomainError('NOTICE.PUBLISH_TIME_PASSED');

  const audience = emptyCounts();
  for (const r of await audienceCounts(n.targets)) {
    audience.total += r.n;
    audience.communities[r.communityId] = (audience.communities[r.communityId] ?? 0) + r.n;
    if (r.gridId) audience.grids[r.gridId] = (audience.grids[r.gridId] ?? 0) + r.n;
  }
  const changed = await updateNoticeIf(n._id, 'draft', {
    status: 'published',
    publishAt,
    rank: noticeRank(n.pinned, publishAt),
    publishedAt: ctx.now,
    audience,
    updatedAt: ctx.now,
  });
  if (!changed) throw new DomainError('NOTICE.NOT_PUBLISHABLE');

  let pushed = 0;
  if (n.category === 'urgent' && publishAt <= ctx.now) {
    pushed = (await runPush({ now: ctx.now, noticeId: n._id, batchSize: URGENT_FIRST_BATCH })).sent;
  }
  return { id: n._id, state: noticeState({ status: 'published', publishAt, expiresAt: n.expiresAt }, ctx.now), pushed };
}
