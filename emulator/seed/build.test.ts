import {
  AUTO_CLOSE_AFTER,
  AUTO_ESCALATE_GRACE,
  Category,
  COLLECTIONS,
  covers,
  DAY,
  decide,
  deadlines,
  DUE_SOON,
  filedState,
  type FlowTicket,
  flowState,
  HOUR,
  type Invitation,
  invitationStatus,
  isDone,
  isOpen,
  NOTICE_CATEGORIES,
  type Notice,
  type NoticeRead,
  noticeState,
  OrgNode,
  applyEvent,
  refusal,
  replay,
  ROLE_SCOPE_TYPES,
  ROLES,
  SIMILAR_WINDOW,
  Ticket,
  type TicketAction,
  TicketEvent,
  type TransitionInput,
  User,
  type Category as CategoryT,
  type OrgNode as OrgNodeT,
  type Ticket as TicketT,
  type TicketEvent as TicketEventT,
  type User as UserT,
} from '@lx/types';
import {
  buildSeed,
  DEMO_BUILDING_ID,
  DEMO_COMMUNITY_ID,
  DEMO_GRID_2_ID,
  DEMO_GRID_ID,
  DEMO_IDENTITIES,
  HOLIDAY_CALENDAR,
  STREET_ID,
} from './build';
import {
  coverageOf,
  DUE_BUCKETS,
  dueBucket,
  type Household,
  OPEN_VISIT_STATUSES,
  planVisitId,
  rebuildVisitCounters,
  type Visit,
  type VisitCounterDoc,
  type VisitPlan,
} from '@lx/types';
import { loadSeed } from './load';

const NOW = Date.parse('2026-11-21T10:00:00+08:00');
const data = buildSeed({ now: NOW });
const users = data.users as unknown as UserT[];
const nodes = data.org_nodes as unknown as OrgNodeT[];
const categories = data.categories as unknown as CategoryT[];
const tickets = data.tickets as unknown as TicketT[];
const events = data.ticket_events as unknown as TicketEventT[];
const nodeById = new Map(nodes.map((n) => [n._id, n]));
const userById = new Map(users.map((u) => [u._id, u]));

const expectParses = (schema: { safeParse(x: unknown): { success: boolean; error?: unknown } }, docs: object[]) => {
  const bad = docs
    .map((d) => [d, schema.safeParse(d)] as const)
    .filter(([, r]) => !r.success)
    .slice(0, 3);
  expect(bad.map(([d, r]) => ({ id: (d as { _id: string })._id, error: String(r.error) }))).toEqual([]);
};

describe('buildSeed', () => {
  it('is deterministic: the same options give the same bytes', () => {
    const again = buildSeed({ now: NOW });
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    const other = buildSeed({ now: NOW, seed: 7 });
    expect(JSON.stringify(other.tickets)).not.toBe(JSON.stringify(data.tickets));
  });

  it('fills every collection and nothing else', () => {
    expect(Object.keys(data).sort()).toEqual(Object.values(COLLECTIONS).sort());
    expect(tickets).toHaveLength(360);
    for (const [name, docs] of Object.entries(data)) {
      // image checks and upload records start when someone uploads a photo (seeded tickets have none),
      // request records and rate counts with the first request, account events with the first 注销
      const startEmpty: string[] = [
        COLLECTIONS.accountEvents,
        COLLECTIONS.mediaChecks,
        COLLECTIONS.uploads,
        COLLECTIONS.requests,
        COLLECTIONS.rateCounters,
      ];
      if (!startEmpty.includes(name)) expect(docs.length).toBeGreaterThan(0);
      expect(new Set(docs.map((d) => d._id)).size).toBe(docs.length);
    }
  });

  it('every document parses with its schema', () => {
    expectParses(User, users);
    expectParses(OrgNode, nodes);
    expectParses(Category, categories);
    expectParses(Ticket, tickets);
    expectParses(TicketEvent, events);
  });

  it('keeps the holiday calendar of 2026 and the statutory days of 2027', () => {
    const [settings] = data.settings as unknown as { _id: string; holidays: string[]; workdays: string[] }[];
    expect(settings._id).toBe('holidays');
    expect(settings.holidays).toEqual(
      expect.arrayContaining(['2026-01-01', '2026-02-17', '2026-05-01', '2026-06-19', '2026-09-25', '2026-10-01']),
    );
    expect(settings.workdays).toEqual(expect.arrayContaining(['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10']));
    // 2027: only the statutory days (the State Council's arrangement is not out yet), no 调休
    const of2027 = (days: string[]) => days.filter((d) => d.startsWith('2027-'));
    expect(of2027(settings.holidays)).toEqual([
      '2027-01-01', // 元旦
      '2027-02-05', // 春节: 除夕 to 初三
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05', // 清明
      '2027-05-01', // 劳动节
      '2027-05-02',
      '2027-06-09', // 端午
      '2027-09-15', // 中秋
      '2027-10-01', // 国庆
      '2027-10-02',
      '2027-10-03',
    ]);
    expect(of2027(settings.workdays)).toEqual([]);
    expect(settings.holidays).toEqual(HOLIDAY_CALENDAR.holidays);
    expect(new Set(settings.holidays).size).toBe(settings.holidays.length);
  });
});

