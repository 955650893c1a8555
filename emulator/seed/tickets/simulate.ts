/**
 * A ticket's life: filed from its plan, then lived forward action by action (签收, 处置, 上报, 办结,
 * 核查, 评价 …) until the next action would fall after `now`. Every action goes through the transition
 * table: `refusal` must allow its actor at its time (a step the table refuses throws, failing the seed)
 * and `decide` makes its event, which `applyEventInPlace` applies, so the ticket is its events' replay.
 * The seed holds no photo files, so its resolutions carry no after photos: the one payload rule it is
 * not held to (decide is asked as if the category did not require them).
 */
import {
  type Home,
  nearHome,
  AUTO_CLOSE_AFTER,
  AUTO_ESCALATE_GRACE as GRACE,
  applyEventInPlace,
  type Category,
  DAY,
  decide,
  deadlines,
  HOUR,
  type HolidayCalendar,
  isOpen,
  type Level,
  NEXT_LEVEL,
  newTicket,
  type RatingScore,
  refusal,
  type Ticket,
  type TicketEvent,
  type TransitionInput,
  type Urgency,
  cstHour,
  cstMidnight,
  MINUTE,
  Department,
  withHandler,
} from '@lx/types';
import {
  ACCEPT_NOTES,
  AUTO_CLOSE_NOTE,
  AUTO_ESCALATE_NOTE,
  type CategoryId,
  DEPARTMENTS,
  ESCALATE_SPECIAL,
  ESCALATE_TO_COMMUNITY,
  ESCALATE_TO_STREET,
  JOIN_NOTES,
  OVERDUE_NOTE,
  RATE_NOTES,
  REJECT_NOTES,
  REOPEN_NOTES,
  URGE_REPORTER,
  URGE_SUPERVISOR,
  VERIFY_FAIL,
  VERIFY_PASS,
} from '../data';
import { DEMO_COMMUNITY_ID } from '../users';
import { type Plan, secs, type Step, type TicketCtx } from './plan';

/** the sweeper runs every 5 minutes (cloudfunctions/sweeper/config.json) */
const JOB_TICK = 5 * MINUTE;
type Action = Step['action'];

/**
 * `deadlines`, remembered per category, urgency, level and China-time day: a limit in hours or days
 * is a fixed offset, and one in working days ends at 18:00 of its last working day (types/time.ts),
 * the same instant for every start within one day. (A 100k-ticket build would otherwise spend most
 * of its time walking calendars.)
 */
export function dueCache(cal: HolidayCalendar) {
  const cache = new Map<string, number>();
  return (cat: Category, urgency: Urgency, level: Level, from: number): { responseDueAt: number; dueAt: number } => {
    const key = `${cat._id}|${urgency}|${level}|${cstMidnight(from)}`;
    const fixed = cat.limits[urgency][level].unit === 'workdays';
    let kept = cache.get(key);
    if (kept === undefined) {
      const dueAt = deadlines(cat, urgency, level, from, cal).dueAt;
      kept = fixed ? dueAt : dueAt - from;
      cache.set(key, kept);
    }
    return { responseDueAt: from + cat.responseHours * HOUR, dueAt: fixed ? kept : from + kept };
  };
}
export type DueCache = ReturnType<typeof dueCache>;

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

/** "满意：处理很及时" → 满意 with its comment */
function ratingOf(note: string | undefined): { score: RatingScore; comment?: string } {
  const [label, ...rest] = (note ?? '满意').split('：');
  const score: RatingScore = label === '不满意' ? 'unsatisfied' : label === '基本满意' ? 'basic' : 'satisfied';
  const comment = rest.join('：');
  return { score, ...(comment ? { comment } : {}) };
}

/** What a seeded action asks for, from its note (the street's dispatch note names the department). */
function inputOf(action: Action, note: string | undefined, fail: boolean): TransitionInput {
  if (action === 'verify') return { action, note, passed: !fail };
  if (action === 'rate') {
    const rating = ratingOf(note);
    return { action, note: rating.comment, rating };
  }
  // the department must be one the dispatch payload accepts (Department), or the seed stops here
  if (action === 'dispatch') return { action, note, department: Department.parse(note?.match(/派遣(.+?)处置/)?.[1]) };
  return { action, note };
}

