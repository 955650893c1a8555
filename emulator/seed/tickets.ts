/**
 * Tickets and their event histories. Each ticket is filed at a time in the past ~5 months and then
 * lived forward action by action (签收, 处置, 上报, 办结, 核查, 评价 …) until the next action would fall
 * after `now`: old tickets are mostly closed, recent ones still open, and a ticket's status is always
 * its last event's `to`. A handful of scripted tickets give the demo identities something to show;
 * they are timed from `now` so that each one's whole story is over by then, whatever the time of day
 * or date the seed is built at (`scriptedPlans`).
 */
import {
  type Category,
  type HolidayCalendar,
  type Level,
  type OrgNode,
  type Ticket,
  type TicketAction,
  type TicketEvent,
  type TicketSource,
  type TicketStatus,
  type Urgency,
  applyEventInPlace,
  AUTO_CLOSE_AFTER as AUTO_CLOSE_AFTER_FLOW,
  AUTO_ESCALATE_GRACE,
  DAY,
  deadlines,
  DUE_SOON,
  HOUR,
  isOpen,
  newTicket,
  type RatingScore,
  ticketNo,
} from '@lx/types';
import {
  ACCEPT_NOTES,
  AUTO_CLOSE_NOTE,
  AUTO_ESCALATE_NOTE,
  type CategoryId,
  DEPARTMENTS,
  DESCRIPTION_SUFFIXES,
  DESCRIPTIONS,
  ESCALATE_SPECIAL,
  ESCALATE_TO_COMMUNITY,
  ESCALATE_TO_STREET,
  JOIN_NOTES,
  OVERDUE_NOTE,
  PATROL_PREFIX,
  PHONE_PREFIX,
  type Phrase,
  PLACES,
  RATE_NOTES,
  REJECT_NOTES,
  REOPEN_NOTES,
  URGE_REPORTER,
  URGE_SUPERVISOR,
  VERIFY_FAIL,
  VERIFY_PASS,
  VISIT_PREFIX,
} from './data';
import { CATEGORY_WEIGHTS } from './categories';
import type { OrgIndex } from './org';
import { type Rng, weightedTable } from './prng';
import {
  DEMO_BUILDING_ID,
  DEMO_COMMUNITY_ID,
  DEMO_GRID_2_ID,
  DEMO_GRID_ID,
  type People,
  type ResidentRef,
} from './users';

const MIN = 60_000;
const CST = 8 * HOUR;
/** the sweeper runs every 5 minutes (cloudfunctions/sweeper/config.json) */
const JOB_TICK = 5 * MIN;
/** an overdue ticket is escalated one level this long after its limit */
const GRACE = AUTO_ESCALATE_GRACE;
/** resolved tickets close themselves after 7 days without a rating */
const AUTO_CLOSE_AFTER = AUTO_CLOSE_AFTER_FLOW;
export const TICKET_WINDOW_DAYS = 150;

export interface TicketCtx {
  rng: Rng;
  now: number;
  cal: HolidayCalendar;
  org: OrgIndex;
  people: People;
  categories: Category[];
}

type LimitCategory = Pick<Category, '_id' | 'name' | 'limits' | 'responseHours'>;
interface DueEntry {
  /** dueAt − from */
  offset: number;
  /** the category with this one limit as plain hours, for `newTicket` */
  asHours: LimitCategory;
}

/**
 * `deadlines`, remembered per category, urgency, level and China-time day: a limit in hours or days
 * is a fixed offset, and one in working days moves the clock whole days, so its offset depends only
 * on the day it starts. (A 100k-ticket build would otherwise spend most of its time walking calendars.)
 */
function dueCache(cal: HolidayCalendar) {
  const cache = new Map<string, DueEntry>();
  return (cat: Category, urgency: Urgency, level: Level, from: number): DueEntry => {
    const key = `${cat._id}|${urgency}|${level}|${Math.floor((from + CST) / DAY)}`;
    let e = cache.get(key);
    if (!e) {
      const offset = deadlines(cat, urgency, level, from, cal).dueAt - from;
      const limit = { value: offset / HOUR, unit: 'hours' as const };
      const levels = { grid: limit, community: limit, street: limit };
      e = {
        offset,
        asHours: {
          _id: cat._id,
          name: cat.name,
          responseHours: cat.responseHours,
          limits: { normal: levels, urgent: levels },
        },
      };
      cache.set(key, e);
    }
    return e;
  };
}

/** What is known when a ticket is filed; the rest is lived out by `simulate`. */
interface Plan {
  createdAt: number;
  category: Category;
  urgency: Urgency;
  source: TicketSource;
  anonymous: boolean;
  reporterId: string;
  reporterPhone?: string;
  /** who files: the reporter, or a grid worker on their behalf (代办) */
  filerId: string;
  filerRole: string;
  building: OrgNode;
  description: string;
  /** how this kind of case goes: progress notes in order, resolution notes */
  phrase: Phrase;
  /** scripted tickets: actions at offsets from createdAt; random tickets: undefined */
  script?: Step[];
  order: number;
}

interface Step {
  /** offset from createdAt */
  after: number;
  action: TicketAction;
  actor?: string;
  note?: string;
  fail?: boolean;
}

const NEXT_LEVEL: Record<Level, Level | null> = { grid: 'community', community: 'street', street: null };
const COMMUNITY_STEPS = [
  '社区已召集相关方现场协调',
  '社区已约谈责任方，要求限期整改',
  '已召集物业、业委会和居民代表协商',
];
/** how often a grid hands a case up to the community, by category (others 4%) */
const ESCALATE_P: Partial<Record<CategoryId, number>> = {
  'cat-construction': 0.35,
  'cat-property': 0.2,
  'cat-dispute': 0.15,
  'cat-occupy': 0.08,
  'cat-road': 0.1,
  'cat-hazard': 0.08,
  'cat-help': 0.08,
};
const STREET_STEPS = ['街道已召集城建办、综治办现场办公', '街道城建办正在协调处置'];
const REOPEN_STEP = '已再次到现场查看，督促责任方彻底整改';

const hourOf = (t: number): number => Math.floor(((t + CST) % DAY) / HOUR);
const secs = (t: number): number => Math.round(t / 1000) * 1000;
const midnightCst = (t: number): number => Math.floor((t + CST) / DAY) * DAY - CST;

