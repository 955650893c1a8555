/**
 * `visits` actions: households, a visit's five steps, the visitor's due list and 入户率. Who may call
 * is the permissions table where it can say it: a grid (households, coverage) covered by the caller's
 * grant. A household or a visit is not a target kind of the
 * table, and "a party member only on households paired to them or visits assigned to them" is no
 * scope rule, so household / createHousehold / start / step / visit declare the roles only and the handler checks the
 * household's or the visit's path against the grants that let the caller in (AUTH.OUT_OF_SCOPE) and
 * a party member's pairing or assignment (VISIT.NOT_ASSIGNED): cloudfunctions/visits/scope.ts.
 *
 * `step` takes a requestId but declares no `once`: its idempotency lives in the visit document (each
 * step records its requestId; a retry finds it and gets the same answer), which keeps a step at four
 * database operations; the shared record would add a read and a write to every step.
 *
 * Plans: community staff keep their community's 结对帮扶 pairings and key-household rules (street staff
 * and admins the communities below them): pairings / keyRules / saveKeyRule name the community (the
 * table's `covers`); pair / unpair name a household or a pairing, not a target kind, so the handler
 * checks its path against the grants that let the caller in (cloudfunctions/visits/actions/pair.ts).
 */
import * as z from 'zod/mini';
import { GeoPoint } from '../org';
import { type KeyRule, type Pairing, PLAN_MAX_DAYS, PLAN_MIN_DAYS } from '../visit-plans';
import type { AccessTable } from '../permissions';
import { RequestId } from '../requests';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, type Page, Urgency } from '../ticket';
import {
  CONCERN_TAGS,
  type CoverageFigure,
  type DueBucket,
  GRID_DUE_BUCKETS,
  type Household,
  HOUSEHOLD_TAGS,
  MAX_CONCERNS,
  MAX_VISIT_PHOTOS,
  type Visit,
  type VisitMonth,
  VISIT_SOURCES,
} from '../visits';
import { boundedNumber, cursor, FileIds, id, lineText, payloadObject, Room, visibleText } from './common';

const householdId = id('住户');
const visitId = id('走访');
const tags = z._default(
  z.array(z.enum(HOUSEHOLD_TAGS, '住户标签无效'), '住户标签无效').check(
    z.maxLength(HOUSEHOLD_TAGS.length, '住户标签无效'),
    z.refine<readonly unknown[]>((xs) => new Set(xs).size === xs.length, '住户标签不能重复'),
  ),
  [],
);
const note = z.optional(visibleText('备注', 1, 200));

export const HouseholdsPayload = payloadObject({ gridId: id('网格'), cursor });
export const HouseholdPayload = payloadObject({ id: householdId });
export const CreateHouseholdPayload = payloadObject({
  buildingId: id('楼栋'),
  room: Room.check(z.minLength(1, '请填写门牌号')),
  tags,
  requestId: RequestId,
});
/** a visit's kind (its source: 结对帮扶, 重点户, 回访, 临时): the server filters, the index keeps it one read */
const kind = z.optional(z.enum(VISIT_SOURCES, '走访类型无效'));
export const DuePayload = payloadObject({ kind, cursor });
/**
 * The open visits of a street's, a community's or a grid's households, whoever their visitor: the
 * overdue ones and today's (`bucket` narrows to one), overdue first, by due time.
 */
export const GridDuePayload = payloadObject({
  orgId: id('走访范围'),
  bucket: z.optional(z.enum(GRID_DUE_BUCKETS, '请选择已逾期或今天')),
  kind,
  cursor,
});
export const StartVisitPayload = payloadObject({ householdId, requestId: RequestId });
export const VisitPayload = payloadObject({ id: visitId });

const Concern = z.object(
  { tag: z.enum(CONCERN_TAGS, '请选择诉求类别'), text: visibleText('群众诉求', 2, 300) },
  '诉求内容无效',
);
const Outcome = z.discriminatedUnion(
  'how',
  [
    z.object({
      concern: z.int('诉求序号无效').check(z.gte(0, '诉求序号无效'), z.lt(MAX_CONCERNS, '诉求序号无效')),
      how: z.literal('spot'),
      note: visibleText('当场办理情况', 2, 300),
    }),
    z.object({
      concern: z.int('诉求序号无效').check(z.gte(0, '诉求序号无效'), z.lt(MAX_CONCERNS, '诉求序号无效')),
      how: z.literal('ticket'),
      categoryId: id('诉求类别'),
      description: visibleText('问题描述', DESCRIPTION_MIN, DESCRIPTION_MAX),
      urgency: z.optional(z.enum(Urgency.options, '请选择紧急程度')),
      photos: FileIds(MAX_VISIT_PHOTOS),
    }),
  ],
  '请选择办理方式',
);

