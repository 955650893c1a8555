/**
 * Data access for the members half of the `party` function (types/party-members.ts): registrations
 * (报到, one document per member × community with its history inside), posts and their claims
 * (认岗领责) and 红黄牌 cards. Every change of more than one document is one transaction: approval
 * and its role grant, 撤销 and its revocation (the role grants' own functions in repo/users.ts, with
 * their role events), a claim and the post's count; each under `commuting`, so a lost race is tried
 * again and in the end answers COMMON.CONFLICT, never INTERNAL.
 */
import {
  approved,
  claimId,
  claimRefusal,
  COLLECTIONS,
  defaultPosts,
  DomainError,
  MAX_POST_CAPACITY,
  nextReportDue,
  type PartyCard,
  type Post,
  type PostClaim,
  type Registration,
  type RegistrationEvent,
  type RoleEvent,
  type RoleGrant,
} from '@lx/types';
import { db, isConflict, type Transaction } from '../cloud';
import { type Order, type Page, pageAfter, readAll } from './paging';
import { commuting, getInTx, NO_WRITE, type TxWrite } from './tx';
import { addGrantInTx, revokeGrantInTx } from './users';

const C = COLLECTIONS;

/** A whole document written by its id (created or replaced). */
async function put<T extends { _id: string }>(tx: Transaction, coll: string, doc: T): Promise<void> {
  const { _id, ...rest } = doc;
  await tx.collection(coll).doc(_id).set({ data: rest });
}

const inTx = <T>(run: (tx: Transaction) => Promise<T>): Promise<T> => commuting(() => db().runTransaction(run));

/**
 * Claims of one post conflict only on the post document, and each conflict is another claim (or a
 * leave) that got in: at most MAX_POST_CAPACITY of those can happen before the post is full. So a
 * claimer keeps trying, after a growing jittered pause, until it wins or reads the post full, instead of
 * giving up after `commuting`'s fixed retries while places are left (200 claims for 50 places: with
 * commuting alone, 49 won). The bound is the capacity's: past it, COMMON.CONFLICT.
 */
async function racing<T>(run: (tx: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db().runTransaction(run);
    } catch (e) {
      if (!isConflict(e)) throw e;
      if (attempt >= MAX_POST_CAPACITY) throw new DomainError('COMMON.CONFLICT');
      // spread out like commuting's, so a herd does not collide in step every round
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(100, 4 * 2 ** attempt)));
    }
  }
}

// ---- registrations

export async function getRegistration(id: string): Promise<Registration | null> {
  const res = await db().collection(C.partyRegistrations).where({ _id: id }).limit(1).get();
  return (res.data[0] as unknown as Registration | undefined) ?? null;
}

export const registrationsOfUser = (userId: string): Promise<Registration[]> =>
  readAll<Registration>(C.partyRegistrations, { userId }, { max: 50 });

const BY_SUBMITTED: Order = { field: 'submittedAt', dir: 'desc' };
const BY_DUE: Order = { field: 'dueAt', dir: 'asc' };

/** A community's registrations in one state, newest first; `overdue`: approved ones past due, most overdue first. */
export function registrationsPage(
  communityId: string,
  filter: Registration['status'] | 'overdue',
  now: number,
  cursor: string | undefined,
  size: number,
): Promise<Page<Registration>> {
  if (filter === 'overdue') {
    const _ = db().command;
    const cond = { communityId, status: 'approved', dueAt: _.lte(now) };
    return pageAfter<Registration>(C.partyRegistrations, cond, BY_DUE, cursor, size, 'o');
  }
  return pageAfter<Registration>(
    C.partyRegistrations,
    { communityId, status: filter },
    BY_SUBMITTED,
    cursor,
    size,
    's',
  );
}

/** Every approved registration, by id (the partyCards timer walks them). */
export const approvedRegistrations = (): Promise<Registration[]> =>
  readAll<Registration>(C.partyRegistrations, { status: 'approved' });