export function buildTickets(ctx: TicketCtx, count: number): { tickets: Ticket[]; events: TicketEvent[] } {
  const { rng, now, org, people } = ctx;
  const catById = new Map(ctx.categories.map((c) => [c._id, c]));
  const catWeights = ctx.categories.map((c) => [c, CATEGORY_WEIGHTS[c._id as CategoryId] ?? 1] as const);
  const anyCategory = weightedTable(catWeights);
  const patrolCategory = weightedTable(
    catWeights.filter(([c]) => ['市容环境', '公共设施', '安全隐患'].includes(c.group)),
  );
  const visitCategory = weightedTable(
    catWeights.filter(([c]) => ['邻里纠纷', '物业管理', '咨询求助'].includes(c.group)),
  );
  const sourceOf = weightedTable<TicketSource>([
    ['resident', 66],
    ['patrol', 22],
    ['phone', 6],
    ['visit', 6],
  ]);
  const calmPhrases = new Map(
    Object.entries(DESCRIPTIONS).map(([k, v]) => [
      k,
      v.filter((x) => !x.urgent).length ? v.filter((x) => !x.urgent) : v,
    ]),
  );

  // ---------- descriptions
  const fill = (text: string, b: OrgNode): string => {
    const compound = org.byId.get(b.compoundId!)!;
    return text
      .replace(/\{b\}/g, b.name)
      .replace(/\{c\}/g, compound.name)
      .replace(/\{u\}/g, `${rng.int(1, 3)}单元`)
      .replace(/\{p\}/g, rng.pick(PLACES))
      .replace(/\{n\}/g, rng.pick(['两', '三', '四', '五']))
      .replace(/\{f\}/g, `${rng.int(6, 18)}楼`);
  };
  const describe = (
    cat: Category,
    b: OrgNode,
    source: TicketSource,
  ): { text: string; urgent: boolean; phrase: Phrase } => {
    // an urgent case is not what a grid worker writes down during a household visit
    const phrase = rng.pick(source === 'visit' ? calmPhrases.get(cat._id)! : DESCRIPTIONS[cat._id as CategoryId]);
    let text = `${fill(phrase.text, b)}。`;
    if (source === 'resident') text += rng.pick(DESCRIPTION_SUFFIXES);
    else if (source === 'patrol') text = PATROL_PREFIX + text;
    else if (source === 'visit') text = VISIT_PREFIX + text;
    else text = PHONE_PREFIX + text;
    return { text, urgent: phrase.urgent ? rng.chance(0.75) : rng.chance(0.03), phrase };
  };

  // ---------- random plans
  const cstMidnight = midnightCst(now);
  const hourOfDay = weightedTable(
    Array.from(
      { length: 24 },
      (_, h) => [h, h < 6 ? 0.15 : h < 7 ? 0.5 : h < 12 ? 1.6 : h < 14 ? 1 : h < 19 ? 1.4 : h < 22 ? 1 : 0.4] as const,
    ),
  );
  const createdAtRandom = (): number => {
    for (;;) {
      // a little busier lately, as more residents find the mini-program
      const day = Math.floor(TICKET_WINDOW_DAYS * Math.pow(rng.next(), 1.15));
      const t = cstMidnight - day * DAY + hourOfDay(rng) * HOUR + rng.int(0, 3599) * 1000;
      if (t < now - 10 * MIN) return t;
    }
  };
  // the demo resident's requests are scripted below
  const reporters = people.residents.filter((r) => !r.id.startsWith('demo-'));
  const randomPlan = (order: number): Plan => {
    const createdAt = createdAtRandom();
    const source = sourceOf(rng);
    let category: Category;
    let building: OrgNode;
    let reporterId: string;
    let reporterPhone: string | undefined;
    let filerId: string;
    let filerRole: string;
    let anonymous = false;
    if (source === 'patrol') {
      const grid = rng.pick(org.grids);
      building = rng.pick(org.buildingsByGrid.get(grid._id)!);
      const workers = people.workersByGrid.get(grid._id)!;
      reporterId = filerId = rng.chance(0.7) ? workers[0] : rng.pick(workers);
      filerRole = 'gridWorker';
      category = patrolCategory(rng);
    } else {
      const r = rng.pick(reporters);
      const home = org.byId.get(r.buildingId)!;
      const x = rng.next();
      if (source !== 'resident' || x < 0.82) building = home;
      else if (x < 0.94) building = rng.pick(org.buildingsByCompound.get(home.compoundId!)!);
      else building = rng.pick(org.buildingsByCommunity.get(home.communityId!)!);
      reporterId = r.id;
      if (source === 'resident') {
        filerId = r.id;
        filerRole = 'resident';
        anonymous = rng.chance(0.07);
        if (!anonymous && rng.chance(0.75)) reporterPhone = r.phone;
        category = anyCategory(rng);
      } else {
        const workers = people.workersByGrid.get(r.gridId)!;
        filerId = rng.chance(0.7) ? workers[0] : rng.pick(workers);
        filerRole = 'gridWorker';
        reporterPhone = source === 'phone' || rng.chance(0.6) ? r.phone : undefined;
        category = source === 'visit' ? visitCategory(rng) : anyCategory(rng);
      }
    }
    const d = describe(category, building, source);
    return {
      createdAt,
      category,
      urgency: d.urgent ? 'urgent' : 'normal',
      source,
      anonymous,
      reporterId,
      ...(reporterPhone ? { reporterPhone } : {}),
      filerId,
      filerRole,
      building,
      description: d.text,
      phrase: d.phrase,
      order,
    };
  };

  // ---------- scripted plans for the demo identities, then the random rest
  const plans: Plan[] = scriptedPlans(ctx, catById, fill).slice(0, count);
  for (let i = plans.length; i < count; i++) plans.push(randomPlan(i));
  plans.sort((a, b) => a.createdAt - b.createdAt || a.order - b.order);

  // ---------- number them per China-time day, then live each one out
  const due = dueCache(ctx.cal);
  const tickets: Ticket[] = new Array(plans.length);
  const events: TicketEvent[] = [];
  let day = '';
  let n = 0;
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i];
    const prefix = ticketNo(p.createdAt, 0).slice(0, 8);
    if (prefix !== day) {
      day = prefix;
      n = 0;
    }
    n += 1;
    const id = ticketNo(p.createdAt, n);
    tickets[i] = simulate(ctx, due, p, id, events);
  }
  return { tickets, events };
}

