/**
 * WeChat's verdicts on images submitted with `security.mediaCheckAsync` arrive as `wxa_media_check`
 * pushes to the one function configured in the console's 消息推送 settings (`tickets`). Each verdict is
 * routed by its trace id's record (media_checks) to what it judges: a ticket's photo is hidden from
 * every view, an avatar is removed (the default picture shows), a notice image leaves the notice's
 * body, a visit step's photo leaves the step, a 微心愿's completion photo leaves the wish. A passing verdict only marks the record (and the
 * review). Nothing is deleted from storage.
 */
import { ok, type MediaCheckRecord, type Result } from '@lx/types';
import { getCloud } from './cloud';
import { dropAvatar, getMediaCheck, hideNoticeImage, setMediaCheckState } from './repo/media';
import { setWishPhotoReview } from './repo/party-wishes';
import { setPhotoReview } from './repo/tickets';
import { setVisitPhotoReview } from './repo/visits';
import { acceptMediaPush, isRiskyMedia } from './security';

async function apply(check: MediaCheckRecord, risky: boolean): Promise<number> {
  if (check.kind === 'avatar' || check.kind === 'notice') {
    const updated = !risky
      ? 0
      : check.kind === 'avatar'
        ? await dropAvatar(check.userId, check.fileId)
        : await hideNoticeImage(check.noticeId, check.fileId);
    await setMediaCheckState(check._id, risky ? 'risky' : 'pass');
    return updated;
  }
  if (check.kind === 'visit') return setVisitPhotoReview(check, risky ? 'risky' : 'pass');
  if (check.kind === 'wish') return setWishPhotoReview(check, risky ? 'risky' : 'pass');
  return setPhotoReview(check._id, risky ? 'risky' : 'pass');
}

/** The push's entry: refused from a client (AUTH.FORBIDDEN) or in any other shape; applied otherwise. */
export async function onMediaPush(event: unknown): Promise<Result<{ updated: number }>> {
  const push = acceptMediaPush(event, getCloud().getWXContext().OPENID);
  if (!push.ok) return push;
  // a verdict for a trace id never issued (or already forgotten) changes nothing
  const check = await getMediaCheck(push.data.trace_id);
  return ok({ updated: check ? await apply(check, isRiskyMedia(push.data)) : 0 });
}
