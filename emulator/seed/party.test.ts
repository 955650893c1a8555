/**
 * The party seed at any time of day: what the party pages and the journey need is there, every count kept
 * on write equals what its documents add up to, and nothing breaks a rule the server enforces.
 */
import {
  type Activity,
  activityPhase,
  cardFor,
  isReportOverdue,
  type PartyCard,
  type PointEntry,
  type PointTotalsDoc,
  type Post,
  type PostClaim,
  type Registration,
  type Signup,
  totalsOfEntries,
  type User,
  type Wish,
  WISH_STATUSES,
} from '@lx/types';
import { buildSeed, DEMO_COMMUNITY_ID } from './build';
import { DEMO_OPEN_ACTIVITY_ID } from './party';

const clocks = [
  '2026-12-02T00:05:00+08:00',
  '2026-12-02T05:30:00+08:00',
  '2026-12-02T23:50:00+08:00',
  '2026-10-03T09:00:00+08:00',
  '2026-02-20T03:00:00+08:00',
  '2027-01-01T00:30:00+08:00',
  '2028-02-29T01:00:00+08:00',
];

function party(now: number) {
  const s = buildSeed({ now }) as unknown as Record<string, unknown[]>;
  return {
    users: s.users as User[],
    regs: s.party_registrations as Registration[],
    posts: s.party_posts as Post[],
    claims: s.party_post_claims as PostClaim[],
    activities: s.party_activities as Activity[],
    signups: s.party_signups as Signup[],
    wishes: s.party_wishes as Wish[],
    points: s.party_points as PointEntry[],
    totals: s.party_point_totals as PointTotalsDoc[],
    cards: s.party_cards as PartyCard[],
  };
}

describe.each(clocks)('the party seed at %s', (iso) => {
  const now = Date.parse(iso);
  const p = party(now);
  const demo = (r: { communityId: string }) => r.communityId === DEMO_COMMUNITY_ID;

  it('has an approved registration for every partyMember grant, and none for 孙建国', () => {
    for (const u of p.users.filter((x) => x.roles.some((g) => g.role === 'partyMember'))) {
      const g = u.roles.find((x) => x.role === 'partyMember')!;
      expect(p.regs.find((r) => r.userId === u._id && r.communityId === g.orgId)?.status).toBe('approved');
    }
    expect(p.regs.filter((r) => r.userId === 'demo-party-new')).toEqual([]);
    expect(p.users.find((u) => u._id === 'demo-party-new')!.roles).toEqual([]);
  });

  it('gives 凤凰城社区 pending, rejected, withdrawn and overdue registrations, and one yellow card', () => {
    const here = p.regs.filter(demo);
    expect(here.filter((r) => r.status === 'pending')).toHaveLength(2);
    expect(here.filter((r) => r.status === 'rejected' && r.rejectReason)).toHaveLength(1);
    expect(here.filter((r) => r.status === 'withdrawn' && r.withdrawReason)).toHaveLength(1);
    expect(here.filter((r) => isReportOverdue(r, now)).length).toBeGreaterThanOrEqual(1);
    expect(
      isReportOverdue(
        here.find((r) => r.userId === 'demo-party')!,
        now,
      ),
    ).toBe(false);
    expect(p.cards.filter(demo).map((c) => c.color)).toEqual(['yellow']);
  });

  it('keeps every card the timer would give, counted from the last service or the approval', () => {
    const served = new Map(p.totals.map((t) => [t._id, t.lastServiceAt ?? 0]));
    for (const r of p.regs.filter((x) => x.status === 'approved')) {
      const since = Math.max(served.get(`${r.communityId}|${r.userId}`) ?? 0, r.approvedAt!);
      expect(p.cards.find((c) => c._id === r._id)?.color ?? null).toBe(cardFor(since, now));
    }
  });

  it('opens an activity for check-in now in every community, with places left', () => {
    const open = p.activities.filter((a) => activityPhase(a, now) === 'checkInOpen' && a.startAt <= now);
    expect(new Set(open.map((a) => a.communityId)).size).toBe(new Set(p.activities.map((a) => a.communityId)).size);
    const demoOpen = p.activities.find((a) => a._id === DEMO_OPEN_ACTIVITY_ID)!;
    expect(demo(demoOpen) && activityPhase(demoOpen, now)).toBe('checkInOpen');
    expect(demoOpen.signedUp).toBeLessThan(demoOpen.capacity);
    expect(p.activities.some((a) => demo(a) && activityPhase(a, now) === 'upcoming')).toBe(true);
    expect(p.activities.some((a) => demo(a) && activityPhase(a, now) === 'ended')).toBe(true);
  });

  it('keeps the counts on write equal to their documents', () => {
    for (const a of p.activities) {
      const held = p.signups.filter((s) => s.activityId === a._id && s.status === 'signedUp').length;
      expect(a.signedUp).toBe(held);
      expect(held).toBeLessThanOrEqual(a.capacity);
    }
    for (const post of p.posts) {
      const held = p.claims.filter((c) => c.postId === post._id && c.status === 'active').length;
      expect(post.claimed).toBe(held);
      expect(held).toBeLessThanOrEqual(post.capacity);
    }
    const rebuilt = totalsOfEntries(p.points).sort((a, b) => a._id.localeCompare(b._id));
    expect([...p.totals].sort((a, b) => a._id.localeCompare(b._id))).toEqual(rebuilt);
    const sum = p.points.filter((e) => e.userId === 'demo-party').reduce((n, e) => n + e.points, 0);
    expect(p.totals.find((t) => t.userId === 'demo-party')!.points).toBe(sum);
    expect(sum).toBeGreaterThan(0);
  });

  it('has 微心愿 in every state, 张阿姨 with two open ones, and nothing timed after now', () => {
    expect(new Set(p.wishes.map((w) => w.status))).toEqual(new Set(WISH_STATUSES));
    expect(p.wishes.filter((w) => w.residentId === 'demo-resident').map((w) => w.status)).toEqual([
      'posted',
      'approved',
    ]);
    for (const w of p.wishes) for (const h of w.history) expect(h.at).toBeLessThanOrEqual(now);
    for (const e of p.points) expect(e.at).toBeLessThanOrEqual(now);
    for (const r of p.regs) for (const h of r.history) expect(h.at).toBeLessThanOrEqual(now);
  });
});