/** Approved registrations due for a re-report before `before` and not yet reminded for that due time. */
export async function reportsDueBefore(before: number): Promise<Registration[]> {
  const _ = db().command;
  const due = await readAll<Registration>(
    C.partyRegistrations,
    { status: 'approved', dueAt: _.lte(before) },
    { order: BY_DUE },
  );
  return due.filter((r) => r.remindedFor !== r.dueAt);
}

/**
 * 报到: the registration written with the request's record. A rejected or withdrawn one is the same
 * document submitted again (its history kept); a pending or approved one refuses.
 */
export function submitRegistration(
  build: (prev: Registration | null) => Registration,
  also: TxWrite = NO_WRITE,
): Promise<Registration> {
  return inTx(async (tx) => {
    const fresh = build(null);
    const prev = await getInTx<Registration>(tx, C.partyRegistrations, fresh._id);
    if (prev && prev.status !== 'rejected' && prev.status !== 'withdrawn')
      throw new DomainError('PARTY.ALREADY_REGISTERED');
    const reg = prev ? build(prev) : fresh;
    await put(tx, C.partyRegistrations, reg);
    await also(tx);
    return reg;
  });
}

async function loadReg(tx: Transaction, id: string): Promise<Registration> {
  const reg = await getInTx<Registration>(tx, C.partyRegistrations, id);
  if (!reg) throw new DomainError('PARTY.REGISTRATION_NOT_FOUND');
  return reg;
}

const withEvent = (reg: Registration, e: RegistrationEvent, change: Partial<Registration>): Registration => ({
  ...reg,
  ...change,
  history: [...reg.history, e],
  updatedAt: e.at,
});

/**
 * Approval: the registration and the `partyMember` grant at its community, with the grant's role
 * event, in one transaction (a member who already holds the role, from an invitation, keeps it).
 */
export function approveRegistration(id: string, by: string, now: number): Promise<Registration> {
  return inTx(async (tx) => {
    const reg = await loadReg(tx, id);
    if (reg.status !== 'pending') throw new DomainError('PARTY.NOT_PENDING');
    const grant: RoleGrant = {
      role: 'partyMember',
      orgId: reg.communityId,
      orgPath: reg.orgPath,
      grantedAt: now,
      grantedBy: by,
    };
    const event: RoleEvent = {
      userId: reg.userId,
      action: 'grant',
      role: 'partyMember',
      orgId: reg.communityId,
      by,
      at: now,
    };
    await addGrantInTx(tx, reg.userId, grant, event, now);
    const next = approved(reg, by, now);
    await put(tx, C.partyRegistrations, next);
    return next;
  });
}

export function rejectRegistration(id: string, by: string, reason: string, now: number): Promise<Registration> {
  return inTx(async (tx) => {
    const reg = await loadReg(tx, id);
    if (reg.status !== 'pending') throw new DomainError('PARTY.NOT_PENDING');
    const next = withEvent(reg, { kind: 'reject', by, at: now, reason }, { status: 'rejected', rejectReason: reason });
    await put(tx, C.partyRegistrations, next);
    return next;
  });
}

/** A re-report: the details as given now, the next one due six months on. */
export function rereportRegistration(
  id: string,
  details: Pick<Registration, 'name' | 'phone' | 'workUnit' | 'partyOrg' | 'type'>,
  now: number,
): Promise<Registration> {
  return inTx(async (tx) => {
    const reg = await loadReg(tx, id);
    if (reg.status !== 'approved') throw new DomainError('PARTY.NOT_APPROVED');
    const next = withEvent(
      reg,
      { kind: 'rereport', by: reg.userId, at: now, details },
      { ...details, reportedAt: now, dueAt: nextReportDue(now) },
    );
    await put(tx, C.partyRegistrations, next);
    return next;
  });
}

/**
 * 撤销 (by the member or the community): the registration keeps its history, the `partyMember` grant
 * at the community goes with its role event (repo/users.ts revokeGrantInTx), and the member's posts
 * are left, each post's count with it, all in one transaction.
 */