describe('org tree', () => {
  const ofType = (t: OrgNodeT['type']) => nodes.filter((n) => n.type === t);

  it('has one street office, 8 communities and about 50 grids', () => {
    expect(ofType('street').map((n) => n._id)).toEqual([STREET_ID]);
    expect(ofType('community')).toHaveLength(8);
    const grids = ofType('grid');
    expect(grids.length).toBeGreaterThanOrEqual(45);
    expect(grids.length).toBeLessThanOrEqual(55);
    for (const c of ofType('community')) {
      const n = grids.filter((g) => g.parentId === c._id).length;
      expect(n).toBeGreaterThanOrEqual(6);
      expect(n).toBeLessThanOrEqual(7);
      expect(c.hotline).toMatch(/^0392-\d{7}$/);
      const compounds = ofType('compound').filter((x) => x.parentId === c._id).length;
      expect(compounds).toBeGreaterThanOrEqual(2);
      expect(compounds).toBeLessThanOrEqual(4);
    }
    for (const g of grids) {
      expect(g.name).toMatch(/社区第[一二三四五六七]网格$/);
      expect(g.households).toBeGreaterThanOrEqual(200);
      expect(g.households).toBeLessThanOrEqual(400);
      expect(g.population).toBeGreaterThanOrEqual(600);
      expect(g.population).toBeLessThanOrEqual(1200);
      expect(g.boundary).toHaveLength(5);
      expect(g.boundary![0]).toEqual(g.boundary![4]);
      expect(Math.abs(g.center!.lng - 114.29)).toBeLessThan(0.05);
      expect(Math.abs(g.center!.lat - 35.75)).toBeLessThan(0.05);
    }
  });

  it('links every node to an existing parent with the right path', () => {
    for (const n of nodes) {
      if (n.type === 'street') {
        expect(n.parentId).toBeNull();
        expect(n.path).toEqual([n._id]);
        continue;
      }
      const parent = nodeById.get(n.parentId!);
      expect(parent).toBeDefined();
      expect(n.path).toEqual([...parent!.path, n._id]);
      expect(n.streetId).toBe(STREET_ID);
      expect(n.communityId).toBe(
        n.type === 'community' ? n._id : parent!.type === 'community' ? parent!._id : parent!.communityId,
      );
      const expectedParent = { community: 'street', grid: 'community', compound: 'community', building: 'compound' }[
        n.type
      ];
      expect(parent!.type).toBe(expectedParent);
    }
  });

  it('maps every building to a grid of its own community, except a triage case or two', () => {
    const buildings = nodes.filter((n) => n.type === 'building');
    const unmapped = buildings.filter((b) => !b.gridId);
    expect(unmapped.length).toBeGreaterThanOrEqual(1);
    expect(unmapped.length).toBeLessThanOrEqual(2);
    for (const b of buildings) {
      expect(b.compoundId).toBe(b.parentId);
      expect(b.name).toMatch(/^\d+号楼$/);
      if (!b.gridId) continue;
      const grid = nodeById.get(b.gridId)!;
      expect(grid.type).toBe('grid');
      expect(grid.communityId).toBe(b.communityId);
    }
    for (const g of nodes.filter((n) => n.type === 'grid')) {
      expect(g.gridId).toBe(g._id);
      expect(buildings.some((b) => b.gridId === g._id)).toBe(true);
    }
    expect(nodeById.get(DEMO_BUILDING_ID)!.gridId).toBe(DEMO_GRID_ID);
    expect(nodeById.get(DEMO_GRID_ID)!.communityId).toBe(DEMO_COMMUNITY_ID);
  });
});

