/**
 * The visits function as this subpackage calls it (types/api/visits.ts): the one file that knows the
 * action names, so the pages and hooks stay plain. Every call is typed from types/actions.ts.
 */
import type { GridDueBucket, PayloadIn, VisitSource } from '@lx/types';
import { callCloud } from '@/services/cloud';

export type {
  CoverageRow,
  CoverageView,
  DueItem,
  GridDueItem,
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

/** Plans (结对管理, 重点户): the community's pairings, one page at a time, newest first. */
export const pairingsOf = (communityId: string, cursor: string | undefined) =>
  callCloud('visits', 'pairings', { communityId, ...(cursor ? { cursor } : {}) });

export const pairHousehold = (body: PayloadIn<'visits', 'pair'>) => callCloud('visits', 'pair', body);

export const unpair = (body: PayloadIn<'visits', 'unpair'>) => callCloud('visits', 'unpair', body);

/** A grid's households, for picking the one to pair. */
export const householdsOf = (gridId: string, cursor: string | undefined) =>
  callCloud('visits', 'households', { gridId, ...(cursor ? { cursor } : {}) });

export const keyRulesOf = (communityId: string) => callCloud('visits', 'keyRules', { communityId });

export const saveKeyRule = (body: PayloadIn<'visits', 'saveKeyRule'>) => callCloud('visits', 'saveKeyRule', body);

/** A community's grids (org.grids: names are public, like the 连心卡). */
export const gridsOf = (communityId: string) => callCloud('org', 'grids', { communityId });

/** The street's communities, for street staff who keep plans for several. */
export const communities = () => callCloud('org', 'children', {});

/**
 * Who may be paired with a household of the grid (pair's rule: a party member granted at the
 * community, a grid worker at the grid): admin.staff at both nodes, which answers the grants the
 * caller could give, and community staff give exactly these two.
 */
export async function visitorsFor(communityId: string, gridId: string) {
  const [atCommunity, atGrid] = await Promise.all([
    callCloud('admin', 'staff', { orgId: communityId }),
    callCloud('admin', 'staff', { orgId: gridId }),
  ]);
  if (!atCommunity.ok) return atCommunity;
  if (!atGrid.ok) return atGrid;
  const rows = [
    ...atCommunity.data.filter((s) => s.role === 'partyMember'),
    ...atGrid.data.filter((s) => s.role === 'gridWorker'),
  ];
  return { ok: true as const, data: rows };
}

/**
 * The names of the community's possible visitors (its party members and its grids' workers), for the
 * pairing rows, which carry ids only. Best effort: a failed call leaves its names out, and a row then
 * says the role (党员 / 网格员).
 */
export async function visitorNames(communityId: string): Promise<Map<string, string>> {
  const grids = await gridsOf(communityId);
  const ids = [communityId, ...(grids.ok ? grids.data.map((g) => g.id) : [])];
  const answers = await Promise.all(ids.map((orgId) => callCloud('admin', 'staff', { orgId })));
  return new Map(answers.flatMap((a) => (a.ok ? a.data.map((s) => [s.userId, s.name] as const) : [])));
}

/** The community's (street's, grid's) open visits past their day or due today, whoever's they are. */
export const gridDue = (orgId: string, bucket: GridDueBucket | undefined, cursor: string | undefined) =>
  callCloud('visits', 'gridDue', { orgId, ...(bucket ? { bucket } : {}), ...(cursor ? { cursor } : {}) });