export function withdrawRegistration(id: string, by: string, reason: string, now: number): Promise<Registration> {
  return inTx(async (tx) => {
    const reg = await loadReg(tx, id);
    if (reg.status !== 'approved' && reg.status !== 'pending') throw new DomainError('PARTY.NOT_APPROVED');
    if (reg.status === 'approved') {
      const event: RoleEvent = {
        userId: reg.userId,
        action: 'revoke',
        role: 'partyMember',
        orgId: reg.communityId,
        by,
        at: now,
        reason,
      };
      await revokeGrantInTx(tx, reg.userId, { role: 'partyMember', orgId: reg.communityId }, event, now);
      for (const postId of reg.posts ?? []) await leaveInTx(tx, postId, reg.userId, now);
    }
    const next = withEvent(
      reg,
      { kind: 'withdraw', by, at: now, reason },
      { status: 'withdrawn', withdrawReason: reason, posts: [] },
    );
    await put(tx, C.partyRegistrations, next);
    return next;
  });
}

/** Marks a reminder sent for the registration's current due time (only if it is still that one). */
export async function markReminded(id: string, dueAt: number, now: number): Promise<boolean> {
  const res = await db()
    .collection(C.partyRegistrations)
    .where({ _id: id, status: 'approved', dueAt })
    .update({ data: { remindedFor: dueAt, updatedAt: now } });
  return res.stats.updated === 1;
}

// ---- posts

export const postsOf = (communityId: string): Promise<Post[]> =>
  readAll<Post>(C.partyPosts, { communityId }, { order: { field: 'createdAt', dir: 'asc' }, max: 200 });

export async function getPost(id: string): Promise<Post | null> {
  const res = await db().collection(C.partyPosts).where({ _id: id }).limit(1).get();
  return (res.data[0] as unknown as Post | undefined) ?? null;
}

/**
 * A community with no posts yet gets the twelve default ones (deterministic ids: two first visits at
 * once conflict and the second finds them there).
 */
export function ensureDefaultPosts(communityId: string, orgPath: string[], now: number): Promise<Post[]> {
  return inTx(async (tx) => {
    const made: Post[] = [];
    for (const p of defaultPosts(communityId, orgPath, now)) {
      const there = await getInTx<Post>(tx, C.partyPosts, p._id);
      if (there) continue;
      await put(tx, C.partyPosts, p);
      made.push(p);
    }
    return made;
  });
}

/** A new post, or an edit of one (never below the members it has). */
export function savePost(post: Post, isNew: boolean, also: (saved: Post) => TxWrite = () => NO_WRITE): Promise<Post> {
  return inTx(async (tx) => {
    let saved = post;
    if (!isNew) {
      const there = await getInTx<Post>(tx, C.partyPosts, post._id);
      if (!there || there.communityId !== post.communityId) throw new DomainError('PARTY.POST_NOT_FOUND');
      if (post.capacity < there.claimed) throw new DomainError('PARTY.CAPACITY_BELOW_CLAIMED');
      saved = { ...post, claimed: there.claimed, createdAt: there.createdAt };
    }
    await put(tx, C.partyPosts, saved);
    await also(saved)(tx);
    return saved;
  });
}

/**
 * A claim: the post's count, the claim (with the 认岗协议 as signed) and the member's registration,
 * read and written in one transaction. Concurrent claims of one post conflict on the post document;
 * each retry reads the count again, so the capacity is never passed: a late claimer hears
 * PARTY.POST_FULL (or COMMON.CONFLICT when its retries run out).
 */
