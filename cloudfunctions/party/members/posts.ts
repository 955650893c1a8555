/**
 * 认岗领责: a community's posts (the twelve default categories made on first sight, then kept by its
 * staff), a member's claim signing the 认岗协议 (stored with its time) and leaving a post. The post's
 * count is read and written in the claim's own transaction, so its capacity is never passed however
 * many claim at once (shared/repo/party-members.ts claimPost).
 */
import { DomainError, type Payload, POST_AGREEMENT, type Post, registrationId, type ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import {
  activeClaimsOf,
  claimsOfMember,
  claimPost as claim,
  ensureDefaultPosts,
  getPost,
  leavePost as leave,
  postsOf,
  savePost as save,
} from '../../shared/repo/party-members';
import { randomId } from '../../shared/ticket-ids';
import { findUser } from '../../shared/repo/users';
import { communityOf } from './present';

export async function posts(
  p: Payload<'party', 'posts'>,
  ctx: ScopedContext<'party', 'posts'>,
): Promise<ResultOf<'party', 'posts'>> {
  const community = communityOf(ctx.target);
  let list = await postsOf(community._id);
  if (list.length === 0) {
    await ensureDefaultPosts(community._id, [...community.path], ctx.now);
    list = await postsOf(community._id);
  }
  const staff = ctx.grants.some((g) => g.role !== 'partyMember');
  const mine = ctx.grants.some((g) => g.role === 'partyMember') ? await myClaims(ctx.openid, list) : new Map();
  return {
    posts: list
      .filter((x) => staff || x.active)
      .map((x) => ({ ...x, ...(mine.has(x._id) ? { mine: mine.get(x._id) } : {}) })),
    agreement: POST_AGREEMENT,
  };
}

async function myClaims(userId: string, list: Post[]) {
  const communityId = list[0]?.communityId;
  const claims = communityId ? await claimsOfMember(userId, communityId) : [];
  return new Map(
    claims
      .filter((c) => c.status === 'active')
      .map((c) => [c.postId, { signedAt: c.signedAt, agreement: c.agreement }]),
  );
}

export async function savePost(
  p: Payload<'party', 'savePost'>,
  ctx: ScopedContext<'party', 'savePost'>,
): Promise<ResultOf<'party', 'savePost'>> {
  const community = communityOf(ctx.target);
  const post: Post = {
    _id: p.postId ?? randomId(20),
    communityId: community._id,
    orgPath: [...community.path],
    category: p.category,
    title: p.title,
    description: p.description,
    capacity: p.capacity,
    claimed: 0,
    active: p.active,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  // the record is written with the post: a retry answers the post as first saved
  return save(post, !p.postId, (saved) => ctx.record(saved));
}

export async function claimPost(
  p: Payload<'party', 'claimPost'>,
  ctx: ScopedContext<'party', 'claimPost'>,
): Promise<ResultOf<'party', 'claimPost'>> {
  const c = {
    postId: p.postId,
    communityId: p.communityId,
    userId: ctx.openid,
    regId: registrationId(p.communityId, ctx.openid),
    agreement: POST_AGREEMENT,
    now: ctx.now,
  };
  const answer = (post: Post) => ({
    postId: post._id,
    claimed: post.claimed,
    capacity: post.capacity,
    signedAt: ctx.now,
  });
  return answer(await claim(c, (post) => ctx.record(answer(post))));
}

export async function leavePost(
  p: Payload<'party', 'leavePost'>,
  ctx: ScopedContext<'party', 'leavePost'>,
): Promise<ResultOf<'party', 'leavePost'>> {
  const post = await leave({
    postId: p.postId,
    communityId: p.communityId,
    userId: ctx.openid,
    regId: registrationId(p.communityId, ctx.openid),
    now: ctx.now,
  });
  return { postId: post._id, claimed: post.claimed, capacity: post.capacity };
}

export async function postMembers(
  p: Payload<'party', 'postMembers'>,
  ctx: ScopedContext<'party', 'postMembers'>,
): Promise<ResultOf<'party', 'postMembers'>> {
  const community = communityOf(ctx.target);
  const post = await getPost(p.postId);
  if (!post || post.communityId !== community._id) throw new DomainError('PARTY.POST_NOT_FOUND');
  const claims = await activeClaimsOf(post._id);
  const users = await Promise.all(claims.map((c) => findUser(c.userId)));
  return claims.map((c, i) => ({
    userId: c.userId,
    name: users[i]?.realName ?? users[i]?.nickname ?? '',
    signedAt: c.signedAt,
  }));
}
