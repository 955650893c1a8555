/**
 * 党员积分: an append-only ledger. Each entry names the rule that earned it and its source (the
 * activity, wish, visit or ticket); a correction is a new entry, never an edit. The rules are this one
 * table. A member's totals at a community are kept on write, in the same transaction as the entry
 * (cloudfunctions/shared/repo/party-points.ts), so a leaderboard reads a handful of documents; they
 * always equal `totalsOfEntries` over the member's entries there.
 * Pure: no I/O.
 */

/** What a point can be earned for. */
export const POINT_RULE_NAMES = ['activityHours', 'wishCompleted', 'visitDone', 'ticketHelp', 'correction'] as const;
export type PointRule = (typeof POINT_RULE_NAMES)[number];

/** What an entry's source is. */
export type PointSourceKind = 'activity' | 'wish' | 'visit' | 'ticket' | 'correction';

export interface PointRuleDef {
  label: string;
  /** the source an entry of this rule names */
  source: PointSourceKind;
  /** fixed points per entry; activityHours: points per hour of service instead */
  points: number;
  /** which count of the totals an entry of this rule adds one to (a correction: none) */
  counts?: 'activities' | 'wishes' | 'visits' | 'tickets';
  /** whether an entry is service (what 红黄牌 reads as lastServiceAt); a correction is not */
  service: boolean;
  /** what the member reads under the entry */
  describe: string;
}

/** The one table of rules. */
export const POINT_RULES = {
  activityHours: {
    label: '志愿活动',
    source: 'activity',
    points: 10,
    counts: 'activities',
    service: true,
    describe: '参加志愿活动，每服务 1 小时积 10 分',
  },
  wishCompleted: {
    label: '微心愿',
    source: 'wish',
    points: 5,
    counts: 'wishes',
    service: true,
    describe: '认领并完成一个微心愿，居民确认后积 5 分',
  },
  visitDone: {
    label: '入户走访',
    source: 'visit',
    points: 3,
    counts: 'visits',
    service: true,
    describe: '完成一次五步工作法入户走访积 3 分',
  },
  ticketHelp: {
    label: '反映问题办结',
    source: 'ticket',
    points: 2,
    counts: 'tickets',
    service: true,
    describe: '自己反映的身边问题办理完毕（结案）积 2 分',
  },
  correction: {
    label: '积分更正',
    source: 'correction',
    points: 0,
    service: false,
    describe: '社区对积分或时长的更正（另记一条，原记录保留）',
  },
} as const satisfies Record<PointRule, PointRuleDef>;

/** One ledger entry (collection party_points). */
export interface PointEntry {
  /** `${rule}|${sourceId}|${userId}` for earned entries: one source credits a member once */
  _id: string;
  userId: string;
  communityId: string;
  rule: PointRule;
  source: { kind: PointSourceKind; id: string };
  /** may be negative for a correction */
  points: number;
  /** service time credited (activityHours; a correction may adjust it); whole minutes, so sums stay exact */
  minutes: number;
  at: number;
  /** who made it credited (the organiser, the confirming resident, the visitor, staff correcting) */
  by: string;
  note?: string;
  /** a correction: the entry it corrects */
  corrects?: string;
}

/** A member's totals at one community, as P1's report and 红黄牌 read them. */
export interface MemberTotals {
  userId: string;
  communityId: string;
  points: number;
  /** minutes / 60, one decimal */
  hours: number;
  minutes: number;
  activities: number;
  wishes: number;
  visits: number;
  tickets: number;
  /** the latest service entry's time (a correction is not service) */
  lastServiceAt?: number;
}

/** The stored totals document (collection party_point_totals): MemberTotals without the derived hours. */
export type PointTotalsDoc = Omit<MemberTotals, 'hours'> & { _id: string };

export const totalsId = (communityId: string, userId: string): string => `${communityId}|${userId}`;
export const entryId = (rule: Exclude<PointRule, 'correction'>, sourceId: string, userId: string): string =>
  `${rule}|${sourceId}|${userId}`;

export const hoursOf = (minutes: number): number => Math.round(minutes / 6) / 10;

/** Points for service minutes by the activity rule: 10 an hour, whole points (rounded down). */
export const activityPoints = (minutes: number): number =>
  Math.floor((Math.max(0, minutes) * POINT_RULES.activityHours.points) / 60);

/** An earned entry for a rule (the fixed points, or the activity's by its minutes). */
export function earnedEntry(
  rule: Exclude<PointRule, 'correction'>,
  e: { userId: string; communityId: string; sourceId: string; at: number; by: string; minutes?: number; note?: string },
): PointEntry {
  const def: PointRuleDef = POINT_RULES[rule];
  const minutes = rule === 'activityHours' ? Math.max(0, Math.round(e.minutes ?? 0)) : 0;
  return {
    _id: entryId(rule, e.sourceId, e.userId),
    userId: e.userId,
    communityId: e.communityId,
    rule,
    source: { kind: def.source, id: e.sourceId },
    points: rule === 'activityHours' ? activityPoints(minutes) : def.points,
    minutes,
    at: e.at,
    by: e.by,
    ...(e.note ? { note: e.note } : {}),
  };
}

/** What an entry adds to its member's totals (the same arithmetic the rebuild uses). */
export interface TotalsDelta {
  points: number;
  minutes: number;
  counts: Partial<Record<'activities' | 'wishes' | 'visits' | 'tickets', number>>;
  serviceAt?: number;
}
export function totalsDelta(e: PointEntry): TotalsDelta {
  const def: PointRuleDef = POINT_RULES[e.rule];
  return {
    points: e.points,
    minutes: e.minutes,
    counts: def.counts ? { [def.counts]: 1 } : {},
    ...(def.service ? { serviceAt: e.at } : {}),
  };
}

export const emptyTotals = (communityId: string, userId: string): PointTotalsDoc => ({
  _id: totalsId(communityId, userId),
  userId,
  communityId,
  points: 0,
  minutes: 0,
  activities: 0,
  wishes: 0,
  visits: 0,
  tickets: 0,
});

export function applyEntry(t: PointTotalsDoc, e: PointEntry): PointTotalsDoc {
  const d = totalsDelta(e);
  const next: PointTotalsDoc = { ...t, points: t.points + d.points, minutes: t.minutes + d.minutes };
  for (const [k, n] of Object.entries(d.counts) as [keyof TotalsDelta['counts'], number][]) next[k] += n;
  if (d.serviceAt !== undefined) next.lastServiceAt = Math.max(t.lastServiceAt ?? 0, d.serviceAt);
  return next;
}

/** The totals a member's entries add up to, per community (what the kept totals must equal). */
export function totalsOfEntries(entries: readonly PointEntry[]): PointTotalsDoc[] {
  const out = new Map<string, PointTotalsDoc>();
  for (const e of entries) {
    const id = totalsId(e.communityId, e.userId);
    out.set(id, applyEntry(out.get(id) ?? emptyTotals(e.communityId, e.userId), e));
  }
  return [...out.values()];
}

export const memberTotals = (t: PointTotalsDoc): MemberTotals => {
  const { _id, ...rest } = t;
  void _id;
  return { ...rest, hours: hoursOf(t.minutes) };
};
