/**
 * 认岗领责 through the real handlers: the twelve default posts on first sight, staff keep them, a
 * claim signs the 认岗协议 (stored with its time), leaving keeps the claim as left, and a post's
 * capacity is never passed however many approved members claim at once: exactly `capacity` win, every
 * loser hears PARTY.POST_FULL or COMMON.CONFLICT (never 系统繁忙), and the count equals the claims.
 */
import { DEMO_COMMUNITY_ID } from '@emulator/seed/build';
import {
  COLLECTIONS,
  DAY,
  POST_AGREEMENT,
  POST_CATEGORIES,
  type Post,
  type PostClaim,
  type PostsView,
  type Result,
} from '@lx/types';
import { clock } from '../../test-support/cloud';
import { PARTY_T0, partySuite } from '../../test-support/party-members';

const T0 = PARTY_T0;
const { cloud, cast, t } = partySuite(T0);
const post = (id: string) => t.store.get(COLLECTIONS.partyPosts, id) as unknown as Post;
const activeClaims = (postId: string) =>
  (t.store.find(COLLECTIONS.partyPostClaims, { postId, status: 'active' }, {}) as unknown as PostClaim[]).length;
const codes = (rs: Result<unknown>[]) => rs.map((r) => (r.ok ? 'ok' : r.code));

async function newPost(capacity: number, title = '楼道清洁岗'): Promise<Post> {
  return t.ok<Post>(
    'savePost',
    { communityId: DEMO_COMMUNITY_ID, category: '环境整治', title, description: '每周清理楼道杂物', capacity },
    cast.community,
  );
}