describe('users', () => {
  it('covers every role in DEMO_IDENTITIES, each backed by a user holding that role', () => {
    expect(new Set(DEMO_IDENTITIES.map((d) => d.role))).toEqual(new Set(ROLES));
    for (const d of DEMO_IDENTITIES) {
      const u = userById.get(d.openid);
      expect(u).toBeDefined();
      if (d.role !== 'resident') expect(u!.roles.map((r) => r.role)).toContain(d.role);
    }
    expect(userById.get('demo-resident')!.address!.buildingId).toBe(DEMO_BUILDING_ID);
    expect(userById.get('demo-resident-new')!.address).toBeUndefined();
    expect(userById.get('demo-grid')!.roles[0].orgId).toBe(DEMO_GRID_ID);
    expect(userById.get('demo-grid-2')!.roles[0].orgId).not.toBe(DEMO_GRID_ID);
    expect(userById.get('demo-community')!.roles[0].orgId).toBe(DEMO_COMMUNITY_ID);
    expect(userById.get('demo-party')!.roles[0].orgId).toBe(DEMO_COMMUNITY_ID);
  });

  it('grants roles at nodes of the right type with the node path', () => {
    for (const u of users) {
      for (const g of u.roles) {
        const node = nodeById.get(g.orgId)!;
        expect(ROLE_SCOPE_TYPES[g.role as keyof typeof ROLE_SCOPE_TYPES]).toContain(node.type);
        expect(g.orgPath).toEqual(node.path);
      }
      if (u.address) {
        const b = nodeById.get(u.address.buildingId)!;
        expect(u.address.gridId).toBe(b.gridId);
        expect(u.address.communityId).toBe(b.communityId);
        expect(u.address.compoundId).toBe(b.compoundId);
      }
    }
  });

  it('has a worker in every grid, staff in every community, party members and residents', () => {
    const holders = (role: string) => users.flatMap((u) => u.roles.filter((r) => r.role === role).map((r) => r.orgId));
    for (const g of nodes.filter((n) => n.type === 'grid')) {
      expect(holders('gridWorker')).toContain(g._id);
      expect(userById.get(`gw-${g._id}`)!.phone).toMatch(/^139\d{8}$/);
    }
    for (const c of nodes.filter((n) => n.type === 'community')) expect(holders('communityStaff')).toContain(c._id);
    expect(holders('partyMember').length).toBeGreaterThanOrEqual(24);
    const residents = users.filter((u) => u.roles.length === 0 && u.address);
    expect(residents.length).toBeGreaterThanOrEqual(280);
  });
});

describe('tickets', () => {
  it('chains every event list: seq 1..n, from = previous to, status = last to, version = n', () => {
    checkChains(tickets, events, NOW);
  });

  it('numbers tickets uniquely per day; the id is random-looking base32 from the seed, never the number', () => {
    const seen = new Set<string>();
    for (const t of tickets) {
      expect(t._id).toMatch(/^[a-z2-7]{20}$/);
      expect(t.no).toMatch(/^\d{8}-\d{5}$/);
      seen.add(t.no);
    }
    expect(seen.size).toBe(tickets.length);
    expect(new Set(tickets.map((t) => t._id)).size).toBe(tickets.length);
  });

  it('routes, times and flags tickets consistently', () => {
    checkTickets(data, NOW);
  });

  it('looks like real data: mostly closed, some open, overdue, escalated, rejected', () => {
    const count = (f: (t: TicketT) => boolean) => tickets.filter(f).length;
    expect(count((t) => t.status === 'closed')).toBeGreaterThan(tickets.length * 0.6);
    for (const s of ['pending', 'processing', 'resolved', 'rejected'] as const)
      expect(count((t) => t.status === s)).toBeGreaterThan(0);
    expect(count((t) => t.overdue)).toBeGreaterThan(0);
    expect(count((t) => t.level === 'community')).toBeGreaterThan(0);
    expect(count((t) => t.level === 'street')).toBeGreaterThan(0);
    expect(count((t) => t.gridId === null)).toBeGreaterThan(0);
    expect(count((t) => t.source !== 'resident')).toBeGreaterThan(tickets.length * 0.15);
    expect(count((t) => t.anonymous)).toBeGreaterThan(0);
    expect(count((t) => t.reopenCount > 0)).toBeGreaterThan(0);
  });

  it('gives the demo identities something to show', () => {
    const mine = tickets.filter((t) => t.reporterId === 'demo-resident');
    expect(mine.length).toBeGreaterThanOrEqual(5);
    expect(new Set(mine.map((t) => t.status)).size).toBeGreaterThanOrEqual(4);
    const grid = tickets.filter((t) => t.handlerOrgId === DEMO_GRID_ID);
    expect(grid.some((t) => t.status === 'pending')).toBe(true);
    expect(grid.some((t) => t.status === 'processing')).toBe(true);
    const community = tickets.filter((t) => t.handlerOrgId === DEMO_COMMUNITY_ID && isOpen(t.status));
    expect(community.some((t) => t.gridId === null)).toBe(true);
    expect(community.some((t) => t.status === 'pending' && t.gridId !== null)).toBe(true);
    expect(tickets.some((t) => t.level === 'street' && t.status === 'pending')).toBe(true);
    expect(tickets.some((t) => t.status === 'verifying' && t.communityId === DEMO_COMMUNITY_ID)).toBe(true);
  });

  it('builds 100k tickets for the benchmarks', () => {
    const big = buildSeed({ now: NOW, tickets: 100_000 });
    expect(big.tickets).toHaveLength(100_000);
    expect(new Set(big.tickets.map((t) => t._id)).size).toBe(100_000);
  }, 30_000);
});

