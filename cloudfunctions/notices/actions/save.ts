/**
 * Compose: a new draft or an edit of one. Validate (dispatcher) → the author → every target inside
 * their grants → content security on the text, images submitted for review → persist the draft.
 * Publishing is a separate step (publish.ts), so a draft can be previewed and scheduled.
 */
import { randomInt } from 'node:crypto';
import {
  bodyImages,
  bodyText,
  cstDay,
  DomainError,
  emptyCounts,
  NEVER,
  noticeRank,
  type Notice,
  type Payload,
  type ResultOf,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { getNode } from '../../shared/repo/org';
import { checkText, submitImages } from '../../shared/security';
import { insertMediaChecks, mediaChecksFor } from '../../shared/repo/media';
import { insertNotice, updateNoticeIf } from '../../shared/repo/notices';
import { resolveScope } from '../scope';

/** 3 论坛: a notice is published to many readers */
const SCENE = 3;

const newNoticeId = (now: number) => `ntc-${cstDay(now)}-${randomInt(0, 1_000_000).toString().padStart(6, '0')}`;

/**
 * The author's own uploads (or the draft's images), sent for WeChat's asynchronous image check; the
 * checks are recorded first, under the notice's id (a new one's is drawn here), so a risky verdict
 * finds the notice however soon it comes. Answers that id.
 */
async function reviewImages(openid: string, images: string[], existing: Notice | null, now: number) {
  const id = existing?._id ?? newNoticeId(now);
  const reviews = await submitImages(openid, images, SCENE, existing?.images ?? []);
  await insertMediaChecks(mediaChecksFor({ kind: 'notice', noticeId: id }, reviews, now));
  return id;
}

export async function save(
  p: Payload<'notices', 'save'>,
  ctx: ScopedContext<'notices', 'save'>,
): Promise<ResultOf<'notices', 'save'>> {
  const caller = await ctx.caller();
  // an edit: a draft the table found theirs to manage; still a draft
  const existing = ctx.target ?? null;
  if (existing && existing.status !== 'draft') throw new DomainError('NOTICE.NOT_EDITABLE');
  const scope = await resolveScope(caller, p.targets);
  if (p.expiresAt && p.expiresAt <= Math.max(ctx.now, p.publishAt ?? 0)) {
    throw new DomainError('NOTICE.PUBLISH_TIME_PASSED');
  }

  await checkText(caller.openid, [p.title, bodyText(p.body)], SCENE);
  const images = bodyImages(p.body);
  const id = await reviewImages(caller.openid, images, existing, ctx.now);

  const fields = {
    title: p.title,
    body: p.body,
    category: p.category,
    targets: scope.targets,
    targetNames: scope.targetNames,
    reachCommunities: scope.reachCommunities,
    reachGrids: scope.reachGrids,
    pinned: p.pinned,
    // a draft keeps the time asked for (0: "when published"); publish.ts fixes the real one
    publishAt: p.publishAt ?? 0,
    rank: noticeRank(p.pinned, p.publishAt ?? 0),
    expiresAt: p.expiresAt ?? NEVER,
    images,
    updatedAt: ctx.now,
  };
  if (existing) {
    if (!(await updateNoticeIf(existing._id, 'draft', fields))) throw new DomainError('NOTICE.NOT_EDITABLE');
    return { id: existing._id };
  }
  const notice: Notice = {
    _id: id,
    streetId: scope.streetId,
    ...fields,
    status: 'draft',
    authorId: caller.openid,
    authorName: caller.user.realName ?? caller.user.nickname,
    orgId: scope.grant.orgId,
    orgName: (await getNode(scope.grant.orgId))?.name ?? '',
    orgPath: scope.grant.orgPath,
    push: { state: 'waiting', sent: 0, noConsent: 0, failed: 0 },
    audience: emptyCounts(),
    reads: emptyCounts(),
    informed: emptyCounts(),
    createdAt: ctx.now,
  };
  // ctx.record: a retried save answers this draft instead of making a second one
  await insertNotice(notice, ctx.record({ id: notice._id }));
  return { id: notice._id };
}