/** Who, when and where are the server's (the caller, its clock); the point and photos are optional. */
const common = {
  visitId,
  point: z.optional(GeoPoint),
  photos: FileIds(MAX_VISIT_PHOTOS),
  /** one per step the user submits (a retry sends the same): the recorded step answers it */
  requestId: RequestId,
};
export const StepPayload = z.discriminatedUnion(
  'step',
  [
    z.object({ ...common, step: z.literal(1), data: z.object({ note }, '走访内容无效') }),
    z.object({
      ...common,
      step: z.literal(2),
      data: z.discriminatedUnion(
        'met',
        [
          z.object({ met: z.literal(true), whom: lineText('见到的人', 1, 40), note }),
          z.object({ met: z.literal(false), note }),
        ],
        '请选择是否见到群众',
      ),
    }),
    z.object({
      ...common,
      step: z.literal(3),
      data: z.object(
        {
          concerns: z
            .array(Concern, '诉求内容无效')
            .check(z.maxLength(MAX_CONCERNS, `最多记录 ${MAX_CONCERNS} 条诉求`)),
        },
        '走访内容无效',
      ),
    }),
    z.object({
      ...common,
      step: z.literal(4),
      data: z.object({ help: visibleText('帮扶情况', 2, 500) }, '走访内容无效'),
    }),
    z.object({
      ...common,
      step: z.literal(5),
      data: z.object(
        { outcomes: z.array(Outcome, '办理情况无效').check(z.maxLength(MAX_CONCERNS, '办理情况无效')) },
        '走访内容无效',
      ),
    }),
  ],
  '请选择走访步骤',
);

export const CoveragePayload = payloadObject({
  /** a street, community or grid the caller's grants cover; omitted: the caller's highest node */
  orgId: z.optional(id('统计范围')),
});

const everyDays = boundedNumber('走访周期', PLAN_MIN_DAYS, PLAN_MAX_DAYS, ' 天');
export const PairingsPayload = payloadObject({
  /** omitted: every community the caller's grants cover */
  communityId: z.optional(id('社区')),
  cursor,
});
export const PairPayload = payloadObject({ householdId, visitorId: id('走访人'), everyDays, requestId: RequestId });
export const UnpairPayload = payloadObject({ pairingId: id('结对'), reason: visibleText('解除原因', 2, 200) });
export const KeyRulesPayload = payloadObject({ communityId: id('社区') });
export const SaveKeyRulePayload = payloadObject({
  communityId: id('社区'),
  tag: z.enum(HOUSEHOLD_TAGS, '住户标签无效'),
  everyDays,
});

export const VISIT_ACTORS = ['gridWorker', 'communityStaff', 'streetStaff', 'partyMember'] as const;
export const HOUSEHOLD_KEEPERS = ['gridWorker', 'communityStaff', 'streetStaff'] as const;
export const PLAN_KEEPERS = ['communityStaff', 'streetStaff', 'admin'] as const;
export const DUE_OVERSEERS = ['communityStaff', 'streetStaff'] as const;
export const COVERAGE_VIEWERS = ['gridWorker', 'communityStaff', 'streetStaff', 'supervisor'] as const;

export const VISITS_ACTIONS = {
  households: HouseholdsPayload,
  household: HouseholdPayload,
  createHousehold: CreateHouseholdPayload,
  due: DuePayload,
  gridDue: GridDuePayload,
  start: StartVisitPayload,
  step: StepPayload,
  visit: VisitPayload,
  coverage: CoveragePayload,
  pairings: PairingsPayload,
  pair: PairPayload,
  unpair: UnpairPayload,
  keyRules: KeyRulesPayload,
  saveKeyRule: SaveKeyRulePayload,
} as const;

