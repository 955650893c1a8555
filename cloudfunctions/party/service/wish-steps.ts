/**
 * 微心愿 steps after the 点单: staff approve (下单) or reject with a reason; a member of the community
 * claims it (接单: exclusive, the wish's transaction decides on its fresh state, so a racing second
 * claim finds it taken); the claimer completes it with a note or photos (their own uploads, sent to
 * the image check); the resident confirms, which credits the member's points in that transaction.
 */
import {
  applyWish,
  DomainError,
  earnedEntry,
  type Payload,
  type ResultOf,
  type Wish,
  type WishAction,
  wishRefusal,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { stepWish, type WishDecision } from '../../shared/repo/party-wishes';
import type { TxWrite } from '../../shared/repo/tx';
import { tempUrls } from '../../shared/files';
import { mediaChecksFor } from '../../shared/repo/media';
import { checkText, submitImages } from '../../shared/security';
import { notifyWishStep } from './notify';
import { wishView } from './present';
import { displayName } from './scope';
import { viewerOf } from './wishes';

/** A step by the table: state refused, the caller's own part checked by `check`, then `change`. */
async function step(
  id: string,
  action: WishAction,
  ctx: { now: number; openid: string; record: (r?: unknown) => TxWrite },
  check: (w: Wish) => void,
  change: (w: Wish) => Omit<WishDecision, 'after'> & { set: Partial<Wish> },
): Promise<Wish> {
  const after = await stepWish(
    id,
    (w) => {
      // who first, then the state: someone with no part in the wish learns nothing of where it stands
      check(w);
      const why = wishRefusal(w, action);
      if (why) throw new DomainError(why);
      const { set, ...also } = change(w);
      return { after: applyWish(w, action, ctx.openid, ctx.now, set), ...also };
    },
    ctx.record(),
  );
  await notifyWishStep(after, ctx.now);
  return after;
}
const inCommunity = (communityId: string) => (w: Wish) => {
  if (w.communityId !== communityId) throw new DomainError('PARTY.WISH_NOT_FOUND');
};

export async function reviewWish(
  p: Payload<'party', 'reviewWish'>,
  ctx: ScopedContext<'party', 'reviewWish'>,
): Promise<ResultOf<'party', 'reviewWish'>> {
  const caller = await ctx.caller();
  const approve = p.decision === 'approve';
  const w = await step(p.wishId, p.decision, ctx, inCommunity(p.communityId), () => ({
    set: approve ? {} : { rejectReason: p.reason },
  }));
  return wishView(w, viewerOf(caller, w));
}

export async function claimWish(
  p: Payload<'party', 'claimWish'>,
  ctx: ScopedContext<'party', 'claimWish'>,
): Promise<ResultOf<'party', 'claimWish'>> {
  const caller = await ctx.caller();
  const w = await step(
    p.wishId,
    'claim',
    ctx,
    (w) => {
      inCommunity(p.communityId)(w);
      if (w.residentId === ctx.openid) throw new DomainError('PARTY.WISH_BAD_STATE', '不能认领自己提出的微心愿');
    },
    () => ({ set: { claimerId: ctx.openid, claimerName: displayName(caller.user), claimedAt: ctx.now } }),
  );
  return wishView(w, viewerOf(caller, w));
}

export async function completeWish(
  p: Payload<'party', 'completeWish'>,
  ctx: ScopedContext<'party', 'completeWish'>,
): Promise<ResultOf<'party', 'completeWish'>> {
  const caller = await ctx.caller();
  if (!p.note && p.photos.length === 0) throw new DomainError('PARTY.WISH_EMPTY_COMPLETION');
  await checkText(ctx.openid, [p.note], 2);
  const reviews = await submitImages(ctx.openid, p.photos, 2);
  const claimer = (w: Wish) => {
    inCommunity(p.communityId)(w);
    if (w.claimerId !== ctx.openid) throw new DomainError('PARTY.WISH_NOT_YOURS');
  };
  const w = await step(p.wishId, 'complete', ctx, claimer, () => ({
    checks: mediaChecksFor({ kind: 'wish', wishId: p.wishId }, reviews, ctx.now),
    set: {
      completion: {
        ...(p.note ? { note: p.note } : {}),
        photos: p.photos,
        ...(reviews.length ? { photoReviews: reviews } : {}),
        at: ctx.now,
      },
    },
  }));
  return wishView(w, viewerOf(caller, w), await tempUrls(w.completion?.photos ?? []));
}

export async function confirmWish(
  p: Payload<'party', 'confirmWish'>,
  ctx: ScopedContext<'party', 'confirmWish'>,
): Promise<ResultOf<'party', 'confirmWish'>> {
  const caller = await ctx.caller();
  const owner = (w: Wish) => {
    if (w.residentId !== ctx.openid) throw new DomainError('PARTY.WISH_NOT_OWNER');
  };
  const w = await step(p.wishId, 'confirm', ctx, owner, (w) => ({
    set: { confirmedAt: ctx.now },
    credit: earnedEntry('wishCompleted', {
      userId: w.claimerId!,
      communityId: w.communityId,
      sourceId: w._id,
      at: ctx.now,
      by: ctx.openid,
      note: w.title,
    }),
  }));
  return wishView(w, viewerOf(caller, w));
}