/** A ticket's random public id and the number people read. */
export interface TicketIds {
  id: string;
  no: string;
}

/** The filed ticket and its first event, with the limits `due` gives (the seed's calendar). */
function file(p: Plan, { id, no }: TicketIds, due: DueCache): { ticket: Ticket; event: TicketEvent } {
  const b = p.building;
  const first = due(p.category, p.urgency, b.gridId ? 'grid' : 'community', p.createdAt);
  const limit = { value: (first.dueAt - p.createdAt) / HOUR, unit: 'hours' as const };
  const levels = { grid: limit, community: limit, street: limit };
  const { ticket, event } = newTicket({
    id,
    no,
    now: p.createdAt,
    category: { ...p.category, limits: { normal: levels, urgent: levels } },
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
  return { ticket, event };
}

/** Live a plan forward from its filing until `now`, appending its events to `allEvents`. */
export function simulate(ctx: TicketCtx, due: DueCache, p: Plan, ids: TicketIds, allEvents: TicketEvent[]): Ticket {
  const { rng, now, people } = ctx;
  const b = p.building;
  const id = ids.id;
  const { ticket, event } = file(p, ids, due);
  // 代办: the worker who filed it has handled it (ticket-handlers.ts)
  if (ticket.filedBy) ticket.handlers = withHandler(ticket, event).handlers;
  const events: TicketEvent[] = [event];
  const cat = p.category;
  const catId = cat._id as CategoryId;
  const startLevel = ticket.level;
  let alive = true;
  let lastAt = p.createdAt;
  let lastResolveNote = '';
  const stepsUsed: Partial<Record<Level, number>> = {};
  const handlers: Partial<Record<Level, string>> = {};
  const limits = (level: Level, from: number) => due(cat, p.urgency, level, from);

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
  /** a seeded user's bound home, as the 附议 rule reads it */
  const homeOf = (userId: string): Home | undefined => {
    const a = people.byId.get(userId)?.address;
    const center = a && ctx.org.byId.get(a.buildingId)?.center;
    return a ? { buildingId: a.buildingId, communityId: a.communityId, ...(center ? { center } : {}) } : undefined;
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
    return streetNote(i);
  };
  const streetNote = (i: number): string | null => {
    const department = ticket.department;
    if (!department) return STREET_STEPS[i] ?? null;
    return i === 0 ? `${department}已到现场勘查，正在制定处置方案` : i === 1 ? `${department}正在处置` : null;
  };
  const resolveNote = (): string => {
    const options = p.phrase.done.filter((x) => x !== lastResolveNote);
    let note = rng.pick(options.length ? options : p.phrase.done);
    lastResolveNote = note;
    const department = ticket.department;
    if (ticket.level === 'street' && department && !note.includes(department)) note = `经${department}处置，${note}`;
    return note;
  };
  const escalateNote = (): string => {
    const special = ESCALATE_SPECIAL[catId];
    const toCommunity = ticket.level === 'grid';
    if (special && rng.chance(0.6)) return special[toCommunity ? 0 : 1];
    return rng.pick(toCommunity ? ESCALATE_TO_COMMUNITY : ESCALATE_TO_STREET);
  };

  /** The table's event for `input` by `actor` at `at`, applied to the ticket; a refusal fails the seed. */
  const take = (input: TransitionInput, at: number, actor: string): void => {
    const viewer = { id: actor, grants: people.byId.get(actor)?.roles ?? [], now: at, home: homeOf(actor) };
    const why = refusal(ticket, input.action, viewer);
    if (why) throw new Error(`seed: ${id} ${input.action} by ${actor} at ${new Date(at).toISOString()}: ${why}`);
    // the seed has no photo files to show after a resolution (see above)
    const asked = input.action === 'resolve' ? { ...ticket, requiresAfterPhotos: false } : ticket;
    const e = decide(asked, input, { now: at, actorId: actor, actorRole: roleOf(actor), due: limits });
    events.push(e);
    applyEventInPlace(ticket, e);
    // 我经手的: the seed's tickets carry their handlers as the repository's transitions write them
    const handled = withHandler(ticket, e).handlers;
    if (handled) ticket.handlers = handled;
    lastAt = at;
  };

  /** the overdue job's mark, if the limit ran out before `at` while the ticket was open */
  const markOverdueBefore = (at: number): void => {
    if (ticket.overdue || !isOpen(ticket.status) || ticket.dueAt >= Math.min(at, now + 1)) return;
    const tick = Math.floor(ticket.dueAt / JOB_TICK) * JOB_TICK + JOB_TICK;
    // at the end of the simulation (at = now + 1) the sweep of `now` itself has run
    const when = at > now ? Math.max(lastAt, Math.min(tick, now)) : tick;
    if (when < at && when <= now && when >= lastAt && ticket.dueAt < when) {
      take({ action: 'markOverdue', note: OVERDUE_NOTE }, when, 'system');
    }
  };

  /** Perform one action at `at` (or a minute after the previous one); false once past `now`. */
  const act = (action: Action, at: number, actor: string, note?: string | null, fail = false): boolean => {
    if (!alive) return false;
    at = secs(Math.max(at, lastAt + MINUTE));
    markOverdueBefore(at);
    if (at > now) {
      alive = false;
      return false;
    }
    take(inputOf(action, note ?? undefined, fail), at, actor);
    return true;
  };

  /** non-urgent work waits for the working day (8:00–21:00 China time) */
  const daytime = (t: number): number => {
    if (p.urgency === 'urgent') return t;
    const h = cstHour(t);
    if (h >= 8 && h < 21) return t;
    return cstMidnight(t) + (h >= 21 ? DAY : 0) + 8 * HOUR + rng.int(0, 90) * MINUTE;
  };

  if (p.script) liveScript(p.script);
  else liveRandom();

  // the overdue job has seen every open ticket past its limit; reporters urge, supervisors 督办
  markOverdueBefore(now + 1);
  if (!p.script && isOpen(ticket.status) && ticket.dueAt < now && ticket.overdue) urgeLate();
  for (const e of events) allEvents.push(e);
  return ticket;

  function liveScript(script: Step[]): void {
    for (const s of script) {
      const actor = s.actor ?? defaultActor(s.action);
      const note = s.note ?? defaultNote(s.action);
      if (!act(s.action, p.createdAt + s.after, actor, note, s.fail)) break;
    }
  }

  function defaultNote(action: Action): string | undefined {
    if (action === 'resolve') return resolveNote();
    if (action === 'verify') return rng.pick(VERIFY_PASS);
    return undefined;
  }

  function defaultActor(action: Action): string {
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

  /** an overdue ticket: the reporter may urge, a supervisor may 督办 */
  function urgeLate(): void {
    const urges: [number, string, string][] = [];
    if (p.source !== 'patrol' && rng.chance(0.5))
      urges.push([lastAt + rng.range(2, 30) * HOUR, p.reporterId, rng.pick(URGE_REPORTER)]);
    if (rng.chance(0.5)) urges.push([lastAt + rng.range(4, 48) * HOUR, supervisorOf(), rng.pick(URGE_SUPERVISOR)]);
    urges.sort((a, c) => a[0] - c[0]);
    for (const [at, who, note] of urges) act('urge', daytime(at), who, note);
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
    if (p.source === 'patrol') return act('accept', t + rng.int(1, 15) * MINUTE, handlerOf(ticket.level));
    const accept = daytime(t + (rng.chance(0.08) ? rng.range(1.1, 3) : rng.range(0.05, 0.85)) * resp);
    if (accept - t > HOUR && rng.chance(0.05)) {
      // 附议 is for those living near it (nearHome): the compound's residents of this building or close by
      const neighbours = (people.residentsByCompound.get(b.compoundId!) ?? []).filter((r) =>
        nearHome(ticket, homeOf(r.id)),
      );
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
    return verifyHere(level);
  }

  /** 核查 by a supervisor; sent back now and then, resolved again and passed */
  function verifyHere(level: Level): boolean {
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
