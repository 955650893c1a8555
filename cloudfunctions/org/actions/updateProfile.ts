import type { Me, Payload } from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { checkText, submitImages } from '../../shared/security';
import { findUser, saveProfile } from '../../shared/repo/users';
import { toMe } from './me';

/** Nickname, avatar (from WeChat's chooseAvatar) and an optional phone the user chose to give. */
export async function updateProfile(p: Payload<'org', 'updateProfile'>, ctx: ActionContext): Promise<Me> {
  const caller = await ctx.caller();
  // a nickname is shown to others (ticket handlers), so it passes the content check like any text
  if (p.nickname) await checkText(caller.openid, [p.nickname], 1);
  // the avatar must be a stored file; WeChat checks the picture asynchronously (mediaCheckAsync)
  if (p.avatar) await submitImages(caller.openid, [p.avatar], 1);
  await saveProfile(caller.openid, { nickname: p.nickname, avatar: p.avatar, phone: p.phone }, ctx.now);
  return toMe((await findUser(caller.openid))!);
}
