/**
 * A notice. Residents see it only while it is published, due, unexpired and for their home (otherwise
 * it does not exist for them), and opening it records their read once. Its composers (any state) see
 * it with what the compose page needs to edit a draft.
 */
import {
  covers,
  DomainError,
  NEVER,
  NOTICE_CATEGORY_LABELS,
  NOTICE_COMPOSERS,
  NOTICE_STATE_LABELS,
  noticeState,
  type Notice,
  type Payload,
  type ResultOf,
} from '@lx/types';
import type { Caller } from '../../shared/caller';
import type { ActionContext } from '../../shared/context';
import { tempUrls } from '../../shared/files';
import { covering } from '../../shared/permissions';
import { getNotice } from '../../shared/repo/notices';
import { readId, recordRead } from '../repo/reads';
import { streetOf } from '../street';

async function markRead(n: Notice, caller: Caller, streetId: string, now: number): Promise<void> {
  const a = caller.user.address;
  // only a home in scope counts toward the read share (its denominator is the residents in scope)
  const counted = !!a && covers(n.targets, streetId, a);
  await recordRead({
    _id: readId(n._id, caller.openid),
    noticeId: n._id,
    userId: caller.openid,
    counted,
    ...(counted && a
      ? {
          communityId: a.communityId,
          ...(a.gridId ? { gridId: a.gridId } : {}),
          buildingId: a.buildingId,
          room: a.room ?? '',
        }
      : {}),
    readAt: now,
  });
}

export async function detail(
  p: Payload<'notices', 'detail'>,
  ctx: ActionContext,
): Promise<ResultOf<'notices', 'detail'>> {
  const caller = await ctx.caller();
  const n = await getNotice(p.id);
  if (!n) throw new DomainError('NOTICE.NOT_FOUND');
  // its composers see it in any state (the table lets every signed-in user ask; this is what they see)
  const staff = covering(caller, NOTICE_COMPOSERS, n.orgPath).length > 0;
  const streetId = await streetOf(caller, ctx.now);
  const state = noticeState(n, ctx.now);
  const visible = state === 'published' && covers(n.targets, streetId, caller.user.address);
  if (!visible && !staff) throw new DomainError('NOTICE.NOT_FOUND');
  if (visible) await markRead(n, caller, streetId, ctx.now);

  const urls = await tempUrls(n.images);
  return {
    id: n._id,
    title: n.title,
    category: n.category,
    categoryLabel: NOTICE_CATEGORY_LABELS[n.category],
    body: n.body.map((b) => (b.type === 'img' ? { ...b, url: urls[b.fileId] } : b)),
    pinned: n.pinned,
    publishAt: n.publishAt,
    ...(n.expiresAt < NEVER ? { expiresAt: n.expiresAt } : {}),
    orgName: n.orgName,
    state,
    stateLabel: NOTICE_STATE_LABELS[state],
    ...(staff ? { targets: n.targets, targetNames: n.targetNames } : {}),
    editable: staff && n.status === 'draft',
  };
}