export const VISITS_ACCESS = {
  households: {
    who: 'roles',
    roles: HOUSEHOLD_KEEPERS,
    scope: { rule: 'covers', target: { kind: 'org', field: 'gridId', types: ['grid'] } },
  },
  // household / start / step / visit: the handler checks the path and a party member's pairing
  household: { who: 'roles', roles: VISIT_ACTORS },
  // a building's path has no grid (buildings are mapped to one): the handler checks the household's
  createHousehold: { who: 'roles', roles: HOUSEHOLD_KEEPERS, once: true },
  // the caller's own due visits: no target
  due: { who: 'roles', roles: VISIT_ACTORS },
  gridDue: {
    who: 'roles',
    roles: DUE_OVERSEERS,
    scope: { rule: 'covers', target: { kind: 'org', field: 'orgId', types: ['street', 'community', 'grid'] } },
  },
  start: { who: 'roles', roles: VISIT_ACTORS, once: true },
  step: { who: 'roles', roles: VISIT_ACTORS },
  visit: { who: 'roles', roles: VISIT_ACTORS },
  coverage: {
    who: 'roles',
    roles: COVERAGE_VIEWERS,
    scope: {
      rule: 'covers',
      target: { kind: 'org', field: 'orgId', absent: 'none', types: ['street', 'community', 'grid'] },
    },
  },
  pairings: {
    who: 'roles',
    roles: PLAN_KEEPERS,
    scope: { rule: 'covers', target: { kind: 'org', field: 'communityId', absent: 'none', types: ['community'] } },
  },
  // the household's / the pairing's path: the handler checks it against the grants that let the caller in
  pair: { who: 'roles', roles: PLAN_KEEPERS, once: true },
  unpair: { who: 'roles', roles: PLAN_KEEPERS },
  keyRules: {
    who: 'roles',
    roles: PLAN_KEEPERS,
    scope: { rule: 'covers', target: { kind: 'org', field: 'communityId', types: ['community'] } },
  },
  // one rule per community and tag (keyRuleId): saving again changes it, so no `once` is needed
  saveKeyRule: {
    who: 'roles',
    roles: PLAN_KEEPERS,
    scope: { rule: 'covers', target: { kind: 'org', field: 'communityId', types: ['community'] } },
  },
} as const satisfies AccessTable<typeof VISITS_ACTIONS>;

/** A household as a list row or its detail's head; tags are [] for who may not see them. */
export interface HouseholdView {
  id: string;
  buildingId: string;
  buildingName: string;
  gridId: string;
  room: string;
  tags: Household['tags'];
  members: number;
  paired: boolean;
  /** China day of the last visit that met someone */
  lastVisitedOn?: string;
}
/** A visit as the step screen and the history show it (notes masked outside the personal scope). */
export type VisitView = Omit<Visit, 'orgPath'> & { nextStep: 1 | 2 | 3 | 4 | 5 | null };
export interface DueItem {
  visit: VisitView;
  bucket: DueBucket;
}
/** A row of the community's (street's) list: whose visit it is, by name. */
export interface GridDueItem extends DueItem {
  /** the visitor's nickname ('' when the user has none) */
  visitorName: string;
}
export interface HouseholdDetail {
  household: HouseholdView;
  /** newest first */
  visits: VisitView[];
  /** the tickets its concerns were turned into */
  tickets: { id: string; visitId: string; concern: number }[];
}
export interface CoverageRow extends CoverageFigure {
  id: string;
  name: string;
}
export interface CoverageView {
  org: { id: string; name: string; type: 'street' | 'community' | 'grid' };
  /** the window's first day (90 days to today, China time) */
  from: string;
  figure: CoverageFigure;
  /** the community's grids, or the street's communities (a grid: none) */
  children: CoverageRow[];
  /** the current month's figures summed: visits per visitor, concerns by tag */
  month: { key: string } & VisitMonth;
}
export interface StepResult {
  visit: VisitView;
  /** 不在家: the retry visit made */
  retryId?: string;
  /** step 5: concern index → the ticket filed for it */
  tickets?: { concern: number; id: string }[];
}

export interface VisitsResults {
  households: Page<HouseholdView>;
  household: HouseholdDetail;
  createHousehold: { id: string };
  due: Page<DueItem>;
  gridDue: Page<GridDueItem>;
  start: { visitId: string };
  step: StepResult;
  visit: VisitView;
  coverage: CoverageView;
  pairings: Page<Pairing>;
  pair: { id: string };
  unpair: { id: string };
  keyRules: KeyRule[];
  saveKeyRule: KeyRule;
}