/** Every ticket's events chain: seq 1..n, from = previous to, times in order, status = last to. */
function checkChains(tickets: TicketT[], events: TicketEventT[], now: number): void {
  const byTicket = new Map<string, TicketEventT[]>();
  for (const e of events) {
    const list = byTicket.get(e.ticketId) ?? [];
    list.push(e);
    byTicket.set(e.ticketId, list);
  }
  const problems: string[] = [];
  for (const t of tickets) {
    const list = byTicket.get(t._id) ?? [];
    const last = list[list.length - 1];
    if (list.length !== t.version) problems.push(`${t._id}: version ${t.version}, ${list.length} events`);
    list.forEach((e, i) => {
      if (e.seq !== i + 1 || e._id !== `${t._id}-${i + 1}`) problems.push(`${e._id}: seq ${e.seq}`);
      if (e.from !== (i === 0 ? null : list[i - 1].to)) problems.push(`${e._id}: from ${e.from}`);
      if (i > 0 && e.at < list[i - 1].at) problems.push(`${e._id}: earlier than the previous event`);
      if (e.at > now) problems.push(`${e._id}: in the future`);
    });
    if (list[0]?.action !== 'file') problems.push(`${t._id}: does not start with file`);
    if (
      !last ||
      t.status !== last.to ||
      t.updatedAt !== last.at ||
      t.level !== last.level ||
      t.handlerOrgId !== last.orgId
    ) {
      problems.push(`${t._id}: ticket does not match its last event`);
    }
  }
  expect(problems.slice(0, 5)).toEqual([]);
  expect(events.length).toBe(tickets.reduce((a, t) => a + t.version, 0));
  // the stored workflow state is exactly the replay of the events (what the handlers guarantee)
  const mismatched = tickets.filter(
    (t) => JSON.stringify(flowState(t)) !== JSON.stringify(replay(byTicket.get(t._id)!)),
  );
  expect(mismatched.slice(0, 3).map((t) => [flowState(t), replay(byTicket.get(t._id)!)])).toEqual([]);
}

/** Documents compared by value: key order and absent vs undefined do not matter. */
const canon = (x: unknown): unknown =>
  Array.isArray(x)
    ? x.map(canon)
    : x && typeof x === 'object'
      ? Object.fromEntries(
          Object.entries(x)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, v]) => [k, canon(v)]),
        )
      : x;

/** What the person (or the sweeper) asked for, read back off the event. */
const inputOf = (e: TicketEventT, t: TicketT): TransitionInput => ({
  action: e.action as Exclude<TicketAction, 'file'>,
  photos: e.photos,
  ...(e.note ? { note: e.note } : {}),
  ...(e.department ? { department: e.department } : {}),
  ...(e.passed !== undefined ? { passed: e.passed } : {}),
  ...(e.rating
    ? { rating: { score: e.rating.score, ...(e.rating.comment ? { comment: e.rating.comment } : {}) } }
    : {}),
  ...(e.action === 'route' && e.gridId ? { grid: { id: e.gridId, communityId: t.communityId } } : {}),
});

/**
 * Every seeded step is one the transition table allows its actor at its time (`refusal`), and its
 * event is exactly the one `decide` makes of it, limits from the seed's calendar included. The seed
 * holds no photo files, so its resolutions carry no after photos: that one payload rule is not asked.
 */
