/**
 * The activity or wish a payload names, held to the community the permissions table let the caller
 * in at: one of another community reads as not found, so the table's scope (the payload's
 * communityId) is the document's own.
 */
import { type Activity, DomainError, type Wish } from '@lx/types';
import { getActivity } from '../../shared/repo/party-activities';
import { getWish } from '../../shared/repo/party-wishes';

export async function activityAt(communityId: string, activityId: string): Promise<Activity> {
  const a = await getActivity(activityId);
  if (!a || a.communityId !== communityId) throw new DomainError('PARTY.ACTIVITY_NOT_FOUND');
  return a;
}

export async function wishAt(communityId: string, wishId: string): Promise<Wish> {
  const w = await getWish(wishId);
  if (!w || w.communityId !== communityId) throw new DomainError('PARTY.WISH_NOT_FOUND');
  return w;
}

/** The name a roster or a wish shows for a member: the real name staff gave, else the nickname. */
export const displayName = (u: { realName?: string; nickname: string }): string => u.realName || u.nickname;
