import type { Me, Payload } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { checkText, submitImages } from '../../shared/security';
import { insertMediaChecks, mediaChecksFor } from '../../shared/repo/media';
import { findUser, saveProfile } from '../../shared/repo/users';
import { toMe } from './me';

/** Nickname, avatar (from WeChat's chooseAvatar) and an optional phone the user chose to give. */
export async function updateProfile(p: Payload<'org', 'updateProfile'>, ctx: ActionContext): Promise<Me> {
  const caller = await ctx.caller();
  // a nickname is shown to others (ticket handlers), so it passes the content check like any text
  if (p.nickname) await checkText(caller.openid, [p.nickname], 1);
  // the avatar must be the caller's own upload (or the one they have); WeChat checks the picture
  // asynchronously (mediaCheckAsync), and a risky verdict removes it (shared/media-verdict.ts)
  if (p.avatar) {
    const current = caller.user.avatar ? [caller.user.avatar] : [];
    const reviews = await submitImages(caller.openid, [p.avatar], 1, current);
    await insertMediaChecks(mediaChecksFor({ kind: 'avatar', userId: caller.openid }, reviews, ctx.now));
  }
  await saveProfile(caller.openid, { nickname: p.nickname, avatar: p.avatar, phone: p.phone }, ctx.now);
  return toMe((await findUser(caller.openid))!);
}