function checkTable(seed: ReturnType<typeof buildSeed>): void {
  const grants = new Map((seed.users as unknown as UserT[]).map((u) => [u._id, u.roles]));
  const centers = new Map((seed.org_nodes as unknown as OrgNodeT[]).map((n) => [n._id, n.center]));
  const homes = new Map(
    (seed.users as unknown as UserT[]).flatMap((u) => {
      const a = u.address;
      if (!a) return [];
      const center = centers.get(a.buildingId);
      return [
        [u._id, { buildingId: a.buildingId, communityId: a.communityId, ...(center ? { center } : {}) }],
      ] as const;
    }),
  );
  const catById = new Map((seed.categories as unknown as CategoryT[]).map((c) => [c._id, c]));
  const byTicket = new Map<string, TicketEventT[]>();
  for (const e of seed.ticket_events as unknown as TicketEventT[]) {
    byTicket.set(e.ticketId, [...(byTicket.get(e.ticketId) ?? []), e]);
  }
  const problems: string[] = [];
  for (const t of seed.tickets as unknown as TicketT[]) {
    const [filed, ...steps] = byTicket.get(t._id)!;
    const cat = catById.get(t.categoryId)!;
    const due = (level: TicketT['level'], from: number) => deadlines(cat, t.urgency, level, from, HOLIDAY_CALENDAR);
    const fixed = {
      _id: t._id,
      reporterId: t.reporterId,
      streetId: t.streetId,
      communityId: t.communityId,
      ...(t.buildingId ? { buildingId: t.buildingId } : {}),
      ...(t.point ? { point: t.point } : {}),
      ...(t.filedBy ? { filedBy: t.filedBy } : {}),
    };
    let state: FlowTicket = {
      ...fixed,
      requiresVerification: t.requiresVerification,
      requiresAfterPhotos: false,
      ...filedState(filed),
    };
    for (const e of steps) {
      const action = e.action as Exclude<TicketAction, 'file'>;
      const viewer = { id: e.actorId, grants: grants.get(e.actorId) ?? [], now: e.at, home: homes.get(e.actorId) };
      const why = refusal(state, action, viewer);
      if (why) problems.push(`${e._id} ${e.action} by ${e.actorId}: ${why}`);
      const decided = decide(state, inputOf(e, t), { now: e.at, actorId: e.actorId, actorRole: e.actorRole, due });
      if (JSON.stringify(canon(decided)) !== JSON.stringify(canon(e))) {
        problems.push(`${e._id} ${e.action}: ${JSON.stringify(canon(e))} is not ${JSON.stringify(canon(decided))}`);
      }
      state = applyEvent(state, e);
    }
  }
  expect(problems.slice(0, 3)).toEqual([]);
}

/** Routing, limits, flags and numbering of every ticket. */
function checkTickets(seed: ReturnType<typeof buildSeed>, now: number): void {
  const nodeById = new Map((seed.org_nodes as unknown as OrgNodeT[]).map((n) => [n._id, n]));
  const userIds = new Set(seed.users.map((u) => u._id));
  const catById = new Map((seed.categories as unknown as CategoryT[]).map((c) => [c._id, c]));
  const tickets = seed.tickets as unknown as TicketT[];
  const starts = new Map<string, number>();
  for (const e of seed.ticket_events as unknown as TicketEventT[]) {
    if (['file', 'escalate', 'autoEscalate', 'reopen'].includes(e.action)) starts.set(e.ticketId, e.at);
  }
  const problems: string[] = [];
  const nos = new Set<string>();
  for (const t of tickets) {
    const b = nodeById.get(t.buildingId!)!;
    const cat = catById.get(t.categoryId)!;
    const check = (ok: boolean, what: string) => ok || problems.push(`${t._id}: ${what}`);
    check(/^[a-z2-7]{20}$/.test(t._id) && /^\d{8}-\d{5}$/.test(t.no), 'number');
    nos.add(t.no);
    check(t.communityId === b.communityId && t.gridId === (b.gridId ?? null), 'routing');
    check(
      JSON.stringify(t.orgPath) ===
        JSON.stringify(b.gridId ? [STREET_ID, b.communityId, b.gridId] : [STREET_ID, b.communityId]),
      'orgPath',
    );
    check(t.handlerOrgId === { grid: t.gridId, community: t.communityId, street: STREET_ID }[t.level], 'handler');
    check(t.createdAt > now - 160 * 86_400_000 && t.createdAt <= now, 'createdAt');
    // open: flagged exactly when past the limit (the sweep of `now` has run); done: whether it ran late
    check(!isOpen(t.status) || t.overdue === t.dueAt < now, 'overdue flag');
    check(t.photos.length === 0, 'photos');
    check(t.categoryName === cat.name, 'category name');
    // the due time is the current level's limit from the last filing, escalation or reopening
    check(t.dueAt === deadlines(cat, t.urgency, t.level, starts.get(t._id)!, HOLIDAY_CALENDAR).dueAt, 'dueAt');
    check(!t.anonymous || t.reporterPhone === undefined, 'anonymous phone');
    check(userIds.has(t.reporterId), 'reporter');
  }
  expect(problems.slice(0, 5)).toEqual([]);
  expect(nos.size).toBe(tickets.length);
}

