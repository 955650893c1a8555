/**
 * 红黄牌 on a fixed clock: runPartyCards gives a yellow card 6 months after the last service (the
 * approval when there is none yet) and a red one after 12, read off the points totals; a second run
 * at the same clock writes nothing; service since clears the card; the community sees the cards with
 * the member's record, nobody else does.
 */
import { DEMO_COMMUNITY_ID } from '@emulator/seed/build';
import { COLLECTIONS, type CardView, inChina, type MemberRecord, type Page, type PartyCard, totalsId } from '@lx/types';
import { clock } from '../../test-support/cloud';
import { runPartyCards } from '../../shared/party-cards';
import { PARTY_T0, partySuite } from '../../test-support/party-members';

const { cloud, cast, t } = partySuite();
const A = PARTY_T0;
const months = (n: number) => inChina(A).add(n, 'month').valueOf();

const serve = (userId: string, at: number) =>
  t.store.write(COLLECTIONS.partyPointTotals, [
    {
      kind: 'put',
      doc: {
        _id: totalsId(DEMO_COMMUNITY_ID, userId),
        userId,
        communityId: DEMO_COMMUNITY_ID,
        points: 30,
        minutes: 180,
        activities: 1,
        wishes: 1,
        visits: 0,
        tickets: 0,
        lastServiceAt: at,
      },
    },
  ]);
const cardOf = (userId: string) =>
  t.store.get(COLLECTIONS.partyCards, `${DEMO_COMMUNITY_ID}:${userId}`) as unknown as PartyCard | null;
const run = async (at: number) => {
  clock.set(at);
  return runPartyCards({ now: at });
};

describe('红黄牌', () => {
  it('yellow at 6 months without service, red at 12, idempotent, cleared by service', async () => {
    clock.set(A);
    const [none, late, early] = t.approvedMembers(3, 'card', A);
    serve(late, months(7));
    serve(early, months(1));

    await run(months(6) - 60_000);
    expect([cardOf(none), cardOf(late), cardOf(early)]).toEqual([null, null, null]);

    await run(months(6));
    expect(cardOf(none)).toMatchObject({ color: 'yellow', since: A, givenAt: months(6) });
    expect(cardOf(early)).toBeNull();

    await run(months(12));
    expect(cardOf(none)).toMatchObject({ color: 'red', since: A, givenAt: months(12) });
    expect(cardOf(early)).toMatchObject({ color: 'yellow', since: months(1), givenAt: months(12) });
    expect(cardOf(late)).toBeNull();

    const snap = cloud.snapshot();
    expect(await run(months(12))).toMatchObject({ written: 0, removed: 0 });
    expect(cloud.snapshot()).toEqual(snap);

    // the community's list, longest without service first, with the member's name
    const list = await t.ok<Page<CardView>>('cards', { communityId: DEMO_COMMUNITY_ID }, cast.community);
    const mine = list.items.filter((c) => [none, early].includes(c.userId));
    expect(mine.map((c) => [c.userId, c.color, c.months])).toEqual([
      [none, 'red', 12],
      [early, 'yellow', 11],
    ]);
    expect(mine[0].name).toBe(t.registration(none)!.name);
    const reds = await t.ok<Page<CardView>>('cards', { communityId: DEMO_COMMUNITY_ID, color: 'red' }, cast.community);
    expect(reds.items.map((c) => c.color)).not.toContain('yellow');

    const record = await t.ok<MemberRecord>(
      'memberRecord',
      { communityId: DEMO_COMMUNITY_ID, userId: early },
      cast.community,
    );
    expect(record).toMatchObject({
      card: { color: 'yellow', since: months(1), months: 11 },
      totals: { points: 30, hours: 3, activities: 1, wishes: 1 },
      registration: { status: 'approved' },
    });

    // service again: the card goes at the next run
    serve(none, months(12) + 60_000);
    expect(await run(months(12) + 120_000)).toMatchObject({ removed: 1 });
    expect(cardOf(none)).toBeNull();
  });

  it('only the community’s staff see the cards and the record; refusals change nothing', async () => {
    const [m] = t.approvedMembers(1, 'look', A);
    const snap = cloud.snapshot();
    expect(await t.code('cards', { communityId: DEMO_COMMUNITY_ID }, cast.reporter)).toBe('AUTH.FORBIDDEN');
    expect(await t.code('cards', { communityId: DEMO_COMMUNITY_ID }, m)).toBe('AUTH.FORBIDDEN');
    expect(await t.code('cards', { communityId: DEMO_COMMUNITY_ID }, cast.otherCommunity)).toBe('AUTH.OUT_OF_SCOPE');
    expect(await t.code('memberRecord', { communityId: DEMO_COMMUNITY_ID, userId: m }, cast.otherCommunity)).toBe(
      'AUTH.OUT_OF_SCOPE',
    );
    expect(await t.code('memberRecord', { communityId: DEMO_COMMUNITY_ID, userId: 'nobody' }, cast.community)).toBe(
      'PARTY.REGISTRATION_NOT_FOUND',
    );
    expect(cloud.snapshot()).toEqual(snap);
  });
});
