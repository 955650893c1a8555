/**
 * 微心愿, the resident's side and the lists: a resident posts a need to their home community (点单)
 * and edits it while it waits for review; staff list their community's by state, members the ones
 * waiting to be claimed (or those they claimed); a wish is opened by its resident, its community's
 * staff and its members.
 */
import { applyWish, DomainError, PAGE_SIZE, type Payload, type ResultOf, type Wish, wishRefusal } from '@lx/types';
import type { Caller } from '../../shared/caller';
import type { ScopedContext } from '../../shared/dispatcher';
import { covering } from '../../shared/permissions';
import {
  getWish,
  insertWish,
  stepWish,
  wishesOfClaimer,
  wishesOfCommunity,
  wishesOfResident,
} from '../../shared/repo/party-wishes';
import { checkText } from '../../shared/security';
import { randomId } from '../../shared/ticket-ids';
import { PARTY_STAFF } from '@lx/types/api/party-members';
import { notifyWishStep } from './notify';
import { tempUrls } from '../../shared/files';
import { type WishViewer, wishView } from './present';

/** How the caller stands to a wish's community. */
export const viewerOf = (caller: Caller, w: Pick<Wish, 'orgPath' | 'communityId'>): WishViewer => ({
  id: caller.openid,
  staff: covering(caller, PARTY_STAFF, w.orgPath).length > 0,
  member: caller.grants.some((g) => g.role === 'partyMember' && g.orgId === w.communityId),
});

export async function postWish(
  p: Payload<'party', 'postWish'>,
  ctx: ScopedContext<'party', 'postWish'>,
): Promise<ResultOf<'party', 'postWish'>> {
  const caller = await ctx.caller();
  const home = caller.requireAddress();
  await checkText(ctx.openid, [p.title, p.detail], 2);
  const w: Wish = {
    _id: randomId(20),
    communityId: home.communityId,
    streetId: home.streetId,
    orgPath: [home.streetId, home.communityId],
    residentId: ctx.openid,
    title: p.title,
    detail: p.detail,
    status: 'posted',
    createdAt: ctx.now,
    updatedAt: ctx.now,
    history: [{ action: 'post', by: ctx.openid, at: ctx.now }],
  };
  const result = { wishId: w._id, status: w.status };
  await insertWish(w, ctx.record(result));
  await notifyWishStep(w, ctx.now);
  return result;
}

export async function editWish(
  p: Payload<'party', 'editWish'>,
  ctx: ScopedContext<'party', 'editWish'>,
): Promise<ResultOf<'party', 'editWish'>> {
  const caller = await ctx.caller();
  await checkText(ctx.openid, [p.title, p.detail], 2);
  const after = await stepWish(
    p.wishId,
    (w) => {
      if (w.residentId !== ctx.openid) throw new DomainError('PARTY.WISH_NOT_OWNER');
      const why = wishRefusal(w, 'edit');
      if (why) throw new DomainError(why);
      return { after: applyWish(w, 'edit', ctx.openid, ctx.now, { title: p.title, detail: p.detail }) };
    },
    ctx.record(),
  );
  return wishView(after, viewerOf(caller, after));
}

export async function myWishes(
  p: Payload<'party', 'myWishes'>,
  ctx: ScopedContext<'party', 'myWishes'>,
): Promise<ResultOf<'party', 'myWishes'>> {
  const caller = await ctx.caller();
  const page = await wishesOfResident(ctx.openid, p.cursor, PAGE_SIZE);
  return { ...page, items: page.items.map((w) => wishView(w, viewerOf(caller, w))) };
}

export async function wishes(
  p: Payload<'party', 'wishes'>,
  ctx: ScopedContext<'party', 'wishes'>,
): Promise<ResultOf<'party', 'wishes'>> {
  const caller = await ctx.caller();
  const staff = ctx.grants.some((g) => g.role !== 'partyMember');
  let page;
  if (p.mine) page = await wishesOfClaimer(ctx.openid, p.communityId, p.cursor, PAGE_SIZE);
  // members see what waits for them; the rest of the queue (待审核, 未通过) is staff's
  else page = await wishesOfCommunity(p.communityId, staff ? (p.status ?? 'posted') : 'approved', p.cursor, PAGE_SIZE);
  return { ...page, items: page.items.map((w) => wishView(w, viewerOf(caller, w))) };
}

export async function wish(
  p: Payload<'party', 'wish'>,
  ctx: ScopedContext<'party', 'wish'>,
): Promise<ResultOf<'party', 'wish'>> {
  const caller = await ctx.caller();
  const w = await getWish(p.wishId);
  const v = w && viewerOf(caller, w);
  // anyone else is told it does not exist: a wish carries a resident's need
  if (!w || !v || (w.residentId !== caller.openid && !v.staff && !v.member)) {
    throw new DomainError('PARTY.WISH_NOT_FOUND');
  }
  return wishView(w, v, await tempUrls(w.completion?.photos ?? []));
}