describe('other seeds, clocks and sizes', () => {
  const cases = [
    { now: Date.parse('2026-03-02T06:30:00+08:00'), seed: 3, tickets: 3000 },
    { now: Date.parse('2026-11-21T23:50:00+08:00'), seed: 99, tickets: 800 },
    { now: NOW, tickets: 5 },
    { now: NOW, tickets: 0 },
  ];
  it.each(cases)('holds the same invariants for %j', (opts) => {
    const seed = buildSeed(opts);
    expect(seed.tickets).toHaveLength(opts.tickets);
    expectParses(Ticket, seed.tickets);
    expectParses(TicketEvent, seed.ticket_events);
    checkChains(seed.tickets as unknown as TicketT[], seed.ticket_events as unknown as TicketEventT[], opts.now);
    checkTickets(seed, opts.now);
    checkTable(seed);
  });
});

/**
 * What the journeys (e2e/*.e2e.ts) and each role's screens need from the seed, read off the built data
 * the way the screens query it. Empty when everything is there; otherwise the names of what is missing.
 */
function missingDemoStates(seed: ReturnType<typeof buildSeed>, now: number): string[] {
  const tickets = seed.tickets as unknown as TicketT[];
  const users = seed.users as unknown as UserT[];
  const notices = seed.notices as unknown as Notice[];
  const reads = seed.notice_reads as unknown as NoticeRead[];
  const invitations = seed.invitations as unknown as Invitation[];
  const supervisor = users.find((u) => u._id === 'demo-supervisor')!.roles.find((g) => g.role === 'supervisor')!;
  const zhang = users.find((u) => u._id === 'demo-resident')!;
  const open = (t: TicketT) => isOpen(t.status);
  const inGrid = (id: string) => tickets.filter((t) => t.handlerOrgId === id);
  const grid = inGrid(DEMO_GRID_ID);
  const community = inGrid(DEMO_COMMUNITY_ID);
  const street = tickets.filter((t) => t.level === 'street' && t.handlerOrgId === STREET_ID);
  const mine = tickets.filter((t) => t.reporterId === 'demo-resident');
  const dueSoon = (t: TicketT) => open(t) && !t.overdue && t.dueAt > now && t.dueAt <= now + DUE_SOON;
  const overdue = (t: TicketT) => open(t) && t.overdue && t.dueAt < now;
  const states = notices.map((n) => noticeState(n, now));
  const inScope = (n: Notice) => covers(n.targets, STREET_ID, zhang.address);
  const unreadForZhang = notices.filter(
    (n, i) => states[i] === 'published' && inScope(n) && !reads.some((r) => r._id === `${n._id}:demo-resident`),
  );
  const checks: [string, boolean][] = [
    // 网格工单 (demo-grid): the five tabs
    ['grid 待签收', grid.some((t) => t.status === 'pending')],
    ['grid 待签收 within its response limit', grid.some((t) => t.status === 'pending' && t.responseDueAt > now)],
    ['grid 处理中', grid.some((t) => t.status === 'processing')],
    ['grid 即将超期', grid.some(dueSoon)],
    ['grid 即将超期 in progress', grid.some((t) => dueSoon(t) && t.status === 'processing')],
    ['grid 已超期', grid.some(overdue)],
    // the sweeper moves a ticket up 48 h after its limit: one stays in the grid for a good while
    ['grid 已超期 short of the grace', grid.some((t) => overdue(t) && t.dueAt + AUTO_ESCALATE_GRACE > now + 12 * HOUR)],
    ['grid 已办结', grid.some((t) => isDone(t.status))],
    ['second grid has open work', inGrid(DEMO_GRID_2_ID).some(open)],
    // 社区工单 (demo-community): triage, an escalation to accept, work in progress
    ['community triage', community.some((t) => open(t) && t.gridId === null)],
    [
      'community escalation waiting',
      community.some((t) => t.status === 'pending' && t.level === 'community' && t.gridId !== null),
    ],
    ['community 处理中', community.some((t) => t.status === 'processing')],
    // 街道工单 (demo-street): one to accept, one in progress (the dispatch journey), one dispatched
    ['street 待签收', street.some((t) => t.status === 'pending')],
    ['street 处理中', street.some((t) => t.status === 'processing')],
    ['street dispatched', street.some((t) => open(t) && !!t.department)],
    // 督办看板 (demo-supervisor, street-wide): overdue at the grid level, and 待核查 in 凤凰城社区
    ['board 超期 at the grid level', tickets.some((t) => overdue(t) && t.level === 'grid')],
    [
      'board 待核查',
      tickets.some(
        (t) => t.status === 'verifying' && t.communityId === DEMO_COMMUNITY_ID && t.orgPath.includes(supervisor.orgId),
      ),
    ],
    // 我的诉求 (张阿姨)
    ['张阿姨 has 5 tickets', mine.length >= 5],
    ['张阿姨 4 statuses', new Set(mine.map((t) => t.status)).size >= 4],
    [
      '张阿姨 resolved, to rate',
      mine.some((t) => t.status === 'resolved' && (t.resolvedAt ?? 0) + AUTO_CLOSE_AFTER > now + DAY),
    ],
    ['张阿姨 rated twice 满意', mine.filter((t) => t.rating?.score === 'satisfied').length >= 2],
    ['张阿姨 反弹', mine.some((t) => t.reopenCount > 0)],
    ['张阿姨 rejected', mine.some((t) => t.status === 'rejected')],
    [
      '张阿姨 open 路灯 in her building this week (附议 hint)',
      mine.some(
        (t) =>
          open(t) &&
          t.categoryId === 'cat-streetlight' &&
          t.buildingId === DEMO_BUILDING_ID &&
          t.createdAt > now - SIMILAR_WINDOW,
      ),
    ],
    // invitations
    ['FHWG3K7P open', invitations.some((x) => x._id === 'FHWG3K7P' && invitationStatus(x, now) === 'open')],
    ['an expired invitation', invitations.some((x) => invitationStatus(x, now) === 'expired')],
    // notices: every category and state, pinned and urgent ones on the home page's bar
    ...NOTICE_CATEGORIES.map((c): [string, boolean] => [`notice ${c}`, notices.some((n) => n.category === c)]),
    ...(['draft', 'scheduled', 'published', 'expired', 'withdrawn'] as const).map((s): [string, boolean] => [
      `notice ${s}`,
      states.includes(s),
    ]),
    ['notice scheduled ahead', notices.some((n, i) => states[i] === 'scheduled' && n.publishAt > now)],
    ['notice pinned, showing', notices.some((n, i) => n.pinned && states[i] === 'published')],
    [
      'notice urgent, showing',
      notices.some((n, i) => n.category === 'urgent' && states[i] === 'published' && inScope(n)),
    ],
    ['张阿姨 has 3 unread notices', unreadForZhang.length === 3],
    // 我的走访 (赵红梅's pairings, 王秀兰's key households and 回访): 已逾期, 今天, 近期
    ...visitStates(seed, now),
  ];
  return checks.filter(([, ok]) => !ok).map(([name]) => name);
}

