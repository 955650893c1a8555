/**
 * 报到 through the real `party` handlers on the seeded emulator: a resident reports, the community
 * approves (the partyMember grant and its role event in the same transaction) or rejects with a
 * reason; one registration per member and community; re-report every six months with reminders from
 * the partyCards timer on a fixed clock and the community's overdue list; 撤销 keeps the history and
 * takes the grant away. Refusals (a resident approving, another community's staff, a member at a
 * community they did not report to) change nothing.
 */
import { DEMO_COMMUNITY_ID } from '@emulator/seed/build';
import { COLLECTIONS, DAY, nextReportDue, type Page, type RegistrationView } from '@lx/types';
import { clock, newRequestId } from '../../test-support/cloud';
import { runPartyCards } from '../../shared/party-cards';
import { DETAILS, PARTY_T0, partySuite } from '../../test-support/party-members';

const T0 = PARTY_T0;
const { cloud, cast, t } = partySuite(T0);

/** a resident with no roles and no registration yet */
const resident = (n: number) =>
  (cloud.emu.store.find(COLLECTIONS.users, { roles: { $size: 0 } }, {}) as { _id: string }[])[n]._id;

describe('报到 and its review', () => {
  it('registers, a retry answers the first, a second report is refused; the community approves and the grant comes with it', async () => {
    const who = resident(0);
    const requestId = newRequestId();
    const payload = { communityId: DEMO_COMMUNITY_ID, ...DETAILS, requestId };
    const first = await t.ok('register', payload, who);
    expect(first).toEqual({ id: `${DEMO_COMMUNITY_ID}:${who}`, status: 'pending' });
    expect(await t.ok('register', payload, who)).toEqual(first);
    expect(await t.code('register', { ...payload, requestId: newRequestId() }, who)).toBe('PARTY.ALREADY_REGISTERED');
    expect(t.registration(who)).toMatchObject({
      status: 'pending',
      ...DETAILS,
      history: [{ kind: 'submit', by: who }],
    });

    const pending = await t.ok<Page<RegistrationView>>(
      'registrations',
      { communityId: DEMO_COMMUNITY_ID },
      cast.community,
    );
    expect(pending.items.map((r) => r.userId)).toContain(who);

    clock.set(T0 + DAY);
    const approved = await t.ok<RegistrationView>(
      'review',
      { communityId: DEMO_COMMUNITY_ID, userId: who, decision: 'approve' },
      cast.community,
    );
    expect(approved).toMatchObject({
      status: 'approved',
      approvedAt: T0 + DAY,
      dueAt: nextReportDue(T0 + DAY),
      overdue: false,
    });
    expect(t.user(who).roles).toEqual([
      expect.objectContaining({
        role: 'partyMember',
        orgId: DEMO_COMMUNITY_ID,
        grantedBy: cast.community,
        grantedAt: T0 + DAY,
      }),
    ]);
    expect(t.roleEvents(who)).toEqual([expect.objectContaining({ action: 'grant', role: 'partyMember' })]);
    expect(
      await t.code('review', { communityId: DEMO_COMMUNITY_ID, userId: who, decision: 'approve' }, cast.community),
    ).toBe('PARTY.NOT_PENDING');
    const mine = await t.ok<RegistrationView[]>('myRegistrations', {}, who);
    expect(mine.map((r) => r.status)).toEqual(['approved']);
  });

  it('refusals change nothing: a resident approving, another community’s staff, a member elsewhere, a non-community', async () => {
    const who = resident(1);
    await t.ok('register', { communityId: DEMO_COMMUNITY_ID, ...DETAILS }, who);
    const snap = cloud.snapshot();
    const approve = { communityId: DEMO_COMMUNITY_ID, userId: who, decision: 'approve' };
    expect(await t.code('review', approve, who)).toBe('AUTH.FORBIDDEN');
    expect(await t.code('review', approve, cast.reporter)).toBe('AUTH.FORBIDDEN');
    expect(await t.code('review', approve, cast.otherCommunity)).toBe('AUTH.OUT_OF_SCOPE');
    expect(await t.code('review', approve, cast.grid)).toBe('AUTH.FORBIDDEN');
    expect(await t.code('review', { ...approve, decision: 'reject' }, cast.community)).toBe('COMMON.VALIDATION');
    // demo-party holds partyMember at the demo community only
    const elsewhere = t.otherCommunityId();
    expect(await t.code('rereport', { communityId: elsewhere, ...DETAILS }, cast.party)).toBe('AUTH.OUT_OF_SCOPE');
    expect(await t.code('withdraw', { communityId: elsewhere, reason: '工作调动' }, cast.party)).toBe(
      'AUTH.OUT_OF_SCOPE',
    );
    expect(await t.code('registrations', { communityId: DEMO_COMMUNITY_ID }, cast.party)).toBe('AUTH.FORBIDDEN');
    const grid = (cloud.emu.store.find(COLLECTIONS.orgNodes, { type: 'grid' }, { limit: 1 })[0] as { _id: string })._id;
    expect(await t.code('register', { communityId: grid, ...DETAILS }, who)).toBe('PARTY.NOT_COMMUNITY');
    expect(await t.code('register', { communityId: 'nowhere', ...DETAILS }, who)).toBe('ORG.NOT_FOUND');
    expect(cloud.snapshot()).toEqual(snap);
  });

  it('a rejection needs a reason and tells it; the member may report again, the history kept', async () => {
    const who = resident(2);
    await t.ok('register', { communityId: DEMO_COMMUNITY_ID, ...DETAILS }, who);
    await t.ok(
      'review',
      { communityId: DEMO_COMMUNITY_ID, userId: who, decision: 'reject', reason: '非本社区居民' },
      cast.community,
    );
    expect(t.registration(who)).toMatchObject({ status: 'rejected', rejectReason: '非本社区居民' });
    expect(t.user(who).roles).toEqual([]);
    await t.ok('register', { communityId: DEMO_COMMUNITY_ID, ...DETAILS, workUnit: '九州路街道办事处' }, who);
    expect(t.registration(who)).toMatchObject({ status: 'pending', workUnit: '九州路街道办事处' });
    expect(t.registration(who)!.history.map((e) => e.kind)).toEqual(['submit', 'reject', 'submit']);
  });

  it('撤销 by the member keeps the history, takes the grant away with a revoke event, and leaves their posts', async () => {
    const who = resident(3);
    await t.ok('register', { communityId: DEMO_COMMUNITY_ID, ...DETAILS }, who);
    await t.ok('review', { communityId: DEMO_COMMUNITY_ID, userId: who, decision: 'approve' }, cast.community);
    const { posts } = await t.ok<{ posts: { _id: string; claimed: number }[] }>(
      'posts',
      { communityId: DEMO_COMMUNITY_ID },
      who,
    );
    await t.ok('claimPost', { communityId: DEMO_COMMUNITY_ID, postId: posts[0]._id, signed: true }, who);
    const claimedBefore = (t.store.get(COLLECTIONS.partyPosts, posts[0]._id) as { claimed: number }).claimed;

    expect(await t.code('withdraw', { communityId: DEMO_COMMUNITY_ID, reason: '' }, who)).toBe('COMMON.VALIDATION');
    const done = await t.ok<RegistrationView>(
      'withdraw',
      { communityId: DEMO_COMMUNITY_ID, reason: '工作调动，迁往外地' },
      who,
    );
    expect(done).toMatchObject({ status: 'withdrawn', withdrawReason: '工作调动，迁往外地', posts: [] });
    expect(done.history.map((e) => e.kind)).toEqual(['submit', 'approve', 'withdraw']);
    expect(t.user(who).roles).toEqual([]);
    expect(t.roleEvents(who).map((e) => [e.action, e.reason])).toEqual([
      ['grant', undefined],
      ['revoke', '工作调动，迁往外地'],
    ]);
    expect((t.store.get(COLLECTIONS.partyPosts, posts[0]._id) as { claimed: number }).claimed).toBe(claimedBefore - 1);
    expect(t.store.get(COLLECTIONS.partyPostClaims, `${posts[0]._id}:${who}`)).toMatchObject({ status: 'left' });
    // no grant left: the member's actions at the community are refused
    expect(await t.code('rereport', { communityId: DEMO_COMMUNITY_ID, ...DETAILS }, who)).toBe('AUTH.FORBIDDEN');
  });

  it('撤销 by the community (dismiss) needs its staff and an approved member', async () => {
    const [who] = t.approvedMembers(1, 'dismiss', T0);
    const payload = { communityId: DEMO_COMMUNITY_ID, userId: who, reason: '长期不参加组织生活' };
    const snap = cloud.snapshot();
    expect(await t.code('dismiss', payload, cast.party)).toBe('AUTH.FORBIDDEN');
    expect(await t.code('dismiss', payload, cast.otherCommunity)).toBe('AUTH.OUT_OF_SCOPE');
    expect(cloud.snapshot()).toEqual(snap);
    await t.ok('dismiss', payload, cast.community);
    expect(t.registration(who)).toMatchObject({ status: 'withdrawn', withdrawReason: '长期不参加组织生活' });
    expect(t.user(who).roles).toEqual([]);
    expect(await t.code('dismiss', payload, cast.community)).toBe('PARTY.NOT_APPROVED');
  });
});

