/**
 * WeChat content security (内容安全). Text is checked synchronously with `security.msgSecCheck`
 * (version 2): a `risky` verdict refuses the request before anything is stored. Images are submitted
 * to `security.mediaCheckAsync`, whose verdict arrives later as a push event; the returned trace ids
 * let the caller record which photos are still under review and hide one that comes back risky.
 *
 * A check that cannot be made (the platform is down, quota used up) refuses the request with a
 * retryable message rather than letting unchecked content through: published text must be checked.
 */
import * as z from 'zod/mini';
import { DomainError, fail, ok, type Result } from '@lx/types';
import { openapi } from './cloud';
import { assertOwnUploads, tempUrls } from './files';

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

/**
 * Submits photos for the asynchronous image check; returns a trace id per photo. Every file must be
 * the caller's own upload or in `already` (on the record being edited): files.ts assertOwnUploads.
 */
export async function submitImages(
  openid: string,
  fileIds: readonly string[],
  scene: SecurityScene,
  already: readonly string[] = [],
): Promise<MediaCheck[]> {
  if (fileIds.length === 0) return [];
  await assertOwnUploads(openid, fileIds, already);
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

/**
 * The push WeChat sends when an image check finishes (`wxa_media_check`, security.mediaCheckAsync
 * version 2). What tells a push from a client is the caller (acceptMediaPush) and the trace id, which
 * only the server ever holds. The shape is the
 * second guard, strict where a forger would aim (the event and message type, a trace id of the
 * platform's shape, a verdict WeChat gives; no `action`/`payload` beside it) and lenient where WeChat's
 * own pushes vary: pushes seen in the field send `result.label` as a string ("100") and leave out
 * `errcode`/`errmsg`, and `detail` entries carry `label`/`prob`; fields WeChat adds later are dropped.
 */
const Verdict = z.enum(['pass', 'review', 'risky']);
export const MediaCheckPush = z.object({
  ToUserName: z.string(),
  FromUserName: z.string(),
  CreateTime: z.number(),
  MsgType: z.literal('event'),
  Event: z.literal('wxa_media_check'),
  appid: z.string(),
  trace_id: z.string().check(z.regex(/^[\w-]{1,128}$/)),
  version: z.optional(z.number()),
  detail: z.optional(z.array(z.object({ strategy: z.optional(z.string()), suggest: z.optional(Verdict) }))),
  errcode: z.optional(z.number()),
  errmsg: z.optional(z.string()),
  result: z.object({ suggest: Verdict, label: z.optional(z.union([z.number(), z.string()])) }),
});
export type MediaCheckEvent = z.infer<typeof MediaCheckPush>;

/** Looks like a media-check push (no `action`, its Event): routed to the push's guard, never to an action. */
export const isMediaCheckEvent = (e: unknown): boolean =>
  !!e && typeof e === 'object' && (e as { Event?: unknown }).Event === 'wxa_media_check';

/**
 * The push as WeChat sends it, or the refusal: a call that carries an OPENID came from a client
 * (the platform's own pushes, like its timer triggers, carry none: cf. sweeper and pusher).
 */
export function acceptMediaPush(event: unknown, openid: string | undefined): Result<MediaCheckEvent> {
  // A pushed event's context names its sender (for customer-service pushes WeChat's own example
  // replies to getWXContext().OPENID, the FromUserName), and the media check's sender is the platform's
  // push account; a client's call carries the client's own OPENID. So: no OPENID, or exactly the
  // push's sender. A client that writes its own OPENID into FromUserName passes this line but still
  // needs a trace id, and trace ids never leave the server (onMediaPush ignores an unknown one).
  const sender = event && typeof event === 'object' ? (event as { FromUserName?: unknown }).FromUserName : undefined;
  if (openid && openid !== sender) return fail('AUTH.FORBIDDEN');
  // an action's words beside the push's: someone is reaching for the dispatcher (checked on the raw
  // event: parsing drops unknown keys)
  if (!event || typeof event !== 'object' || 'action' in event || 'payload' in event) return fail('COMMON.BAD_REQUEST');
  const parsed = MediaCheckPush.safeParse(event);
  return parsed.success ? ok(parsed.data) : fail('COMMON.BAD_REQUEST');
}

export const isRiskyMedia = (e: MediaCheckEvent): boolean => e.result.suggest === 'risky';