/** The due lists of the two demo visitors, bucketed as the 我的走访 screen buckets them. */
function visitStates(seed: ReturnType<typeof buildSeed>, now: number): [string, boolean][] {
  const visits = seed.visits as unknown as Visit[];
  const households = seed.households as unknown as Household[];
  const open = (who: string) => visits.filter((v) => v.visitorId === who && OPEN_VISIT_STATUSES.includes(v.status));
  const out: [string, boolean][] = [];
  for (const [who, name] of [
    ['demo-party', '赵红梅'],
    ['demo-grid', '王秀兰'],
  ] as const) {
    for (const b of DUE_BUCKETS) out.push([`${name} ${b} visit`, open(who).some((v) => dueBucket(v.dueAt, now) === b)]);
  }
  out.push(['赵红梅 due pairing visit', open('demo-party').some((v) => v.source === 'pairing')]);
  out.push(['赵红梅 paired households', households.filter((h) => h.pairedWith.includes('demo-party')).length >= 3]);
  out.push(['王秀兰 回访', open('demo-grid').some((v) => v.source === 'revisit')]);
  // 入户率 differs between grids
  const docs = seed.visit_counters as unknown as VisitCounterDoc[];
  const rates = new Set(docs.map((d) => coverageOf([d], now).rate?.toFixed(2)));
  out.push(['入户率 differs between grids', rates.size >= 10]);
  return out;
}