export function claimPost(
  c: { postId: string; communityId: string; userId: string; regId: string; agreement: string; now: number },
  also: (post: Post) => TxWrite = () => NO_WRITE,
): Promise<Post> {
  return racing(async (tx) => {
    const post = await getInTx<Post>(tx, C.partyPosts, c.postId);
    if (!post || post.communityId !== c.communityId) throw new DomainError('PARTY.POST_NOT_FOUND');
    const reg = await getInTx<Registration>(tx, C.partyRegistrations, c.regId);
    if (!reg || reg.status !== 'approved') throw new DomainError('PARTY.NOT_REGISTERED');
    const id = claimId(c.postId, c.userId);
    const prev = await getInTx<PostClaim>(tx, C.partyPostClaims, id);
    const why = claimRefusal(post, prev, (reg.posts ?? []).length);
    if (why) throw new DomainError(why);
    const earlier = prev ? [...(prev.earlier ?? []), { signedAt: prev.signedAt, leftAt: prev.leftAt ?? c.now }] : [];
    const claim: PostClaim = {
      _id: id,
      postId: c.postId,
      communityId: c.communityId,
      userId: c.userId,
      status: 'active',
      agreement: c.agreement,
      signedAt: c.now,
      ...(earlier.length ? { earlier } : {}),
    };
    const next = { ...post, claimed: post.claimed + 1, updatedAt: c.now };
    await put(tx, C.partyPosts, next);
    await put(tx, C.partyPostClaims, claim);
    await put(tx, C.partyRegistrations, { ...reg, posts: [...(reg.posts ?? []), c.postId], updatedAt: c.now });
    await also(next)(tx);
    return next;
  });
}

async function leaveInTx(tx: Transaction, postId: string, userId: string, now: number): Promise<Post | null> {
  const claim = await getInTx<PostClaim>(tx, C.partyPostClaims, claimId(postId, userId));
  if (!claim || claim.status !== 'active') return null;
  const post = await getInTx<Post>(tx, C.partyPosts, postId);
  await put(tx, C.partyPostClaims, { ...claim, status: 'left', leftAt: now });
  if (!post) return null;
  const next = { ...post, claimed: Math.max(0, post.claimed - 1), updatedAt: now };
  await put(tx, C.partyPosts, next);
  return next;
}

/** Leaving a post: the claim kept as left, the post's count and the registration's list with it. */
export function leavePost(
  c: { postId: string; communityId: string; userId: string; regId: string; now: number },
  also: TxWrite = NO_WRITE,
): Promise<Post> {
  return inTx(async (tx) => {
    const reg = await getInTx<Registration>(tx, C.partyRegistrations, c.regId);
    if (!reg || reg.status !== 'approved') throw new DomainError('PARTY.NOT_REGISTERED');
    const post = await leaveInTx(tx, c.postId, c.userId, c.now);
    if (!post || post.communityId !== c.communityId) throw new DomainError('PARTY.POST_NOT_CLAIMED');
    const posts = (reg.posts ?? []).filter((p) => p !== c.postId);
    await put(tx, C.partyRegistrations, { ...reg, posts, updatedAt: c.now });
    await also(tx);
    return post;
  });
}

/** A post's active members by when they signed. */
export const activeClaimsOf = (postId: string): Promise<PostClaim[]> =>
  readAll<PostClaim>(C.partyPostClaims, { postId, status: 'active' }, { order: { field: 'signedAt', dir: 'asc' } });

/** A member's claims at a community (left ones too: the member's record). */
export const claimsOfMember = (userId: string, communityId: string): Promise<PostClaim[]> =>
  readAll<PostClaim>(C.partyPostClaims, { userId, communityId }, { max: 200 });

// ---- cards

export const cardsPage = (
  communityId: string,
  color: PartyCard['color'] | undefined,
  cursor: string | undefined,
  size: number,
): Promise<Page<PartyCard>> =>
  pageAfter<PartyCard>(
    C.partyCards,
    color ? { communityId, color } : { communityId },
    { field: 'since', dir: 'asc' },
    cursor,
    size,
    color ? color[0] : 'a',
  );

export const allCards = (): Promise<PartyCard[]> => readAll<PartyCard>(C.partyCards, {});

/** Writes the cards that changed and removes those no longer due; a run that changes nothing writes nothing. */
export async function applyCards(put_: readonly PartyCard[], remove: readonly string[]): Promise<void> {
  for (const card of put_) {
    const { _id, ...rest } = card;
    await db().collection(C.partyCards).doc(_id).set({ data: rest });
  }
  for (const id of remove) await db().collection(C.partyCards).doc(id).remove();
}
