/**
 * 五步工作法 in the seed: a household for every room of every mapped building (户数 from the org
 * tree, or scaled to `households` for the bench), realistic tags on a few percent, 结对帮扶 pairings
 * (赵红梅's three in 凤凰城社区第一网格 and one per other party member), the 凤凰城社区 独居老人 rule, and
 * visits over the last 120 days with each grid visited at its own pace (so 入户率 differs), plus the
 * open visits the demo needs at any time of day: 赵红梅's and 王秀兰's overdue, due today and later.
 * Counters are the rebuild of these visits (types/visits.ts rebuildVisitCounters), as the live path
 * would have kept them.
 */
import {
  CONCERN_TAGS,
  cstMidnight,
  DAY,
  type Household,
  type HouseholdTag,
  HOUR,
  type KeyRule,
  keyRuleId,
  type OrgNode,
  type Pairing,
  PAIRING_DEFAULT_DAYS,
  PLAN_LEAD_DAYS,
  planVisitId,
  newPairing,
  newVisit,
  generatedRooms,
  roomHousehold,
  rebuildVisitCounters,
  type StepRecord,
  type Visit,
  type VisitCounterDoc,
} from '@lx/types';
import type { OrgIndex } from './org';
import type { Rng } from './prng';
import { DEMO_COMMUNITY_ID, DEMO_GRID_ID, type People } from './users';

export const DEFAULT_VISITS = 3000;
const HISTORY_DAYS = 120;

export interface VisitSeed {
  households: Household[];
  visits: Visit[];
  plans: (Pairing | KeyRule)[];
  counters: VisitCounterDoc[];
}

const TAGS: readonly (readonly [HouseholdTag, number])[] = [
  ['独居老人', 30],
  ['空巢老人', 25],
  ['困难家庭', 15],
  ['残疾人家庭', 10],
  ['留守儿童', 10],
  ['其他', 10],
];

