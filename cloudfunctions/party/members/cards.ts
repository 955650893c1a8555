/**
 * 红黄牌 as the community sees them (the partyCards timer keeps the cards: shared/party-cards.ts),
 * and one member's record: the registration with its history, their posts, their points totals and
 * their card.
 */
import { type CardView, cardFor, inChina, type Payload, type ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { cardsPage, claimsOfMember, getRegistration, postsOf } from '../../shared/repo/party-members';
import { totalsOf } from '../../shared/repo/party-points';
import { communityOf, registrationOf, viewOf } from './present';

/** Whole months from `since` to `now`, China time. */
export const monthsSince = (since: number, now: number): number => inChina(now).diff(inChina(since), 'month');

export async function cards(
  p: Payload<'party', 'cards'>,
  ctx: ScopedContext<'party', 'cards'>,
): Promise<ResultOf<'party', 'cards'>> {
  const community = communityOf(ctx.target);
  const page = await cardsPage(community._id, p.color, p.cursor, 20);
  const regs = await Promise.all(page.items.map((c) => getRegistration(c._id)));
  const items: CardView[] = page.items.map((c, i) => ({
    ...c,
    name: regs[i]?.name ?? '',
    phone: regs[i]?.phone ?? '',
    workUnit: regs[i]?.workUnit ?? '',
    months: monthsSince(c.since, ctx.now),
  }));
  return { ...page, items };
}

export async function memberRecord(
  p: Payload<'party', 'memberRecord'>,
  ctx: ScopedContext<'party', 'memberRecord'>,
): Promise<ResultOf<'party', 'memberRecord'>> {
  const community = communityOf(ctx.target);
  const reg = await registrationOf(community._id, p.userId);
  const [claims, posts, totals] = await Promise.all([
    claimsOfMember(reg.userId, community._id),
    postsOf(community._id),
    totalsOf(community._id, [reg.userId]),
  ]);
  const byId = new Map(posts.map((x) => [x._id, x]));
  return {
    registration: viewOf(reg, ctx.now),
    history: reg.history,
    posts: claims.map((c) => ({
      postId: c.postId,
      title: byId.get(c.postId)?.title ?? '',
      category: byId.get(c.postId)?.category ?? '志愿服务',
      status: c.status,
      signedAt: c.signedAt,
      ...(c.leftAt !== undefined ? { leftAt: c.leftAt } : {}),
    })),
    totals: totals[0] ?? null,
    // the timer's rule on the totals as they are now (a card due since its last run shows too)
    card: cardOf(Math.max(totals[0]?.lastServiceAt ?? 0, reg.approvedAt ?? reg.submittedAt), reg.status, ctx.now),
  };
}

function cardOf(since: number, status: string, now: number): ResultOf<'party', 'memberRecord'>['card'] {
  const color = status === 'approved' ? cardFor(since, now) : null;
  return color ? { color, since, months: monthsSince(since, now) } : null;
}
