/**
 * The deterministic demo seed: 九州路街道办事处 with 8 communities and ~50 grids, its staff and
 * residents, the ticket categories and their time limits, the holiday calendar (2025 and 2026 as
 * published and 2027's statutory days, so it covers this year and next), notices, invitations, and a
 * few hundred tickets (or 100k for benchmarks) with their full event histories. Whatever the demo identities
 * need to see is timed from `now`, so it is all there at any time of day on any date.
 *
 *   buildSeed({ now, tickets?, seed? }) → { users, org_nodes, categories, tickets, ticket_events, settings }
 *
 * Pure: the same options give byte-identical output (a seeded PRNG, no clock, no Math.random).
 */
import { COLLECTIONS, type CollectionName, DAY, rebuildCounters } from '@lx/types';
import { CATEGORIES } from './categories';
import { HOLIDAY_CALENDAR, holidaySettings } from './holidays';
import { buildNotices } from './notices';
import { buildOrg } from './org';
import { createRng, deriveSeed } from './prng';
import { buildTickets } from './tickets';
import { buildInvitations, buildPeople, buildRoleEvents } from './users';
import { buildParty } from './party';
import { buildVisits } from './visits';

export {
  DEMO_BUILDING_ID,
  DEMO_IDENTITIES,
  DEMO_COMMUNITY_ID,
  DEMO_COMPOUND_ID,
  DEMO_GRID_2_ID,
  DEMO_GRID_ID,
  DEMO_ROOM,
  STREET_ID,
  type DemoIdentity,
} from './users';
export { CATEGORIES } from './categories';
export { HOLIDAY_CALENDAR } from './holidays';

export type Doc = { _id: string } & Record<string, unknown>;
export type SeedData = Record<CollectionName, Doc[]>;

export interface SeedOptions {
  /** epoch ms: tickets are spread over the ~5 months before it */
  now: number;
  /** how many tickets (default 360) */
  tickets?: number;
  /** PRNG seed (default 20261121) */
  seed?: number;
  /** ordinary residents with bound addresses (default 300) */
  residents?: number;
  /** history visits over the last 120 days (default 3000; the bench: 200,000) */
  visits?: number;
  /** households over the mapped buildings (default: each building's 户数; the bench: 20,000) */
  households?: number;
}

export const DEFAULT_TICKETS = 360;
export const DEFAULT_SEED = 20261121;

export function buildSeed(opts: SeedOptions): SeedData {
  const now = Math.floor(opts.now);
  const seed = (opts.seed ?? DEFAULT_SEED) >>> 0;
  const ticketCount = Math.max(0, Math.floor(opts.tickets ?? DEFAULT_TICKETS));
  // the org tree and the staff were set up about a year before `now`, on a day boundary
  const orgCreatedAt = Math.floor((now - 400 * DAY) / DAY) * DAY + 2 * 3_600_000;

  const org = buildOrg(createRng(deriveSeed(seed, 'org')), orgCreatedAt);
  const people = buildPeople(createRng(deriveSeed(seed, 'users')), org, now, {
    residents: opts.residents ?? 300,
    partyMembers: 40,
  });
  const { tickets, events } = buildTickets(
    {
      rng: createRng(deriveSeed(seed, 'tickets')),
      ids: createRng(deriveSeed(seed, 'ticket-ids')),
      now,
      cal: HOLIDAY_CALENDAR,
      org,
      people,
      categories: CATEGORIES,
    },
    ticketCount,
  );

  const visits = buildVisits(
    { rng: createRng(deriveSeed(seed, 'visits')), now, org, people },
    { visits: opts.visits, households: opts.households, createdAt: orgCreatedAt },
  );

  const party = buildParty({ rng: createRng(deriveSeed(seed, 'party')), now, org, people, visits: visits.visits });

  return {
    [COLLECTIONS.users]: people.users,
    [COLLECTIONS.orgNodes]: org.nodes,
    [COLLECTIONS.categories]: CATEGORIES.map((c) => structuredClone(c)),
    [COLLECTIONS.tickets]: tickets,
    [COLLECTIONS.ticketEvents]: events,
    [COLLECTIONS.invitations]: buildInvitations(org, now),
    [COLLECTIONS.roleEvents]: buildRoleEvents(people.users),
    // the admin entered the 2026 calendar after it was published (2025-11-04), with 2027's statutory
    // days until that year's arrangement is out (holidays.ts)
    [COLLECTIONS.settings]: [holidaySettings(Math.min(now, Date.parse('2025-11-10T09:30:00+08:00')))],
    [COLLECTIONS.mediaChecks]: [],
    // photos are recorded as someone's upload when uploaded; the seed's tickets have none
    [COLLECTIONS.uploads]: [],
    // idempotent answers and rate counts begin with the first request
    [COLLECTIONS.requests]: [],
    [COLLECTIONS.rateCounters]: [],
    // 注销账号's record begins with the first deletion (repo/account.ts)
    [COLLECTIONS.accountEvents]: [],
    // the statistics the live path would have kept: the rebuild of the seed's own event log
    [COLLECTIONS.statsCounters]: [...rebuildCounters(tickets, events).values()],
    // 五步工作法: the plans' seed fills households and visits (V2); the counters are their rebuild
    [COLLECTIONS.households]: visits.households,
    [COLLECTIONS.visits]: visits.visits,
    [COLLECTIONS.visitCounters]: visits.counters,
    [COLLECTIONS.visitPlans]: visits.plans,
    // party members: registrations, posts and claims, activities and sign-ups, 微心愿, the ledger with
    // its totals and the 红黄牌 the timer would have given (party.ts)
    [COLLECTIONS.partyRegistrations]: party.registrations,
    [COLLECTIONS.partyPosts]: party.posts,
    [COLLECTIONS.partyPostClaims]: party.claims,
    [COLLECTIONS.partyCards]: party.cards,
    [COLLECTIONS.partyActivities]: party.activities,
    [COLLECTIONS.partySignups]: party.signups,
    [COLLECTIONS.partyWishes]: party.wishes,
    [COLLECTIONS.partyPoints]: party.points,
    [COLLECTIONS.partyPointTotals]: party.totals,
    ...buildNotices({ now, org, people }),
  } as unknown as SeedData;
}