/** Each mapped building's room count: its 户数, or scaled so the street has `total`. */
function roomCounts(buildings: readonly OrgNode[], total?: number): number[] {
  const base = buildings.map((b) => b.households ?? 0);
  if (!total) return base;
  const sum = base.reduce((a, b) => a + b, 0);
  const parts = base.map((h) => Math.floor((h * total) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % parts.length, left--) parts[i] += 1;
  return parts;
}

function buildHouseholds(rng: Rng, org: OrgIndex, people: People, createdAt: number, total?: number): Household[] {
  const mapped = org.buildings.filter((b) => b.gridId);
  const counts = roomCounts(mapped, total);
  const members = new Map<string, string[]>();
  for (const u of people.users) {
    if (!u.address?.room) continue;
    const k = `${u.address.buildingId}|${u.address.room}`;
    members.set(k, [...(members.get(k) ?? []), u._id]);
  }
  const out: Household[] = [];
  mapped.forEach((b, i) => {
    const at = { ...b, gridId: b.gridId!, communityId: b.communityId! };
    // the org import's own rooms and ids (types/rooms.ts): importing the seed's sheet again adds none
    for (const room of generatedRooms(counts[i])) {
      const home = members.get(`${b._id}|${room}`) ?? [];
      out.push(
        roomHousehold(at, room, { now: createdAt, members: home, tags: rng.chance(0.04) ? [rng.weighted(TAGS)] : [] }),
      );
    }
  });
  return out;
}

/** A visit that met someone and went through all five steps (concerns handled on the spot). */
function completedVisit(rng: Rng, base: Visit, at: number): Visit {
  const by = base.visitorId;
  const rec = (step: StepRecord['step'], t: number, data: unknown): StepRecord =>
    ({ step, by, at: t, photos: [], requestId: `seed-${base._id}-${step}`, data }) as StepRecord;
  const heard = rng.chance(0.35)
    ? [{ tag: rng.pick(CONCERN_TAGS), text: rng.pick(CONCERN_TEXTS) }]
    : ([] as { tag: (typeof CONCERN_TAGS)[number]; text: string }[]);
  const steps = [
    rec(1, at, {}),
    rec(2, at + 60_000, { met: true, whom: rng.pick(WHOM) }),
    rec(3, at + 5 * 60_000, { concerns: heard }),
    rec(4, at + 12 * 60_000, { help: rng.pick(HELP) }),
    rec(5, at + 15 * 60_000, { outcomes: heard.map((_, i) => ({ concern: i, how: 'spot', note: '已当场解答' })) }),
  ];
  const done = at + 15 * 60_000;
  return {
    ...base,
    status: 'completed',
    steps,
    concerns: heard.map((c) => ({ ...c, handled: { note: '已当场解答', at: done } })),
    updatedAt: done,
    completedAt: done,
  };
}

const CONCERN_TEXTS = [
  '想了解养老补贴怎么申请',
  '楼道灯不亮，晚上出行不便',
  '孩子找工作想咨询政策',
  '看病报销手续不清楚',
];
const WHOM = ['户主本人', '户主及家属', '老人本人', '家属'];
const HELP = ['讲解了相关政策，留下了联系电话', '帮助联系了社区卫生站', '陪老人聊天，了解近况'];

interface Ctx {
  rng: Rng;
  now: number;
  org: OrgIndex;
  people: People;
}

/** The grid's visitor for planned and history visits: its 网格长 (the first worker). */
const workerOf = (c: Ctx, gridId: string): string => c.people.workersByGrid.get(gridId)![0];

/** History: each grid at its own pace (weight 0.3–1.7 of its share), times over the last 120 days. */
function historyVisits(c: Ctx, households: Household[], count: number): Visit[] {
  const byGrid = new Map<string, Household[]>();
  for (const h of households) {
    const list = byGrid.get(h.gridId) ?? [];
    list.push(h);
    byGrid.set(h.gridId, list);
  }
  const grids = [...byGrid.keys()];
  const weights = grids.map((g) => byGrid.get(g)!.length * c.rng.range(0.3, 1.7));
  const sum = weights.reduce((a, b) => a + b, 0);
  const out: Visit[] = [];
  grids.forEach((g, gi) => {
    const hs = byGrid.get(g)!;
    const n = Math.round((count * weights[gi]) / sum);
    for (let i = 0; i < n; i++) {
      const h = hs[c.rng.int(0, hs.length - 1)];
      const day = cstMidnight(c.now) - c.rng.int(1, HISTORY_DAYS) * DAY;
      const at = day + c.rng.int(9 * 60, 17 * 60) * 60_000;
      const visitor = h.pairedWith[0] ?? workerOf(c, g);
      const id = `sv-${g.replace(/^grid-/, '')}-${i}`;
      const base = newVisit(h, { id, visitorId: visitor, source: 'adhoc', dueAt: day, now: day });
      out.push(completedVisit(c.rng, { ...base, createdAt: at }, at));
    }
  });
  return out;
}

/** 赵红梅's pairings (three households of 凤凰城社区第一网格) and one for each other party member. */
function pairings(c: Ctx, households: Household[], since: number): Pairing[] {
  const out: Pairing[] = [];
  const pair = (h: Household, visitorId: string, everyDays: number) => {
    h.pairedWith.push(visitorId);
    const id = `pair-${visitorId}-${h._id.replace(/^hh-/, '')}`;
    out.push(
      newPairing(h, { id, visitorId, visitorRole: 'partyMember', everyDays, since, by: 'demo-community', now: since }),
    );
  };
  const demoGrid = households.filter((h) => h.gridId === DEMO_GRID_ID && h.tags.length === 0);
  for (let i = 0; i < 3; i++) pair(demoGrid[10 + i * 7], 'demo-party', PAIRING_DEFAULT_DAYS);
  for (const u of c.people.users) {
    if (!u._id.startsWith('pm-')) continue;
    const community = u.roles.find((g) => g.role === 'partyMember')!.orgId;
    const free = households.filter((h) => h.communityId === community && h.pairedWith.length === 0);
    pair(free[c.rng.int(0, free.length - 1)], u._id, c.rng.pick([14, 30, 30, 60]));
  }
  return out;
}

/**
 * The open visits the demo shows at any time of day: each of 赵红梅's pairings one overdue, one due
 * today, one in three days; 王秀兰's 独居老人 visits and a 回访 likewise. Due days are China midnights
 * relative to `now`, so 已逾期 / 今天 / 近期 hold all day.
 */
function openDemoVisits(c: Ctx, plans: Pairing[], rule: KeyRule, households: Household[]): Visit[] {
  const today = cstMidnight(c.now);
  const offsets = [-2 * DAY, 0, 3 * DAY];
  const out: Visit[] = [];
  const made = (dueAt: number) => Math.min(c.now - HOUR, dueAt - 3 * DAY);
  plans
    .filter((p) => p.visitorId === 'demo-party')
    .forEach((p, i) => {
      const h = households.find((x) => x._id === p.householdId)!;
      const dueAt = today + offsets[i];
      const id = planVisitId(p._id, dueAt);
      out.push(newVisit(h, { id, visitorId: p.visitorId, source: 'pairing', planId: p._id, dueAt, now: made(dueAt) }));
    });
  const wang = workerOf(c, DEMO_GRID_ID);
  const keyHouseholds = households.filter((h) => h.gridId === DEMO_GRID_ID && h.pairedWith.length === 0);
  offsets.forEach((off, i) => {
    const h = keyHouseholds[i];
    if (!h.tags.includes(rule.tag)) h.tags = [rule.tag];
    const dueAt = today + off;
    const id = planVisitId(rule._id, dueAt, h._id);
    out.push(newVisit(h, { id, visitorId: wang, source: 'key', planId: rule._id, dueAt, now: made(dueAt) }));
  });
  const r = keyHouseholds[5];
  out.push(
    newVisit(r, {
      id: `rv-seed-${r._id}`,
      visitorId: wang,
      source: 'revisit',
      dueAt: today - DAY,
      now: made(today - DAY),
    }),
  );
  return out;
}

export function buildVisits(c: Ctx, opts: { visits?: number; households?: number; createdAt: number }): VisitSeed {
  const households = buildHouseholds(c.rng, c.org, c.people, opts.createdAt, opts.households);
  const since = cstMidnight(c.now - 200 * DAY);
  const plans = pairings(c, households, since);
  const community = c.org.byId.get(DEMO_COMMUNITY_ID)!;
  const rule: KeyRule = {
    _id: keyRuleId(DEMO_COMMUNITY_ID, '独居老人'),
    kind: 'key',
    communityId: DEMO_COMMUNITY_ID,
    streetId: community.streetId,
    orgPath: community.path,
    tag: '独居老人',
    everyDays: 30,
    active: true,
    since,
    createdBy: 'demo-community',
    createdAt: since,
    updatedAt: since,
  };
  const open = openDemoVisits(c, plans, rule, households);
  // every other pairing was last visited inside its period: its next visit is the timer's to make
  for (const p of plans.filter((x) => x.visitorId !== 'demo-party')) {
    const h = households.find((x) => x._id === p.householdId)!;
    const at = cstMidnight(c.now) - c.rng.int(1, p.everyDays - PLAN_LEAD_DAYS - 1) * DAY + 10 * HOUR;
    const id = `pv-seed-${p._id}`;
    const base = newVisit(h, {
      id,
      visitorId: p.visitorId,
      source: 'pairing',
      planId: p._id,
      dueAt: cstMidnight(at),
      now: at,
    });
    open.push(completedVisit(c.rng, base, at));
  }
  const history = historyVisits(c, households, opts.visits ?? DEFAULT_VISITS);
  const visits = [...history, ...open];
  return { households, visits, plans: [...plans, rule], counters: rebuildVisitCounters(households, visits) };
}