describe('visits', () => {
  it('a household for every room of every mapped building, tags on a few percent, every document parses', () => {
    const households = data.households as unknown as Household[];
    const mapped = nodes.filter((n) => n.type === 'building' && n.gridId);
    expect(households).toHaveLength(mapped.reduce((a, b) => a + b.households!, 0));
    const tagged = households.filter((h) => h.tags.length > 0).length / households.length;
    expect(tagged).toBeGreaterThan(0.02);
    expect(tagged).toBeLessThan(0.08);
    expect(new Set(households.map((h) => `${h.buildingId}|${h.room}`)).size).toBe(households.length);
    for (const h of households.slice(0, 50)) expect(h.orgPath).toContain(h.gridId);
  });

  it('keeps the coverage counters equal to their rebuild from the visit log', () => {
    const rebuilt = rebuildVisitCounters(data.households as unknown as Household[], data.visits as unknown as Visit[]);
    expect(canon(data.visit_counters)).toEqual(canon(rebuilt));
  });

  it('pairs households with party members and names each plan visit by plan × due day', () => {
    const plans = data.visit_plans as unknown as VisitPlan[];
    const households = new Map((data.households as unknown as Household[]).map((h) => [h._id, h]));
    for (const p of plans) {
      if (p.kind !== 'pairing') continue;
      expect(households.get(p.householdId)!.pairedWith).toContain(p.visitorId);
      expect(userById.get(p.visitorId)!.roles.some((g) => g.role === 'partyMember')).toBe(true);
    }
    for (const v of (data.visits as unknown as Visit[]).filter((x) => x.status === 'due' && x.source !== 'revisit'))
      expect(v._id).toBe(planVisitId(v.planId!, v.dueAt, v.source === 'key' ? v.householdId : undefined));
  });

  it('builds 20,000 households and 200,000 visits for the benchmark', () => {
    const big = buildSeed({ now: NOW, tickets: 0, households: 20_000, visits: 200_000 });
    expect(big.households).toHaveLength(20_000);
    expect(big.visits.length).toBeGreaterThanOrEqual(200_000);
  }, 60_000);
});

describe('at any time of day, on any date', () => {
  const at = (iso: string) => ({ iso, now: Date.parse(iso) });
  // explicit instants only, never the real clock
  const clocks = [
    at('2026-12-02T00:05:00+08:00'), // just after midnight (Wednesday)
    at('2026-12-02T05:30:00+08:00'), // early morning
    at('2026-12-02T08:15:00+08:00'), // before the working day
    at('2026-12-02T23:50:00+08:00'), // late evening
    at('2026-11-24T10:00:00+08:00'), // a working day (Tuesday)
    at('2026-11-21T10:00:00+08:00'), // a Saturday (the cloud tests' clock)
    at('2026-11-23T06:00:00+08:00'), // Monday morning, after a weekend
    at('2026-10-03T09:00:00+08:00'), // 国庆 holiday week
    at('2026-10-08T07:30:00+08:00'), // the morning after 国庆
    at('2026-02-20T03:00:00+08:00'), // inside 春节 2026
    at('2027-02-10T07:00:00+08:00'), // just after 春节 2027 (statutory days only)
    at('2027-01-01T00:30:00+08:00'), // 元旦 2027
    at('2028-02-29T01:00:00+08:00'), // 29 February, past the calendar
    at('2027-12-01T03:00:00+08:00'), // a year ahead
  ];

  it.each(clocks)('gives every role and journey what it needs at $iso', ({ now }) => {
    const seed = buildSeed({ now });
    expect(missingDemoStates(seed, now)).toEqual([]);
    checkChains(seed.tickets as unknown as TicketT[], seed.ticket_events as unknown as TicketEventT[], now);
    checkTickets(seed, now);
    checkTable(seed);
    expect(JSON.stringify(buildSeed({ now }))).toBe(JSON.stringify(seed));
  });

  it('every 187 minutes through a holiday week and a Spring Festival, with only the scripted tickets', () => {
    const from = [Date.parse('2026-09-24T00:00:00+08:00'), Date.parse('2027-02-01T00:00:00+08:00')];
    const missing: string[] = [];
    for (const start of from) {
      for (let now = start; now < start + 16 * DAY; now += 187 * 60_000) {
        const seed = buildSeed({ now, tickets: 30 });
        const m = missingDemoStates(seed, now);
        if (m.length) missing.push(`${new Date(now + 8 * HOUR).toISOString().slice(0, 16)}+08:00 ${m.join(', ')}`);
      }
    }
    expect(missing.slice(0, 5)).toEqual([]);
  }, 60_000);
});

describe('loadSeed', () => {
  it('inserts every collection and returns the counts', () => {
    const inserted: Record<string, number> = {};
    const counts = loadSeed(
      { insertMany: (coll, docs) => void (inserted[coll] = (inserted[coll] ?? 0) + docs.length) },
      data,
    );
    expect(counts).toEqual({
      ...inserted,
      media_checks: 0,
      uploads: 0,
      requests: 0,
      rate_counters: 0,
      account_events: 0,
    });
    expect(counts.tickets).toBe(360);
    expect(counts.org_nodes).toBe(nodes.length);
  });
});
