/**
 * One valid payload per action of every function, for a caller's own scope or the other one (the
 * matrix runs both; the fuzz mutates the own one), built from seeded ids and fresh targets so that no
 * row's success changes another's. `as` is who the fuzz calls the action as (an identity the
 * declaration lets in, so that mutated payloads reach the handler). `beyond` is a refusal the handler
 * adds after the declaration let the call through, declared here with its reason.
 */
import {
  cstMonth,
  type Household,
  HOUSEHOLD_KEEPERS,
  type Pairing,
  PLAN_KEEPERS,
  householdPath,
  type RoleGrant,
  type Ticket,
  newVisit,
  type Visit,
  VISIT_ACTORS,
} from '@lx/types';
import { scopeRefusal } from '@cloud/visits/scope';
import { SEED_NOW } from '@cloud/test-support/clock';
import { uploadAs } from '@cloud/test-support/uploads';
import type { Cloud } from './harness';
import type { Identity, Place, ScopeSide, World } from './world';

export interface FixtureCtx {
  p: Place;
  w: World;
  cloud: Cloud;
  who: string;
  side: ScopeSide;
}
export interface Fixture {
  as: Identity;
  payload: (c: FixtureCtx) => Record<string, unknown>;
  beyond?: (c: FixtureCtx, declared: string) => string;
}

const DESCRIPTION = '小区东门路灯不亮已经三天了，晚上很黑';
/** a ticket in `state` at the caller's place of this side, filed by the demo resident */
const onTicket =
  (state: Pick<Ticket, 'status' | 'level'> & Partial<Ticket>, extra: Record<string, unknown> = {}) =>
  ({ p, w }: FixtureCtx) => {
    const t = w.ticket(p, state);
    return { id: t._id, version: t.version, ...extra };
  };
const holidays = (cloud: Cloud) => {
  const s = cloud.emu.store.get('settings', 'holidays') as { holidays?: string[]; workdays?: string[] } | null;
  return { holidays: s?.holidays ?? [], workdays: s?.workdays ?? [] };
};
const communityName = (w: World, id: string) => w.nodeAt(id).name;
/** the handler checks a new draft's targets one by one (the declaration names no target for it) */
const targetsChecked = ({ side }: FixtureCtx, declared: string) =>
  declared === 'ok' && side === 'other' ? 'AUTH.OUT_OF_SCOPE' : declared;

// ---- visits: a household at the side's building (paired with the caller on their own side), a visit
// of it (assigned to the caller on their own side); the handler checks both (cloudfunctions/visits/scope.ts)
const householdAt = ({ p, w, cloud, who, side }: FixtureCtx): Household => {
  const b = w.nodeAt(p.building);
  const h: Household = {
    _id: w.fresh('r5h-'),
    buildingId: b._id,
    gridId: b.gridId ?? p.grid,
    communityId: b.communityId ?? p.community,
    streetId: b.streetId,
    orgPath: householdPath(b),
    room: w.fresh('室'),
    members: [],
    tags: ['独居老人'],
    pairedWith: side === 'own' ? [who] : [],
    createdAt: SEED_NOW,
    createdBy: 'demo-grid',
  };
  cloud.emu.store.insertMany('households', [h as unknown as Record<string, unknown>]);
  return h;
};
const visitAt = (c: FixtureCtx): Visit => {
  const h = householdAt(c);
  const visitorId = c.side === 'own' ? c.who : 'someone-else';
  const v = newVisit(h, { id: c.w.fresh('r5v-'), visitorId, source: 'pairing', dueAt: SEED_NOW, now: SEED_NOW });
  c.cloud.emu.store.insertMany('visits', [v as unknown as Record<string, unknown>]);
  return v;
};
/** What the handler adds to a let-in call: the place's path against the grants, or the pairing. */
const visitScope =
  (roles: readonly string[]) =>
  (c: FixtureCtx, declared: string): string => {
    if (declared !== 'ok') return declared;
    const u = c.cloud.emu.store.get('users', c.who) as { roles?: RoleGrant[] } | null;
    const grants = (u?.roles ?? []).filter((g) => roles.includes(g.role));
    const b = c.w.nodeAt(c.p.building);
    const paired = c.side === 'own' ? [c.who] : [];
    return scopeRefusal(grants, c.who, { orgPath: householdPath(b), pairedWith: paired }) ?? 'ok';
  };