/** Live a plan forward from its filing until `now`, appending its events to `allEvents`. */
function simulate(
  ctx: TicketCtx,
  due: ReturnType<typeof dueCache>,
  p: Plan,
  id: string,
  allEvents: TicketEvent[],
): Ticket {
  const { rng, now, people } = ctx;
  const b = p.building;
  const { ticket, event } = newTicket({
    id,
    no: id,
    now: p.createdAt,
    category: {
      ...due(p.category, p.urgency, b.gridId ? 'grid' : 'community', p.createdAt).asHours,
      requiresVerification: p.category.requiresVerification,
      requiresAfterPhotos: p.category.requiresAfterPhotos,
    },
    building: {
      _id: b._id,
      streetId: b.streetId,
      communityId: b.communityId!,
      gridId: b.gridId,
      label: b.fullName!,
      ...(b.center ? { center: b.center } : {}),
    },
    ...(p.filerId !== p.reporterId ? { filedBy: p.filerId } : {}),
    description: p.description,
    photos: [],
    urgency: p.urgency,
    source: p.source,
    anonymous: p.anonymous,
    reporterId: p.reporterId,
    ...(p.reporterPhone ? { reporterPhone: p.reporterPhone } : {}),
    actorRole: p.filerRole,
  });
  event.actorId = p.filerId;
  const events: TicketEvent[] = [event];
  const cat = p.category;
  const catId = cat._id as CategoryId;
  const startLevel = ticket.level;
  let alive = true;
  let markedAtLevel = false;
  let lastAt = p.createdAt;
  let department: string | null = null;
  let lastResolveNote = '';
  const stepsUsed: Partial<Record<Level, number>> = {};
  const handlers: Partial<Record<Level, string>> = {};

  const handlerOf = (level: Level): string => {
    const existing = handlers[level];
    if (existing) return existing;
    let list: string[];
    if (level === 'grid') list = people.workersByGrid.get(ticket.gridId!)!;
    else if (level === 'community') list = people.staffByCommunity.get(ticket.communityId)!;
    else list = people.streetStaff;
    const h = rng.chance(0.7) ? list[0] : rng.pick(list);
    handlers[level] = h;
    return h;
  };
  const supervisorOf = (): string => {
    if (ticket.communityId === DEMO_COMMUNITY_ID && rng.chance(0.5)) return 'demo-supervisor';
    const local = people.supervisorsByCommunity.get(ticket.communityId)!;
    const list = ticket.level === 'street' || rng.chance(0.35) ? people.streetSupervisors : local;
    return rng.chance(0.7) ? list[0] : rng.pick(list);
  };
  const roleOf = (actor: string): string => {
    if (actor === 'system') return 'system';
    if (actor === p.reporterId && p.source !== 'patrol') return 'resident';
    const u = people.byId.get(actor);
    if (!u || u.roles.length === 0) return 'resident';
    return u.roles[0].role;
  };

  // ---- what people write
  /** the next progress note at the current level, or null when there is nothing more to say */
  const progressNote = (): string | null => {
    const level = ticket.level;
    const i = stepsUsed[level] ?? 0;
    stepsUsed[level] = i + 1;
    if (ticket.reopenCount > 0 && i === 0) return REOPEN_STEP;
    if (level === startLevel) return p.phrase.steps[i] ?? null;
    if (level === 'community') return COMMUNITY_STEPS[(i + events.length) % COMMUNITY_STEPS.length];
    if (!department) return STREET_STEPS[i] ?? null;
    return i === 0 ? `${department}已到现场勘查，正在制定处置方案` : i === 1 ? `${department}正在处置` : null;
  };
  const resolveNote = (): string => {
    const options = p.phrase.done.filter((x) => x !== lastResolveNote);
    let note = rng.pick(options.length ? options : p.phrase.done);
    lastResolveNote = note;
    if (ticket.level === 'street' && department && !note.includes(department)) note = `经${department}处置，${note}`;
    return note;
  };
  const escalateNote = (): string => {
    const special = ESCALATE_SPECIAL[catId];
    const toCommunity = ticket.level === 'grid';
    if (special && rng.chance(0.6)) return special[toCommunity ? 0 : 1];
    return rng.pick(toCommunity ? ESCALATE_TO_COMMUNITY : ESCALATE_TO_STREET);
  };

  /** Appends an event and lets the flow's reducer move the ticket, so the ticket is its replay. */
  const push = (
    action: TicketAction,
    at: number,
    actorId: string,
    to: TicketStatus,
    note?: string,
    extra: Partial<TicketEvent> = {},
  ): void => {
    const e: TicketEvent = {
      _id: `${id}-${events.length + 1}`,
      ticketId: id,
      seq: events.length + 1,
      action,
      actorId,
      actorRole: roleOf(actorId),
      from: ticket.status,
      to,
      level: ticket.level,
      orgId: ticket.handlerOrgId,
      photos: [],
      at,
      ...extra,
    };
    if (note) e.note = note;
    events.push(e);
    applyEventInPlace(ticket, e);
    lastAt = at;
  };
  /** the next level's queue with its own limits from `at` (escalate, autoEscalate) */
  const upALevel = (at: number): Partial<TicketEvent> => {
    const next = NEXT_LEVEL[ticket.level]!;
    return {
      level: next,
      orgId: next === 'community' ? ticket.communityId : ticket.streetId,
      responseDueAt: at + cat.responseHours * HOUR,
      dueAt: at + due(cat, p.urgency, next, at).offset,
    };
  };
  /** "满意：处理很及时" → 满意 with its comment */
  const ratingOf = (note: string | undefined, at: number): NonNullable<TicketEvent['rating']> => {
    const [label, ...rest] = (note ?? '满意').split('：');
    const score: RatingScore = label === '不满意' ? 'unsatisfied' : label === '基本满意' ? 'basic' : 'satisfied';
    const comment = rest.join('：');
    return { score, at, ...(comment ? { comment } : {}) };
  };

  /** the overdue job's mark, if the limit ran out before `at` while the ticket was open */
  const markOverdueBefore = (at: number): void => {
    if (markedAtLevel || !isOpen(ticket.status) || ticket.dueAt >= Math.min(at, now + 1)) return;
    const tick = Math.floor(ticket.dueAt / JOB_TICK) * JOB_TICK + JOB_TICK;
    // at the end of the simulation (at = now + 1) the sweep of `now` itself has run
    const when = at > now ? Math.max(lastAt, Math.min(tick, now)) : tick;
    if (when < at && when <= now && when >= lastAt) {
      push('markOverdue', when, 'system', ticket.status, OVERDUE_NOTE);
      markedAtLevel = true;
    }
  };

  /** Perform one action at `at` (or a minute after the previous one); false once past `now`. */
  const act = (action: TicketAction, at: number, actor: string, note?: string | null, fail = false): boolean => {
    if (!alive) return false;
    at = secs(Math.max(at, lastAt + MIN));
    markOverdueBefore(at);
    if (at > now) {
      alive = false;
      return false;
    }
    const n = note ?? undefined;
    switch (action) {
      case 'accept':
        push(action, at, actor, 'processing', n);
        break;
      case 'reject':
        push(action, at, actor, 'rejected', n);
        break;
      case 'escalate':
      case 'autoEscalate':
        push(action, at, actor, 'pending', n, upALevel(at));
        markedAtLevel = false;
        break;
      case 'dispatch':
        department = n?.match(/派遣(.+?)处置/)?.[1] ?? department;
        push(action, at, actor, ticket.status, n, department ? { department } : {});
        break;
      case 'resolve':
        push(action, at, actor, cat.requiresVerification ? 'verifying' : 'resolved', n);
        break;
      case 'verify':
        push(action, at, actor, fail ? 'processing' : 'resolved', n, { passed: !fail });
        break;
      case 'rate': {
        const rating = ratingOf(n, at);
        push(action, at, actor, 'closed', rating.comment, { rating });
        break;
      }
      case 'autoClose':
        push(action, at, actor, 'closed', n);
        break;
      case 'reopen':
        push(action, at, actor, 'processing', n, { dueAt: at + due(cat, p.urgency, ticket.level, at).offset });
        markedAtLevel = false;
        break;
      case 'urge':
        push(action, at, actor, ticket.status, n, actor === p.reporterId ? { byReporter: true } : {});
        break;
      default:
        push(action, at, actor, ticket.status, n);
    }
    return true;
  };

  /** non-urgent work waits for the working day (8:00–21:00 China time) */
  const daytime = (t: number): number => {
    if (p.urgency === 'urgent') return t;
    const h = hourOf(t);
    if (h >= 8 && h < 21) return t;
    return midnightCst(t) + (h >= 21 ? DAY : 0) + 8 * HOUR + rng.int(0, 90) * MIN;
  };

  if (p.script) {
    for (const s of p.script) {
      const actor = s.actor ?? defaultActor(s.action);
      const note =
        s.note ?? (s.action === 'resolve' ? resolveNote() : s.action === 'verify' ? rng.pick(VERIFY_PASS) : undefined);
      if (!act(s.action, p.createdAt + s.after, actor, note, s.fail)) break;
    }
  } else {
    liveRandom();
  }

  // the overdue job has seen every open ticket past its limit; reporters urge, supervisors 督办
  markOverdueBefore(now + 1);
  if (!p.script && isOpen(ticket.status) && ticket.dueAt < now && markedAtLevel) {
    const urges: [number, string, string][] = [];
    if (p.source !== 'patrol' && rng.chance(0.5))
      urges.push([lastAt + rng.range(2, 30) * HOUR, p.reporterId, rng.pick(URGE_REPORTER)]);
    if (rng.chance(0.5)) urges.push([lastAt + rng.range(4, 48) * HOUR, supervisorOf(), rng.pick(URGE_SUPERVISOR)]);
    urges.sort((a, c) => a[0] - c[0]);
    for (const [at, who, note] of urges) act('urge', daytime(at), who, note);
  }
  for (const e of events) allEvents.push(e);
  return ticket;

  function defaultActor(action: TicketAction): string {
    switch (action) {
      case 'rate':
      case 'reopen':
      case 'urge':
      case 'join':
        return p.reporterId;
      case 'verify':
        return supervisorOf();
      case 'autoClose':
      case 'autoEscalate':
      case 'markOverdue':
        return 'system';
      default:
        return handlerOf(ticket.level);
    }
  }

  /** progress notes at the current level between `from` and `to`, as many as there is to say */
  function progressBetween(from: number, to: number, max: number): boolean {
    const k = Math.min(
      max,
      rng.weighted([
        [0, 3],
        [1, 5],
        [2, 2],
      ] as const),
    );
    const times = Array.from({ length: k }, () => from + rng.range(0.05, 0.95) * (to - from)).sort((a, c) => a - c);
    for (const t of times) {
      const note = progressNote();
      if (note === null) break;
      if (!act('progress', daytime(t), handlerOf(ticket.level), note)) return false;
    }
    return true;
  }

  function liveRandom(): void {
    // a few recent tickets nobody has touched yet
    if (p.createdAt > now - 20 * DAY && rng.chance(0.015)) return;
    if (!acceptOrReject()) return;
    const stalled = p.createdAt > now - 25 * DAY && rng.chance(0.04);
    for (;;) {
      const t = lastAt;
      if (stalled) return stall(t);
      const escalated = maybeEscalate(t);
      if (escalated === 'stopped') return;
      if (escalated === 'escalated') continue;
      if (!handleHere(t)) return;
      if (!closeOrReopen()) return;
    }
  }

  /** 签收 within (mostly) the response limit, or 不予受理; a neighbour may 附议 meanwhile */
  function acceptOrReject(): boolean {
    const t = p.createdAt;
    const resp = cat.responseHours * HOUR;
    if (p.source === 'patrol') return act('accept', t + rng.int(1, 15) * MIN, handlerOf(ticket.level));
    const accept = daytime(t + (rng.chance(0.08) ? rng.range(1.1, 3) : rng.range(0.05, 0.85)) * resp);
    if (accept - t > HOUR && rng.chance(0.05)) {
      const neighbours = people.residentsByCompound.get(b.compoundId!) ?? [];
      const other = neighbours.length ? rng.pick(neighbours).id : p.reporterId;
      if (other !== p.reporterId) act('join', t + rng.range(0.1, 0.9) * (accept - t), other, rng.pick(JOIN_NOTES));
    }
    if (rng.chance(0.03)) {
      act('reject', accept, handlerOf(ticket.level), rng.pick(REJECT_NOTES));
      return false;
    }
    return act('accept', accept, handlerOf(ticket.level), rng.pick(ACCEPT_NOTES) || undefined);
  }

  /** nobody moves it; past the grace period the overdue job escalates it one level */
  function stall(t: number): void {
    if (!progressBetween(t, t + 0.5 * Math.max(ticket.dueAt - t, HOUR), 1)) return;
    if (!NEXT_LEVEL[ticket.level]) return;
    if (!act('autoEscalate', ticket.dueAt + GRACE, 'system', AUTO_ESCALATE_NOTE)) return;
    const acc = daytime(lastAt + rng.range(0.2, 2) * cat.responseHours * HOUR);
    if (!act('accept', acc, handlerOf(ticket.level))) return;
    progressBetween(acc, acc + 0.6 * Math.max(ticket.dueAt - acc, HOUR), 1);
  }

  /** 上报上级: some categories more than others; the next level accepts it */
  function maybeEscalate(t: number): 'escalated' | 'stay' | 'stopped' {
    const level = ticket.level;
    if (!NEXT_LEVEL[level]) return 'stay';
    const pEsc = level === 'grid' ? (ESCALATE_P[catId] ?? 0.04) * (p.source === 'patrol' ? 0.5 : 1) : 0.3;
    if (!rng.chance(pEsc)) return 'stay';
    const escAt = daytime(t + rng.range(0.1, 0.5) * Math.max(ticket.dueAt - t, HOUR));
    if (!progressBetween(t, escAt, 1)) return 'stopped';
    if (!act('escalate', escAt, handlerOf(level), escalateNote())) return 'stopped';
    const resp = cat.responseHours * HOUR;
    const acc = daytime(lastAt + (rng.chance(0.1) ? rng.range(1.1, 2.5) : rng.range(0.05, 0.8)) * resp);
    return act('accept', acc, handlerOf(ticket.level)) ? 'escalated' : 'stopped';
  }

  /** handled at the current level: (派遣部门,) progress, 办结, 核查 */
  function handleHere(from: number): boolean {
    let t = from;
    const level = ticket.level;
    if (level === 'street' && rng.chance(0.75)) {
      const dept = rng.pick(DEPARTMENTS[catId]);
      if (!act('dispatch', daytime(t + rng.range(0.2, 3) * HOUR), handlerOf(level), `已派遣${dept}处置（吹哨报到）`)) {
        return false;
      }
      t = lastAt;
    }
    const remaining = Math.max(ticket.dueAt - t, HOUR);
    const quick = p.source === 'patrol' && rng.chance(0.5);
    const slow = rng.chance(0.09);
    const span = quick ? rng.range(0.5, 3) * HOUR : (slow ? rng.range(1.05, 1.7) : rng.range(0.12, 0.9)) * remaining;
    const resolveAt = daytime(t + span);
    if (!quick && !progressBetween(t, resolveAt, 2)) return false;
    if (!act('resolve', resolveAt, handlerOf(level), resolveNote())) return false;
    if (ticket.status !== 'verifying') return true;
    const fail = rng.chance(0.06);
    const verifyAt = daytime(lastAt + rng.range(1, 24) * HOUR);
    if (!act('verify', verifyAt, supervisorOf(), rng.pick(fail ? VERIFY_FAIL : VERIFY_PASS), fail)) return false;
    if (!fail) return true;
    if (!act('resolve', daytime(lastAt + rng.range(4, 40) * HOUR), handlerOf(level), resolveNote())) return false;
    return act('verify', daytime(lastAt + rng.range(1, 24) * HOUR), supervisorOf(), rng.pick(VERIFY_PASS));
  }

  /** the reporter rates it or asks to reopen it (true: reopened, carry on), or it closes itself */
  function closeOrReopen(): boolean {
    const resolvedAt = lastAt;
    const rates = p.source !== 'patrol' && rng.chance(0.68);
    if (rates && ticket.reopenCount === 0 && rng.chance(0.045)) {
      return act('reopen', daytime(resolvedAt + rng.range(2, 60) * HOUR), p.reporterId, rng.pick(REOPEN_NOTES));
    }
    if (!rates) {
      act('autoClose', resolvedAt + AUTO_CLOSE_AFTER, 'system', AUTO_CLOSE_NOTE);
      return false;
    }
    const [label, comments] = rng.weighted([
      [RATE_NOTES[0], 84],
      [RATE_NOTES[1], 16],
    ] as const);
    const comment = rng.pick(comments);
    const note = comment ? `${label}：${comment}` : label;
    act('rate', daytime(resolvedAt + rng.range(0.5, 72) * HOUR), p.reporterId, note);
    return false;
  }
}

