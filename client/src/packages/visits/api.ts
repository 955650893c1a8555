/**
 * The visits function as this subpackage calls it (types/api/visits.ts): the one file that knows the
 * action names, so the pages and hooks stay plain. Every call is typed from types/actions.ts.
 */
import type { PayloadIn, VisitSource } from '@lx/types';
import { callCloud } from '@/services/cloud';

export type {
  CoverageRow,
  CoverageView,
  DueItem,
  HouseholdDetail,
  HouseholdView,
  StepResult,
  VisitView,
} from '@lx/types';

/** Omit over each member of a union (a plain Omit would merge the five steps into one shape). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A step as the draft keeps it: everything but the requestId, which the send adds (the same on a retry). */
export type StepBody = OmitEach<PayloadIn<'visits', 'step'>, 'requestId'>;

/** The caller's due visits; `kind` (结对帮扶: pairing) is filtered on the server. */
export const dueVisits = (cursor: string | undefined, kind?: VisitSource) =>
  callCloud('visits', 'due', { ...(cursor ? { cursor } : {}), ...(kind ? { kind } : {}) });

export const visitDetail = (id: string) => callCloud('visits', 'visit', { id });

export const sendStep = (body: StepBody, requestId: string) => callCloud('visits', 'step', { ...body, requestId });

export const householdDetail = (id: string) => callCloud('visits', 'household', { id });

/** An ad hoc visit to this household (住户详情's 开始走访): its id, then the step screen. */
export const startVisit = (householdId: string, requestId: string) =>
  callCloud('visits', 'start', { householdId, requestId });

export const coverage = (orgId: string | undefined) => callCloud('visits', 'coverage', orgId ? { orgId } : {});

/** 转为诉求 files under a category the visitor picks (the filing's own list). */
export const ticketCategories = () => callCloud('tickets', 'categories', {});