// ---- visit plans: pair / unpair name a household or a pairing; the handler checks its path against the
// plan keepers' grants (cloudfunctions/visits/actions/pair.ts, unpair.ts)
const planScope = (c: FixtureCtx, declared: string): string => {
  if (declared !== 'ok') return declared;
  const u = c.cloud.emu.store.get('users', c.who) as { roles?: RoleGrant[] } | null;
  const path = householdPath(c.w.nodeAt(c.p.building));
  const covered = (u?.roles ?? []).some(
    (g) => (PLAN_KEEPERS as readonly string[]).includes(g.role) && path.includes(g.orgId),
  );
  return covered ? 'ok' : 'AUTH.OUT_OF_SCOPE';
};
/** a party member (else a grid worker) granted on the household's path: one the handler lets be paired */
const visitorFor = (c: FixtureCtx, h: Household): string => {
  const on = (role: string, orgId: string) =>
    c.cloud.emu.store.find('users', { roles: { $elemMatch: { role, orgId } } }, { limit: 1 })[0] as
      { _id: string } | undefined;
  return (on('partyMember', h.communityId) ?? on('gridWorker', h.gridId))?._id ?? 'no-visitor';
};
const pairingAt = (c: FixtureCtx): Pairing => {
  const h = householdAt(c);
  const p: Pairing = {
    _id: c.w.fresh('r5p-'),
    kind: 'pairing',
    householdId: h._id,
    ...(({ gridId, communityId, streetId, orgPath }) => ({ gridId, communityId, streetId, orgPath }))(h),
    visitorId: visitorFor(c, h),
    visitorRole: 'partyMember',
    everyDays: 30,
    active: true,
    since: SEED_NOW,
    createdBy: 'demo-community',
    createdAt: SEED_NOW,
  };
  c.cloud.emu.store.insertMany('visit_plans', [p as unknown as Record<string, unknown>]);
  return p;
};