// ------------------------------------------------------------------------------------------------

type Fill = (text: string, b: OrgNode) => string;

/** Every scripted step is over this long before `now` (`act` may move a step by a minute or so). */
const SCRIPT_MARGIN = 10 * MIN;

/**
 * Tickets the demo needs whatever the random draw and whatever the clock: the demo resident's own
 * requests in each state, pending, processing, due-soon and overdue work in the demo grids, the
 * community's triage queue and an escalation waiting there, one waiting at the street and one
 * dispatched by it, and one waiting for the supervisor's verification.
 *
 * Every story is timed from `now` so that its whole step list is over by `now − SCRIPT_MARGIN` at any
 * time of day on any date (`simulate` drops a step later than `now`, which would leave a story short
 * of the state it is there for):
 * - `on(days, hh, mm)` keeps a story at a plain China-time hh:mm `days` days ago, moved back by as
 *   many whole days as it takes for its last step to be over (seeded at 05:30, yesterday's 15:20 story
 *   whose 办结 comes 17 h later starts the day before);
 * - `ago(ms)` files it `ms` before now (and earlier if its steps would not be over);
 * - stories whose state depends on a limit (即将超期, 已超期, a pending ticket within its response
 *   limit) are filed at a time found with `deadlines` and the seed's holiday calendar, so that the due
 *   time lands where the story needs it: working-day limits stretch over weekends and holidays, so a
 *   fixed "n days ago" would not do.
 */
