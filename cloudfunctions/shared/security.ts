/**
 * WeChat content security (内容安全). Text is checked synchronously with `security.msgSecCheck`
 * (version 2): a `risky` verdict refuses the request before anything is stored. Images are submitted
 * to `security.mediaCheckAsync`, whose verdict arrives later as a push event; the returned trace ids
 * let the caller record which photos are still under review and hide one that comes back risky.
 *
 * A check that cannot be made (the platform is down, quota used up) refuses the request with a
 * retryable message rather than letting unchecked content through: published text must be checked.
 */
import { DomainError } from '@lx/types';
import { openapi } from './cloud';
import { tempUrls } from './files';

/** 1 资料, 2 评论, 3 论坛, 4 社交日志 */
export type SecurityScene = 1 | 2 | 3 | 4;

export async function checkText(
  openid: string,
  texts: readonly (string | undefined)[],
  scene: SecurityScene,
): Promise<void> {
  const content = texts.filter((t): t is string => !!t && t.trim().length > 0).join('\n');
  if (!content) return;
  let suggest: string | undefined;
  try {
    const res = await openapi().security.msgSecCheck({ openid, scene, version: 2, content });
    suggest = res.result?.suggest;
  } catch {
    throw new DomainError('CONTENT.CHECK_UNAVAILABLE');
  }
  if (suggest === 'risky') throw new DomainError('CONTENT.REJECTED');
}

export interface MediaCheck {
  fileId: string;
  traceId: string;
}

/** Submits photos for the asynchronous image check; returns a trace id per photo. */
export async function submitImages(
  openid: string,
  fileIds: readonly string[],
  scene: SecurityScene,
): Promise<MediaCheck[]> {
  if (fileIds.length === 0) return [];
  const urls = await tempUrls(fileIds);
  const out: MediaCheck[] = [];
  for (const fileId of fileIds) {
    const mediaUrl = urls[fileId];
    if (!mediaUrl) throw new DomainError('TICKET.PHOTO_INVALID');
    try {
      const res = await openapi().security.mediaCheckAsync({ openid, scene, version: 2, mediaUrl, mediaType: 2 });
      out.push({ fileId, traceId: res.traceId ?? '' });
    } catch {
      throw new DomainError('CONTENT.CHECK_UNAVAILABLE');
    }
  }
  return out;
}

/** The push event WeChat sends when an image check finishes (`wxa_media_check`). */
export interface MediaCheckEvent {
  Event: 'wxa_media_check';
  trace_id: string;
  result?: { suggest?: string; label?: number };
}

export const isMediaCheckEvent = (e: unknown): e is MediaCheckEvent =>
  !!e && typeof e === 'object' && (e as { Event?: unknown }).Event === 'wxa_media_check';

export const isRiskyMedia = (e: MediaCheckEvent): boolean => e.result?.suggest === 'risky';
