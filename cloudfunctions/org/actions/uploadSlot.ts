/**
 * A cloud path for one photo, recorded as the caller's (types/upload.ts): 128 random bits from the
 * platform's CSPRNG, so nobody can guess another's path, and the record is what lets an action take
 * the file from this caller only. Counted against the upload limit by the declaration (60 an hour).
 */
import { randomBytes } from 'node:crypto';
import { inChina, type Payload, type ResultOf, uploadPath } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { recordUpload } from '../../shared/repo/uploads';

export async function uploadSlot(
  p: Payload<'org', 'uploadSlot'>,
  ctx: ActionContext,
): Promise<ResultOf<'org', 'uploadSlot'>> {
  // foldered by the China-time month, as the platform's console lists them
  const cloudPath = uploadPath(inChina(ctx.now).format('YYYYMM'), randomBytes(16).toString('hex'), p.ext);
  await recordUpload({ _id: cloudPath, owner: ctx.openid, createdAt: ctx.now });
  return { cloudPath };
}
