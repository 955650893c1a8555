/**
 * WeChat's verdict on a photo submitted with `security.mediaCheckAsync` arrives as a push event
 * (`wxa_media_check`, configured to this function in the 消息推送 settings). A risky photo is hidden
 * from every view (the file stays: nothing is deleted); a passing one is marked passed.
 */
import { ok, type Result } from '@lx/types';
import type { MediaCheckEvent } from '../shared/security';
import { isRiskyMedia } from '../shared/security';
import { setPhotoReview } from '../shared/repo/tickets';

export async function onMediaCheck(e: MediaCheckEvent): Promise<Result<{ updated: number }>> {
  const updated = await setPhotoReview(e.trace_id, isRiskyMedia(e) ? 'risky' : 'pass');
  return ok({ updated });
}