export const FIXTURES: Record<string, Record<string, Fixture>> = {
  admin: {
    invite: { as: 'demo-admin', payload: ({ p }) => ({ role: 'gridWorker', orgId: p.grid }) },
    invitations: { as: 'demo-admin', payload: () => ({}) },
    revokeInvitation: { as: 'demo-admin', payload: ({ p, w }) => ({ code: w.invitation(p.grid) }) },
    staff: { as: 'demo-admin', payload: ({ p }) => ({ orgId: p.grid }) },
    revokeRole: {
      as: 'demo-admin',
      payload: ({ p, w }) => ({ userId: w.victim('gridWorker', p.grid), role: 'gridWorker', orgId: p.grid }),
    },
    tree: { as: 'demo-admin', payload: ({ p }) => ({ parentId: p.community }) },
    node: { as: 'demo-admin', payload: ({ p }) => ({ id: p.grid }) },
    saveNode: {
      as: 'demo-admin',
      payload: ({ p, w }) => ({ type: 'compound', parentId: p.community, name: w.fresh('矩阵小区') }),
    },
    importOrg: {
      as: 'demo-admin',
      payload: ({ p, w }) => ({
        format: 'csv',
        content: `类型,社区,名称,户数\n网格,${communityName(w, p.community)},${w.fresh('矩阵网格')},300\n`,
      }),
    },
    categories: { as: 'demo-admin', payload: () => ({}) },
    saveCategory: { as: 'demo-admin', payload: () => ({ id: 'cat-streetlight', responseHours: 24 }) },
    holidays: { as: 'demo-admin', payload: () => ({}) },
    saveHolidays: { as: 'demo-admin', payload: ({ cloud }) => holidays(cloud) },
  },
  org: {
    me: { as: 'demo-resident', payload: () => ({}) },
    children: { as: 'demo-resident', payload: ({ p }) => ({ parentId: p.community }) },
    grids: { as: 'demo-resident', payload: ({ p }) => ({ communityId: p.community }) },
    bindAddress: { as: 'demo-resident', payload: ({ p }) => ({ buildingId: p.building, room: '1单元101' }) },
    subscribe: { as: 'demo-resident', payload: () => ({ accepted: ['ticketProgress'] }) },
    // a grid none of the demo identities holds a role at (ROLE.ALREADY_HELD otherwise)
    redeem: { as: 'demo-resident-new', payload: ({ w }) => ({ code: w.invitation('grid-fenghuang-03') }) },
    card: { as: 'demo-resident', payload: () => ({}) },
    nearby: { as: 'demo-resident', payload: () => ({ lng: 114.286913, lat: 35.74704 }) },
    updateProfile: { as: 'demo-resident', payload: () => ({ nickname: '张阿姨' }) },
    uploadSlot: { as: 'demo-resident', payload: () => ({ ext: 'jpg' }) },
  },
  tickets: {
    categories: { as: 'demo-resident', payload: () => ({}) },
    file: {
      as: 'demo-resident',
      payload: ({ p }) => ({ categoryId: 'cat-streetlight', description: DESCRIPTION, buildingId: p.building }),
    },
    mine: { as: 'demo-resident', payload: () => ({}) },
    detail: { as: 'demo-resident', payload: onTicket({ status: 'processing', level: 'grid' }) },
    similar: { as: 'demo-resident', payload: ({ p }) => ({ categoryId: 'cat-streetlight', buildingId: p.building }) },
    queue: { as: 'demo-grid', payload: ({ p }) => ({ tab: 'pending', orgId: p.node }) },
    board: { as: 'demo-supervisor', payload: ({ p }) => ({ orgId: p.community }) },
    accept: { as: 'demo-grid', payload: onTicket({ status: 'pending', level: 'grid' }) },
    reject: { as: 'demo-grid', payload: onTicket({ status: 'pending', level: 'grid' }, { reason: '不属于受理范围' }) },
    progress: {
      as: 'demo-grid',
      payload: onTicket({ status: 'processing', level: 'grid' }, { note: '已联系物业，明天上门维修' }),
    },
    escalate: {
      as: 'demo-grid',
      payload: onTicket({ status: 'processing', level: 'grid' }, { reason: '涉及多个产权单位，需社区协调' }),
    },
    route: {
      as: 'demo-community',
      payload: (c) => onTicket({ status: 'pending', level: 'community', gridId: null }, { gridId: c.p.grid })(c),
      // the grid must be one of the ticket's community (the caller's own place gives one)
    },
    dispatch: {
      as: 'demo-street',
      payload: onTicket({ status: 'processing', level: 'street' }, { department: '城管执法中队', note: '请派人处理' }),
    },
    resolve: {
      as: 'demo-grid',
      payload: (c) =>
        onTicket(
          { status: 'processing', level: 'grid' },
          { note: '已更换灯泡，恢复照明', photos: [uploadAs(c.cloud, c.who)] },
        )(c),
    },
    verify: { as: 'demo-supervisor', payload: onTicket({ status: 'verifying', level: 'grid' }, { passed: true }) },
    rate: { as: 'demo-resident', payload: onTicket({ status: 'resolved', level: 'grid' }, { score: 'satisfied' }) },
    reopen: {
      as: 'demo-resident',
      payload: onTicket({ status: 'resolved', level: 'grid' }, { reason: '路灯又不亮了，请重新处理' }),
    },
    urge: { as: 'demo-resident', payload: onTicket({ status: 'processing', level: 'grid', dueAt: 1, overdue: true }) },
    join: { as: 'demo-party', payload: onTicket({ status: 'processing', level: 'grid' }) },
    sendBack: {
      as: 'demo-supervisor',
      payload: onTicket({ status: 'rejected', level: 'grid' }, { reason: '属于网格职责范围，请签收办理' }),
    },
  },
  notices: {
    save: {
      as: 'demo-community',
      payload: ({ p }) => ({
        title: '停水通知',
        body: [{ type: 'p', text: '明天上午停水，请提前储水。' }],
        targets: [p.community],
      }),
      beyond: targetsChecked,
    },
    publish: { as: 'demo-community', payload: ({ p, w }) => ({ id: w.draft(p.community) }) },
    withdraw: { as: 'demo-community', payload: ({ p, w }) => ({ id: w.draft(p.community, 'published') }) },
    list: { as: 'demo-resident', payload: () => ({}) },
    detail: { as: 'demo-resident', payload: () => ({ id: 'ntc-seed-heating' }) },
    unread: { as: 'demo-resident', payload: () => ({}) },
    managed: { as: 'demo-community', payload: () => ({}) },
    figures: { as: 'demo-community', payload: ({ p, w }) => ({ id: w.draft(p.community, 'published') }) },
    doorToDoor: {
      as: 'demo-community',
      payload: ({ p, w }) => ({ id: w.draft(p.community, 'published'), gridId: p.grid }),
    },
    informed: {
      as: 'demo-community',
      payload: ({ p, w }) => ({ id: w.draft(p.community, 'published'), buildingId: p.building, room: '1单元101' }),
    },
    scopes: { as: 'demo-community', payload: ({ p }) => ({ gridId: p.grid }) },
  },
  stats: {
    dashboard: { as: 'demo-community', payload: ({ p }) => ({ orgId: p.community }) },
    // the seed's month: counters exist for it (a period without data is STATS.PERIOD_OUT_OF_RANGE)
    export: { as: 'demo-community', payload: ({ p }) => ({ orgId: p.community, period: cstMonth(SEED_NOW) }) },
  },
  visits: {
    households: { as: 'demo-grid', payload: ({ p }) => ({ gridId: p.grid }) },
    household: { as: 'demo-grid', payload: (c) => ({ id: householdAt(c)._id }), beyond: visitScope(VISIT_ACTORS) },
    createHousehold: {
      as: 'demo-grid',
      payload: ({ p, w }) => ({ buildingId: p.building, room: w.fresh('新'), tags: ['空巢老人'] }),
      beyond: visitScope(HOUSEHOLD_KEEPERS),
    },
    due: { as: 'demo-grid', payload: () => ({ kind: 'pairing' }) },
    gridDue: { as: 'demo-community', payload: ({ p }) => ({ orgId: p.community, bucket: 'overdue' }) },
    start: { as: 'demo-grid', payload: (c) => ({ householdId: householdAt(c)._id }), beyond: visitScope(VISIT_ACTORS) },
    step: {
      as: 'demo-grid',
      payload: (c) => ({ visitId: visitAt(c)._id, step: 1, data: {}, requestId: c.w.fresh('rid-step-') }),
      beyond: visitScope(VISIT_ACTORS),
    },
    visit: { as: 'demo-grid', payload: (c) => ({ id: visitAt(c)._id }), beyond: visitScope(VISIT_ACTORS) },
    coverage: { as: 'demo-community', payload: ({ p }) => ({ orgId: p.community }) },
    pairings: { as: 'demo-community', payload: ({ p }) => ({ communityId: p.community }) },
    pair: {
      as: 'demo-community',
      payload: (c) => {
        const h = householdAt(c);
        return { householdId: h._id, visitorId: visitorFor(c, h), everyDays: 30 };
      },
      beyond: planScope,
    },
    unpair: {
      as: 'demo-community',
      payload: (c) => ({ pairingId: pairingAt(c)._id, reason: '住户已搬走' }),
      beyond: planScope,
    },
    keyRules: { as: 'demo-community', payload: ({ p }) => ({ communityId: p.community }) },
    saveKeyRule: {
      as: 'demo-community',
      payload: ({ p }) => ({ communityId: p.community, tag: '留守儿童', everyDays: 30 }),
    },
  },
};
