/**
 * The plans that make due visits (PRODUCT.md "五步工作法 visits"): 结对帮扶 pairings (a party member or
 * grid worker ↔ a household, every N days), key-household rules (a tag in a community → every N days),
 * 回访 after a ticket is reopened (rated 不满意, or 反弹), and ad hoc visits (the visitor's own `start`).
 * The timer (`runVisitPlans`) asks these rules what is due; they are pure so that a fixed clock gives
 * the same visits, with the same ids, however often it asks.
 */
import type { TicketEvent } from './ticket';
import { cstDay, cstMidnight, DAY } from './time';
import type { Household, HouseholdTag } from './visits';

/** A planned visit is made this long before its day, so it shows under 近期 first. */
export const PLAN_LEAD_DAYS = 3;
export const PAIRING_DEFAULT_DAYS = 30;
export const PLAN_MIN_DAYS = 7;
export const PLAN_MAX_DAYS = 180;
/** A 回访 is due this many days after the reopen that asked for it. */
export const REVISIT_AFTER_DAYS = 3;

export const PAIRING_ROLES = ['partyMember', 'gridWorker'] as const;
export type PairingRole = (typeof PAIRING_ROLES)[number];

/** 结对帮扶 1+1: one visitor and one household; ended pairings are kept (history), never deleted. */
export interface Pairing {
  _id: string;
  kind: 'pairing';
  householdId: string;
  gridId: string;
  communityId: string;
  streetId: string;
  orgPath: string[];
  visitorId: string;
  visitorRole: PairingRole;
  everyDays: number;
  active: boolean;
  /** the first visit is due on this day (China midnight) */
  since: number;
  createdBy: string;
  createdAt: number;
  endedAt?: number;
  endedBy?: string;
  /** why it was ended (unpair): personal like a visit note, never logged */
  endReason?: string;
}

/** A new active pairing of a household and a visitor (pair, the seed, the reliability fixtures). */
export function newPairing(
  h: Pick<Household, '_id' | 'gridId' | 'communityId' | 'streetId' | 'orgPath'>,
  f: {
    id: string;
    visitorId: string;
    visitorRole: PairingRole;
    everyDays: number;
    since: number;
    by: string;
    now: number;
  },
): Pairing {
  return {
    _id: f.id,
    kind: 'pairing',
    householdId: h._id,
    gridId: h.gridId,
    communityId: h.communityId,
    streetId: h.streetId,
    orgPath: h.orgPath,
    visitorId: f.visitorId,
    visitorRole: f.visitorRole,
    everyDays: f.everyDays,
    active: true,
    since: f.since,
    createdBy: f.by,
    createdAt: f.now,
  };
}

/** 重点户: every household of the community with the tag, every N days, by its grid's 网格长. */
export interface KeyRule {
  _id: string;
  kind: 'key';
  communityId: string;
  streetId: string;
  orgPath: string[];
  tag: HouseholdTag;
  everyDays: number;
  active: boolean;
  since: number;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}
export type VisitPlan = Pairing | KeyRule;

/** One rule per community and tag: saving it again changes it, never adds a second. */
export const keyRuleId = (communityId: string, tag: HouseholdTag): string =>
  `key-${communityId}-${HOUSEHOLD_TAG_SLUGS[tag]}`;
const HOUSEHOLD_TAG_SLUGS: Record<HouseholdTag, string> = {
  独居老人: 'alone',
  空巢老人: 'emptynest',
  困难家庭: 'hardship',
  残疾人家庭: 'disability',
  留守儿童: 'leftbehind',
  其他: 'other',
};

/**
 * A plan's visit for one due day has one id: two runs (or two instances of the timer) at the same
 * clock make the same document, so the second insert finds it and changes nothing.
 */
export const planVisitId = (planId: string, dueAt: number, householdId?: string): string =>
  `pv-${planId}${householdId ? `-${householdId}` : ''}-${cstDay(dueAt)}`;
/** The 回访 of one reopening event. */
export const revisitId = (ticketId: string, seq: number): string => `rv-${ticketId}-${seq}`;

/**
 * When the plan's next visit is due (China midnight of its day: 今天 all that day, 已逾期 after), given
 * when the household was last visited under it (or, for a key rule, at all). Never visited: the plan's
 * first day.
 */
export function nextDueAt(plan: Pick<VisitPlan, 'since' | 'everyDays'>, lastVisitedAt: number | undefined): number {
  if (lastVisitedAt === undefined) return cstMidnight(plan.since);
  return Math.max(cstMidnight(plan.since), cstMidnight(lastVisitedAt) + plan.everyDays * DAY);
}

/** Whether a visit due at `dueAt` is made now (PLAN_LEAD_DAYS ahead). */
export const isMadeBy = (dueAt: number, now: number): boolean => dueAt - PLAN_LEAD_DAYS * DAY <= now;

/** The visitor a key rule's visit goes to: the grid's 网格长 on its 连心卡, else its first worker. */
export function gridVisitor(
  grid: { responsible?: { duty: string; userId?: string }[] } | undefined,
  workers: readonly string[],
): string | undefined {
  const head = grid?.responsible?.find((r) => r.duty === '网格长' && r.userId)?.userId;
  if (head && workers.includes(head)) return head;
  return [...workers].sort()[0];
}

/**
 * The event that asks for a 回访: the reporter reopened the ticket (反弹), or rated it 不满意 (which
 * reopens it in the transition table instead of closing it).
 */
export const asksForRevisit = (e: Pick<TicketEvent, 'action' | 'to' | 'rating'>): boolean =>
  e.action === 'reopen' || (e.action === 'rate' && e.rating?.score === 'unsatisfied');

/** Reminder kinds a visit gets once each: on its day, and the day after (逾期, also to the community). */
export type ReminderKind = 'due' | 'overdue';