describe('posts', () => {
  it('a community first sees the twelve default posts; a second look makes nothing new', async () => {
    const [m] = t.approvedMembers(1, 'look', T0);
    const first = await t.ok<PostsView>('posts', { communityId: DEMO_COMMUNITY_ID }, m);
    expect(first.posts.map((p) => p.category)).toEqual([...POST_CATEGORIES]);
    expect(first.agreement).toBe(POST_AGREEMENT);
    const snap = cloud.snapshot();
    expect((await t.ok<PostsView>('posts', { communityId: DEMO_COMMUNITY_ID }, cast.community)).posts).toHaveLength(12);
    expect(cloud.snapshot()).toEqual(snap);
  });

  it('a claim signs the agreement with its time; a second claim is refused; leaving keeps the claim as left', async () => {
    const [m] = t.approvedMembers(1, 'sign', T0);
    const p = await newPost(3);
    clock.set(T0 + DAY);
    const r = await t.ok('claimPost', { communityId: DEMO_COMMUNITY_ID, postId: p._id, signed: true }, m);
    expect(r).toEqual({ postId: p._id, claimed: 1, capacity: 3, signedAt: T0 + DAY });
    expect(t.store.get(COLLECTIONS.partyPostClaims, `${p._id}:${m}`)).toMatchObject({
      status: 'active',
      agreement: POST_AGREEMENT,
      signedAt: T0 + DAY,
    });
    const listed = await t.ok<PostsView>('posts', { communityId: DEMO_COMMUNITY_ID }, m);
    expect(listed.posts.find((x) => x._id === p._id)?.mine).toEqual({ signedAt: T0 + DAY, agreement: POST_AGREEMENT });
    expect(await t.code('claimPost', { communityId: DEMO_COMMUNITY_ID, postId: p._id, signed: true }, m)).toBe(
      'PARTY.POST_ALREADY_CLAIMED',
    );
    const members = await t.ok<{ userId: string }[]>(
      'postMembers',
      { communityId: DEMO_COMMUNITY_ID, postId: p._id },
      cast.community,
    );
    expect(members.map((x) => x.userId)).toEqual([m]);
    expect(await t.ok('leavePost', { communityId: DEMO_COMMUNITY_ID, postId: p._id }, m)).toEqual({
      postId: p._id,
      claimed: 0,
      capacity: 3,
    });
    expect(t.store.get(COLLECTIONS.partyPostClaims, `${p._id}:${m}`)).toMatchObject({
      status: 'left',
      leftAt: T0 + DAY,
    });
    expect(await t.code('leavePost', { communityId: DEMO_COMMUNITY_ID, postId: p._id }, m)).toBe(
      'PARTY.POST_NOT_CLAIMED',
    );
    // claimed again: the earlier claim is kept inside
    await t.ok('claimPost', { communityId: DEMO_COMMUNITY_ID, postId: p._id, signed: true }, m);
    expect(t.store.get(COLLECTIONS.partyPostClaims, `${p._id}:${m}`)).toMatchObject({
      status: 'active',
      earlier: [{ signedAt: T0 + DAY, leftAt: T0 + DAY }],
    });
  });

  it('refusals change nothing: unsigned, a resident, a member of another community, staff below the claims, a full post', async () => {
    const [m, n] = t.approvedMembers(2, 'refuse', T0);
    const [elsewhere] = t.approvedMembers(1, 'elsewhere', T0, t.otherCommunityId());
    const p = await newPost(1);
    await t.ok('claimPost', { communityId: DEMO_COMMUNITY_ID, postId: p._id, signed: true }, m);
    const snap = cloud.snapshot();
    const claim = { communityId: DEMO_COMMUNITY_ID, postId: p._id, signed: true };
    expect(await t.code('claimPost', { ...claim, signed: false }, n)).toBe('COMMON.VALIDATION');
    expect(await t.code('claimPost', claim, cast.reporter)).toBe('AUTH.FORBIDDEN');
    expect(await t.code('claimPost', claim, elsewhere)).toBe('AUTH.OUT_OF_SCOPE');
    expect(await t.code('claimPost', claim, n)).toBe('PARTY.POST_FULL');
    expect(
      await t.code(
        'savePost',
        { ...claim, postId: p._id, category: '环境整治', title: '楼道清洁岗', description: '每周清理', capacity: 1 },
        cast.party,
      ),
    ).toBe('AUTH.FORBIDDEN');
    expect(cloud.snapshot()).toEqual(snap);
  });

  it('a member holding the grant without a registration (an invitation) is told to report first', async () => {
    const [m] = t.approvedMembers(1, 'invited', T0);
    t.store.write(COLLECTIONS.partyRegistrations, [{ kind: 'delete', id: t.registration(m)!._id }]);
    const p = await newPost(5);
    expect(await t.code('claimPost', { communityId: DEMO_COMMUNITY_ID, postId: p._id, signed: true }, m)).toBe(
      'PARTY.NOT_REGISTERED',
    );
  });

  it('staff cannot set a capacity below the members a post has', async () => {
    const ms = t.approvedMembers(3, 'cap', T0);
    const p = await newPost(3);
    for (const m of ms) await t.ok('claimPost', { communityId: DEMO_COMMUNITY_ID, postId: p._id, signed: true }, m);
    const edit = {
      communityId: DEMO_COMMUNITY_ID,
      postId: p._id,
      category: '环境整治',
      title: '楼道清洁岗',
      description: '每周清理楼道杂物',
    };
    expect(await t.code('savePost', { ...edit, capacity: 2 }, cast.community)).toBe('PARTY.CAPACITY_BELOW_CLAIMED');
    expect(await t.ok('savePost', { ...edit, capacity: 4 }, cast.community)).toMatchObject({ capacity: 4, claimed: 3 });
  });
});

describe('capacity under concurrency', () => {
  it('200 members claim a post of 50 places at once: exactly 50 win, the rest are told it is full', async () => {
    const ms = t.approvedMembers(200, 'race', T0);
    const p = await newPost(50, '治安巡逻岗');
    const rs = await Promise.all(
      ms.map((m) => t.call('claimPost', { communityId: DEMO_COMMUNITY_ID, postId: p._id, signed: true }, m)),
    );
    const c = codes(rs);
    expect(c.filter((x) => x === 'ok')).toHaveLength(50);
    expect(c.filter((x) => x !== 'ok' && x !== 'PARTY.POST_FULL' && x !== 'COMMON.CONFLICT')).toEqual([]);
    expect(post(p._id).claimed).toBe(50);
    expect(activeClaims(p._id)).toBe(50);
  }, 60_000);
});