describe('re-report every six months', () => {
  it('the timer reminds once a week before, the overdue list shows it after, and a re-report moves the due date', async () => {
    const [who] = t.approvedMembers(1, 'rereport', T0);
    t.store.write(COLLECTIONS.users, [
      { kind: 'put', doc: { ...t.user(who), subscriptions: { partyTask: 3 } } as never },
    ]);
    const due = nextReportDue(T0);
    const sent = () =>
      cloud.emu.outbox
        .list({ api: 'subscribeMessage.send' })
        .filter((m) => m.ok && (m.args as { touser: string }).touser === who);

    clock.set(due - 8 * DAY);
    await runPartyCards({ now: due - 8 * DAY });
    expect(sent()).toHaveLength(0);

    clock.set(due - 6 * DAY);
    const first = await runPartyCards({ now: due - 6 * DAY });
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect(sent()).toHaveLength(1);
    expect(t.registration(who)).toMatchObject({ remindedFor: due });
    const snap = cloud.snapshot();
    const again = await runPartyCards({ now: due - 6 * DAY });
    expect(again).toMatchObject({ reminded: 0, messages: 0, written: 0, removed: 0 });
    expect(cloud.snapshot()).toEqual(snap);
    expect(sent()).toHaveLength(1);

    clock.set(due + DAY);
    const overdue = await t.ok<Page<RegistrationView>>(
      'registrations',
      { communityId: DEMO_COMMUNITY_ID, status: 'overdue' },
      cast.community,
    );
    expect(overdue.items.find((r) => r.userId === who)).toMatchObject({ overdue: true });
    const renewed = await t.ok<RegistrationView>('rereport', { communityId: DEMO_COMMUNITY_ID, ...DETAILS }, who);
    expect(renewed).toMatchObject({
      overdue: false,
      reportedAt: due + DAY,
      dueAt: nextReportDue(due + DAY),
      ...DETAILS,
    });
    const after = await t.ok<Page<RegistrationView>>(
      'registrations',
      { communityId: DEMO_COMMUNITY_ID, status: 'overdue' },
      cast.community,
    );
    expect(after.items.map((r) => r.userId)).not.toContain(who);
    // the next due date is reminded again, once
    clock.set(nextReportDue(due + DAY) - DAY);
    await runPartyCards({ now: nextReportDue(due + DAY) - DAY });
    expect(sent()).toHaveLength(2);
  });
});