function scriptedPlans(ctx: TicketCtx, catById: Map<string, Category>, fill: Fill): Plan[] {
  const { rng, now, org, people, cal } = ctx;
  const M = MIN;
  const H = HOUR;
  const D = DAY;
  /** the last step of every story is at or before this */
  const latest = now - SCRIPT_MARGIN;
  const today = midnightCst(now);
  const spanOf = (script: Step[]): number => script.reduce((a, s) => Math.max(a, s.after), 0);
  /** when a story is filed, given how long its steps take */
  type When = (span: number) => number;
  /** `days` days ago at hh:mm China time, or whole days earlier until the last step is over */
  const on =
    (days: number, hh: number, mm = 0): When =>
    (span) => {
      let t = today - days * D + hh * H + mm * M;
      while (t + span > latest) t -= D;
      return t;
    };
  /** `ms` before now, or earlier if the steps would not be over */
  const ago =
    (ms: number): When =>
    (span) =>
      Math.min(now - ms, latest - span);
  type Limits = { responseDueAt: number; dueAt: number };
  /**
   * The latest filing time, on a 5-minute mark at or before `before` and between `hours[0]`:00 and
   * `hours[1]`:00 China time, whose limits at `level` satisfy `fits` (or, if none does within 30 days,
   * `fallback`). The limits are the ticket's own — `deadlines` with the seed's holiday calendar, as
   * `simulate` computes them — so a story lands in its tab whatever weekends and holidays lie between.
   */
  const fileFor = (
    catId: CategoryId,
    urgency: Urgency,
    level: Level,
    o: { before: number; hours: [number, number]; fits: (d: Limits) => boolean; fallback?: (d: Limits) => boolean },
  ): { createdAt: number; dueAt: number } => {
    const c = cat(catId);
    const step = 5 * M;
    const start = Math.floor(o.before / step) * step;
    let second: { createdAt: number; dueAt: number } | null = null;
    for (let t = start; t > start - 30 * D; t -= step) {
      const h = hourOf(t);
      if (h < o.hours[0] || h >= o.hours[1]) continue;
      const d = deadlines(c, urgency, level, t, cal);
      if (o.fits(d)) return { createdAt: t, dueAt: d.dueAt };
      if (!second && o.fallback?.(d)) second = { createdAt: t, dueAt: d.dueAt };
    }
    return second ?? { createdAt: start, dueAt: deadlines(c, urgency, level, start, cal).dueAt };
  };
  const cat = (id: CategoryId): Category => catById.get(id)!;
  const demoHome = org.byId.get(DEMO_BUILDING_ID)!;
  const residentsIn = (gridId: string): ResidentRef[] =>
    (people.residentsByGrid.get(gridId) ?? []).filter((r) => !r.id.startsWith('demo-'));
  const fhGrids = org.gridsByCommunity.get(DEMO_COMMUNITY_ID)!;
  const g1 = residentsIn(DEMO_GRID_ID);
  const g2 = residentsIn(DEMO_GRID_2_ID);
  const g3 = residentsIn(fhGrids[2]._id);
  const g4 = residentsIn(fhGrids[3]._id);
  const triage = org.unmappedBuildings.find((x) => x.communityId === DEMO_COMMUNITY_ID)!;
  const triageNeighbours =
    people.residentsByCompound.get(triage.compoundId!) ??
    people.residents.filter((r) => r.communityId === DEMO_COMMUNITY_ID);
  const home = (r: ResidentRef): OrgNode => org.byId.get(r.buildingId)!;
  const zhang = people.residents.find((r) => r.id === 'demo-resident')!;
  const pickFrom = (list: ResidentRef[]): ResidentRef => (list.length ? rng.pick(list) : zhang);
  const at = (after: number, s: Omit<Step, 'after'>): Step => ({ after, ...s });
  let order = -1000;

  const plan = (
    when: When,
    catId: CategoryId,
    reporter: ResidentRef | 'demo-grid',
    building: OrgNode,
    text: string,
    script: Step[],
    extra: Partial<Plan> = {},
  ): Plan => {
    const isWorker = reporter === 'demo-grid';
    const phrases = DESCRIPTIONS[catId];
    const phrase = phrases.find((x) => text.includes(x.text.replace(/\{.\}/g, '').slice(0, 6))) ?? phrases[0];
    return {
      createdAt: secs(Math.min(when(spanOf(script)), now - 5 * M)),
      category: cat(catId),
      urgency: 'normal',
      source: isWorker ? 'patrol' : 'resident',
      anonymous: false,
      reporterId: isWorker ? 'demo-grid' : reporter.id,
      ...(!isWorker && reporter.phone ? { reporterPhone: reporter.phone } : {}),
      filerId: isWorker ? 'demo-grid' : reporter.id,
      filerRole: isWorker ? 'gridWorker' : 'resident',
      building,
      description: fill(text, building),
      phrase,
      script,
      order: order++,
      ...extra,
    };
  };
  const by = <T>(r: ResidentRef, f: (r: ResidentRef) => T): T => f(r);
  const fixed =
    (t: number): When =>
    () =>
      t;

  return [
    // --- 张阿姨 (demo-resident), 凤凰城社区 天河嘉城 3号楼
    plan(on(96, 9, 12), 'cat-garbage', zhang, demoHome, '{b}东侧垃圾桶满溢，已两天无人清运，味道很大。希望尽快处理。', [
      at(25 * M, { action: 'accept', actor: 'demo-grid', note: '已签收，马上去现场看看' }),
      at(2 * H, { action: 'progress', actor: 'demo-grid', note: '已到现场查看，情况属实，已通知环卫所安排清运车' }),
      at(5 * H, { action: 'resolve', actor: 'demo-grid', note: '已协调环卫所清运，垃圾桶周边已冲洗干净' }),
      at(1 * D, { action: 'rate', note: '满意：处理很及时，网格员态度也好' }),
    ]),
    plan(on(33, 8, 40), 'cat-garbage', zhang, demoHome, '{b}后面绿化带里扔了废旧沙发和床垫，一直没人管。', [
      at(50 * M, { action: 'accept', actor: 'demo-grid' }),
      at(1 * D, { action: 'resolve', actor: 'demo-grid', note: '已联系物业清运大件垃圾' }),
      at(3 * D, { action: 'reopen', note: '不满意：清了两天又堆起来了' }),
      at(3 * D + 3 * H, {
        action: 'progress',
        actor: 'demo-grid',
        note: '已约物业在绿化带旁设置大件垃圾临时堆放点，并张贴告示',
      }),
      at(3 * D + 7 * H, {
        action: 'resolve',
        actor: 'demo-grid',
        note: '大件垃圾已清运，物业每周二集中清运一次，网格员每天巡查',
      }),
      at(5 * D, { action: 'rate', note: '满意：这次弄好了，谢谢' }),
    ]),
    plan(
      on(19, 18, 15),
      'cat-occupy',
      zhang,
      demoHome,
      '小区外路边烧烤摊晚上占道经营到12点，油烟很大，熏得不敢开窗。',
      [
        at(2 * H, {
          action: 'reject',
          actor: 'demo-grid',
          note: '经核实，该烧烤摊位于淇滨大道对面，属长风路街道辖区，已转告对方街道并电话告知居民',
        }),
      ],
    ),
    plan(
      on(6, 9, 5),
      'cat-property',
      zhang,
      demoHome,
      '天河嘉城原来的物业撤了以后没人管，{b}电梯也没人维保，楼道垃圾堆着。请社区帮忙协调一下。',
      [
        at(40 * M, { action: 'accept', actor: 'demo-grid' }),
        at(3 * H, { action: 'progress', actor: 'demo-grid', note: '已上门了解情况，小区业委会已解散，网格内无法协调' }),
        at(1 * D, { action: 'escalate', actor: 'demo-grid', note: '涉及物业撤离后的小区管理，需社区牵头，上报社区' }),
        at(1 * D + 2 * H, { action: 'accept', actor: 'demo-community' }),
        at(2 * D, {
          action: 'progress',
          actor: 'demo-community',
          note: '已召集小区党支部、业主代表开会，正在商议临时物业服务方案',
        }),
      ],
    ),
    // resolved, waiting for her rating (it would close itself 7 days after 办结)
    plan(
      on(3, 10, 30),
      'cat-consult',
      zhang,
      demoHome,
      '想问一下加装电梯要多少户同意，政府有没有补贴，{b}好几户都想装。',
      [
        at(2 * H, { action: 'accept', actor: 'demo-grid' }),
        at(1 * D + 1 * H, {
          action: 'resolve',
          actor: 'demo-grid',
          note: '已电话回复：同一单元三分之二以上业主同意即可申请，有财政补贴，已把办事指南发到居民微信',
        }),
      ],
    ),
    plan(on(2, 9, 20), 'cat-dispute', zhang, demoHome, '楼上住户装修天天从早上7点砸到晚上，沟通了也不听。', [
      at(1 * H, { action: 'accept', actor: 'demo-grid', note: '收到，尽快上门查看' }),
      at(5 * H, {
        action: 'progress',
        actor: 'demo-grid',
        note: '已上门找到装修户，约定明天在社区调解室和楼下住户当面沟通',
      }),
    ]),
    // open 路灯 in her building this week: filing another one shows the 附议 hint
    plan(ago(2 * H + 10 * M), 'cat-streetlight', zhang, demoHome, '{b}2单元楼道声控灯不亮，上下楼只能打手电。', []),

    // --- the demo grid's queue: pending (one within its response limit), processing, due soon,
    //     overdue (pending and processing), awaiting verification
    by(pickFrom(g1), (r) => {
      // urgent: 1 h to accept, 2 h to deal with it; filed half an hour ago
      const f = fileFor('cat-hazard', 'urgent', 'grid', {
        before: now - 30 * M,
        hours: [0, 24],
        fits: (d) => d.responseDueAt > now + 15 * M && d.dueAt <= now + DUE_SOON,
      });
      return plan(fixed(f.createdAt), 'cat-hazard', r, demoHome, '{b}外墙瓷砖往下掉，下面就是小孩玩的地方。', [], {
        urgency: 'urgent',
      });
    }),
    by(pickFrom(g1), (r) =>
      plan(ago(5 * H), 'cat-garbage', r, home(r), '{c}北门垃圾池周边散落生活垃圾，环卫车这几天都没来。', []),
    ),
    by(pickFrom(g1), (r) => {
      // not accepted within its limit (overdue for 1.5 to 30 hours: short of the 48 h grace), 督办 since
      const f = fileFor('cat-elevator', 'normal', 'grid', {
        before: latest - 25 * H,
        hours: [8, 18],
        fits: (d) => d.dueAt >= now - 30 * H && d.dueAt <= now - 90 * M,
        fallback: (d) => d.dueAt <= now - 90 * M,
      });
      return plan(fixed(f.createdAt), 'cat-elevator', r, home(r), '{b}1单元电梯停运两天了，家里有老人上下楼困难。', [
        at(f.dueAt - f.createdAt + 40 * M, {
          action: 'urge',
          actor: 'demo-supervisor',
          note: '督办：已超时未签收，请立即处理',
        }),
      ]);
    }),
    by(pickFrom(g1), (r) =>
      plan(on(3, 14, 10), 'cat-road', r, home(r), '{b}门前的路面塌了一个坑，一下雨就积水。', [
        at(1 * H, { action: 'accept', actor: 'demo-grid' }),
        at(4 * H, { action: 'progress', actor: 'demo-grid', note: '已到现场查看并拍照，已联系物业找施工队报价' }),
      ]),
    ),
    by(pickFrom(g1), (r) => {
      // in progress past its two working days; the reporter urges after the limit
      const f = fileFor('cat-occupy', 'normal', 'grid', {
        before: latest - 2 * D,
        hours: [8, 14],
        fits: (d) => d.dueAt >= now - GRACE + 6 * H && d.dueAt <= now - 3 * H,
        fallback: (d) => d.dueAt <= now - 3 * H,
      });
      return plan(fixed(f.createdAt), 'cat-occupy', r, home(r), '{b}楼下有住户长期堆放纸箱和废品，占了半个过道。', [
        at(3 * H, { action: 'accept', actor: 'demo-grid' }),
        at(1 * D, { action: 'progress', actor: 'demo-grid', note: '已上门找到堆放杂物的住户，约定两天内清理' }),
        at(f.dueAt - f.createdAt + 2 * H, { action: 'urge', note: '催办：已经过了期限还没处理，请尽快' }),
      ]);
    }),
    by(pickFrom(g1), (r) =>
      plan(on(1, 15, 20), 'cat-manhole', r, home(r), '{c}主干道上的井盖松动，车一过就哐哐响。', [
        at(30 * M, { action: 'accept', actor: 'demo-grid' }),
        at(2 * H, { action: 'progress', actor: 'demo-grid', note: '已在现场设置警示锥桶，已报市政管理处' }),
        at(17 * H, { action: 'resolve', actor: 'demo-grid', note: '市政管理处已更换井盖底座，井盖已固定' }),
      ]),
    ),
    plan(
      on(0, 8, 10),
      'cat-garbage',
      'demo-grid',
      org.buildingsByGrid.get(DEMO_GRID_ID)![0],
      `${PATROL_PREFIX}{b}楼下堆着一大堆枯枝落叶和杂草，修剪完没运走。`,
      [
        at(5 * M, { action: 'accept', actor: 'demo-grid' }),
        at(40 * M, { action: 'progress', actor: 'demo-grid', note: '已联系物业保洁，约定今天下午清理' }),
      ],
    ),
    by(pickFrom(g1), (r) => {
      // 即将超期: in progress, its 24 h running out in 3 to 20 hours
      const f = fileFor('cat-hazard', 'normal', 'grid', {
        before: latest - 2 * H,
        hours: [8, 18],
        fits: (d) => d.dueAt >= now + 3 * H && d.dueAt <= now + 20 * H,
        fallback: (d) => d.dueAt > now + H && d.dueAt <= now + DUE_SOON - H,
      });
      return plan(
        fixed(f.createdAt),
        'cat-hazard',
        r,
        home(r),
        '{b}{u}有人从楼上拉电线下来给电动车充电，飞线很危险。',
        [
          at(20 * M, { action: 'accept', actor: 'demo-grid', note: '已签收，马上去现场看看' }),
          at(1 * H + 30 * M, {
            action: 'progress',
            actor: 'demo-grid',
            note: '已到现场，要求住户立即停止飞线充电，住户答应找电工改线',
          }),
        ],
      );
    }),

    // --- the other demo grid
    by(pickFrom(g2), (r) =>
      plan(ago(6 * H), 'cat-streetlight', r, home(r), '{c}地下车库入口的灯坏了，车进出看不清。', []),
    ),
    by(pickFrom(g2), (r) =>
      plan(on(2, 15, 30), 'cat-property', r, home(r), '{b}二次供水水压太低，12楼以上白天基本没水。', [
        at(2 * H, { action: 'accept', actor: 'demo-grid-2' }),
        at(20 * H, { action: 'progress', actor: 'demo-grid-2', note: '已约物业和供水公司到现场查看' }),
      ]),
    ),

    // --- 凤凰城社区: triage (a building with no grid) and an escalation waiting to be accepted
    by(pickFrom(triageNeighbours), (r) =>
      plan(ago(20 * H), 'cat-garbage', r, triage, '{c}新交付的{b}门口堆满了装修垃圾，还没有物业管。', []),
    ),
    by(pickFrom(g3), (r) =>
      plan(on(4, 9, 0), 'cat-dispute', r, home(r), '{b}楼上漏水把我家天花板泡坏了，楼上说不是他家的问题。', [
        at(1 * H, { action: 'accept' }),
        at(1 * D, { action: 'progress', note: '已约物业维修人员上门查漏，双方对漏水原因分歧较大' }),
        at(2 * D, { action: 'escalate', note: '双方分歧较大，网格调解未成，申请社区调解' }),
      ]),
    ),

    // --- 九州路街道: an escalation waiting at the street, one dispatched to departments
    by(pickFrom(g4), (r) =>
      plan(on(10, 9, 30), 'cat-construction', r, home(r), '{b}顶楼住户在楼顶私自加盖彩钢房，已经盖了一半。', [
        at(2 * H, { action: 'accept' }),
        at(5 * H, { action: 'progress', note: '已到现场拍照取证，下达停工告知书，住户拒不停工' }),
        at(1 * D, { action: 'escalate', note: '住户拒不停工，需要执法部门介入，上报社区' }),
        at(1 * D + 3 * H, { action: 'accept', actor: 'demo-community' }),
        at(3 * D, { action: 'progress', actor: 'demo-community', note: '社区已约谈住户，住户仍未停工' }),
        at(9 * D, { action: 'escalate', actor: 'demo-community', note: '需城管、住建等部门联合处置，上报街道' }),
      ]),
    ),
    by(pickFrom(g3.length ? g3 : g4), (r) =>
      plan(
        on(15, 16, 45),
        'cat-hazard',
        r,
        home(r),
        '{c}{p}的消防通道被私家车堵死了，消防车根本进不来，反映好几次了。',
        [
          at(30 * M, { action: 'accept' }),
          at(3 * H, { action: 'progress', note: '已联系物业和交警，正在找车主挪车' }),
          at(20 * H, { action: 'escalate', note: '问题反复出现，需社区统筹解决' }),
          at(22 * H, { action: 'accept', actor: 'demo-community' }),
          at(2 * D, { action: 'escalate', actor: 'demo-community', note: '需街道吹哨、部门报到' }),
          at(2 * D + 2 * H, { action: 'accept', actor: 'demo-street' }),
          at(2 * D + 4 * H, {
            action: 'dispatch',
            actor: 'demo-street',
            note: '已派遣消防救援站、交警大队联合处置（吹哨报到）',
          }),
          at(4 * D, {
            action: 'progress',
            actor: 'demo-street',
            note: '消防救援站已现场检查，交警已贴单，正在施划禁停标线',
          }),
        ],
      ),
    ),
  ];
}
