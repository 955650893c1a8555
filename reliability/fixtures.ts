/**
 * One valid payload per action of every function, for a caller's own scope or the other one (the
 * matrix runs both; the fuzz mutates the own one), built from seeded ids and fresh targets so that no
 * row's success changes another's. `as` is who the fuzz calls the action as (an identity the
 * declaration lets in, so that mutated payloads reach the handler). `beyond` is a refusal the handler
 * adds after the declaration let the call through, declared here with its reason.
 */
import {
  type Activity,
  cstMonth,
  type Household,
  HOUSEHOLD_KEEPERS,
  type Pairing,
  PLAN_KEEPERS,
  householdPath,
  type RoleGrant,
  STAFF_ROLES,
  type Signup,
  signupId,
  type Ticket,
  newPairing,
  newVisit,
  type Visit,
  VISIT_ACTORS,
  type Wish,
} from '@lx/types';
import { approved, claimId, newRegistration, POST_AGREEMENT, type Registration, registrationId } from '@lx/types';
import { scopeRefusal } from '@cloud/visits/scope';
import { SEED_NOW } from '@cloud/test-support/clock';
import { DETAILS as PARTY_DETAILS } from '@cloud/test-support/party-members';
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
/**
 * org.deleteAccount really deletes whoever calls it (the matrix calls it as every identity, and puts
 * back only their user documents): each call first puts back what the calls before it removed or
 * detached, as it was at the first call, so no later row finds a demo identity's documents gone.
 */
const DELETION_REACHES = [
  'users',
  'tickets',
  'ticket_events',
  'households',
  'party_registrations',
  'party_signups',
  'party_post_claims',
  'party_point_totals',
  'party_points',
  'party_wishes',
  'notice_reads',
] as const;
let beforeDeletions: [string, Record<string, unknown>[]][] | null = null;
function undoDeletions(cloud: Cloud) {
  const store = cloud.emu.store;
  if (!beforeDeletions) {
    beforeDeletions = DELETION_REACHES.map((c) => [c, store.all(c) as Record<string, unknown>[]]);
    return;
  }
  for (const [c, docs] of beforeDeletions)
    if (docs.length)
      store.write(
        c,
        docs.map((doc) => ({ kind: 'put', doc })),
      );
}
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
  const p = newPairing(h, {
    id: c.w.fresh('r5p-'),
    visitorId: visitorFor(c, h),
    visitorRole: 'partyMember',
    everyDays: 30,
    since: SEED_NOW,
    by: 'demo-community',
    now: SEED_NOW,
  });
  c.cloud.emu.store.insertMany('visit_plans', [p as unknown as Record<string, unknown>]);
  return p;
};

// ---- party service half (P2): a fresh activity or wish at the side's community for every row, the
// caller's own sign-up or wish where the action is about theirs
const partyPlace = { name: '社区广场', point: { lng: 114.2869, lat: 35.747 }, radiusM: 200 };
const partyActivity = (c: FixtureCtx, signup?: Partial<Signup>): Activity => {
  const community = c.w.nodeAt(c.p.community);
  const a: Activity = {
    _id: c.w.fresh('act-'),
    communityId: community._id,
    streetId: community.streetId,
    orgPath: community.path,
    title: '矩阵志愿活动',
    category: '志愿服务',
    // open for check-in now (the suite's clock stands at the seed's instant)
    startAt: SEED_NOW - 3_600_000,
    endAt: SEED_NOW + 3_600_000,
    place: partyPlace,
    capacity: 10,
    hours: 2,
    signedUp: signup ? 1 : 0,
    status: 'open',
    createdBy: 'demo-community',
    createdAt: SEED_NOW - 86_400_000,
    updatedAt: SEED_NOW - 86_400_000,
    codeKey: 'ab'.repeat(32),
  };
  c.cloud.emu.store.insertMany('party_activities', [a as unknown as Record<string, unknown>]);
  if (signup) {
    const userId = signup.userId ?? c.who;
    const s: Signup = {
      _id: signupId(a._id, userId),
      activityId: a._id,
      communityId: a.communityId,
      userId,
      name: '矩阵党员',
      status: 'signedUp',
      signedUpAt: a.createdAt,
      startAt: a.startAt,
      wrongCodes: 0,
      ...signup,
    };
    c.cloud.emu.store.insertMany('party_signups', [s as unknown as Record<string, unknown>]);
  }
  return a;
};
const onActivity =
  (signup?: Partial<Signup>, extra: Record<string, unknown> = {}) =>
  (c: FixtureCtx) => ({
    communityId: c.p.community,
    activityId: partyActivity(c, signup)._id,
    ...extra,
  });
const partyWish = (c: FixtureCtx, w: Partial<Wish>): Wish => {
  const community = c.w.nodeAt(c.p.community);
  const wish: Wish = {
    _id: c.w.fresh('wish-'),
    communityId: community._id,
    streetId: community.streetId,
    orgPath: community.path,
    residentId: c.who,
    title: '矩阵微心愿',
    detail: '想请人帮忙修一下门口的灯',
    status: 'posted',
    createdAt: SEED_NOW - 86_400_000,
    updatedAt: SEED_NOW - 86_400_000,
    history: [],
    ...w,
  };
  c.cloud.emu.store.insertMany('party_wishes', [wish as unknown as Record<string, unknown>]);
  return wish;
};
const onWish =
  (w: Partial<Wish>, extra: Record<string, unknown> = {}) =>
  (c: FixtureCtx) => ({
    communityId: c.p.community,
    wishId: partyWish(c, w)._id,
    ...extra,
  });
/** a wish goes to the resident's home community: a caller with no home is told to bind one */
const homeNeeded = (c: FixtureCtx, declared: string) => {
  const u = c.cloud.emu.store.get('users', c.who) as { address?: unknown } | null;
  return declared === 'ok' && !u?.address ? 'USER.ADDRESS_REQUIRED' : declared;
};
// end party service half helpers

// ---- party members half (P1): registrations, posts and claims put in the store for the row, so a
// member's action finds its own approved 报到 (the seed's demo-party holds the grant without one)
/** a registration of `userId` at the side's community, put in the store (a user document too, if none) */
function partyReg(c: FixtureCtx, userId: string, status: Registration['status'], posts: string[] = []): Registration {
  const n = c.w.nodeAt(c.p.community);
  const store = c.cloud.emu.store;
  if (!store.get('users', userId))
    store.insertMany('users', [
      { _id: userId, nickname: '党员', roles: [], addressHistory: [], createdAt: 0, updatedAt: 0 },
    ]);
  const pending = newRegistration(n, userId, PARTY_DETAILS, SEED_NOW);
  const reg: Registration = {
    ...(status === 'approved' ? approved(pending, 'demo-community', SEED_NOW) : pending),
    posts,
  };
  store.write('party_registrations', [{ kind: 'put', doc: reg as unknown as Record<string, unknown> }]);
  return reg;
}
/** a fresh post at the side's community (`members` hold it) */
function partyPost(c: FixtureCtx, members: string[] = []): string {
  const n = c.w.nodeAt(c.p.community);
  const id = c.w.fresh('post-');
  const store = c.cloud.emu.store;
  store.insertMany('party_posts', [
    {
      _id: id,
      communityId: n._id,
      orgPath: n.path,
      category: '环境整治',
      title: '楼道清洁岗',
      description: '每周清理楼道杂物',
      capacity: 5,
      claimed: members.length,
      active: true,
      createdAt: SEED_NOW,
      updatedAt: SEED_NOW,
    },
  ]);
  for (const u of members)
    store.insertMany('party_post_claims', [
      {
        _id: claimId(id, u),
        postId: id,
        communityId: n._id,
        userId: u,
        status: 'active',
        agreement: POST_AGREEMENT,
        signedAt: SEED_NOW,
      },
    ]);
  return id;
}
const partyMember = (c: FixtureCtx) => {
  const id = c.w.fresh('member-');
  partyReg(c, id, 'approved');
  return id;
};
/** the caller's own approved 报到 at the side's community, then the payload */
const ownReg =
  (payload: (c: FixtureCtx) => Record<string, unknown>) =>
  (c: FixtureCtx): Record<string, unknown> => {
    partyReg(c, c.who, 'approved');
    return payload(c);
  };
const PARTY_MEMBER_FIXTURES: Record<string, Fixture> = {
  register: {
    as: 'demo-resident',
    payload: (c) => {
      c.cloud.emu.store.write('party_registrations', [{ kind: 'delete', id: registrationId(c.p.community, c.who) }]);
      return { communityId: c.p.community, ...PARTY_DETAILS };
    },
  },
  myRegistrations: { as: 'demo-party', payload: () => ({}) },
  registrations: { as: 'demo-community', payload: ({ p }) => ({ communityId: p.community, status: 'pending' }) },
  review: {
    as: 'demo-community',
    payload: (c) => {
      const id = c.w.fresh('applicant-');
      partyReg(c, id, 'pending');
      return { communityId: c.p.community, userId: id, decision: 'approve' };
    },
  },
  rereport: { as: 'demo-party', payload: ownReg(({ p }) => ({ communityId: p.community, ...PARTY_DETAILS })) },
  withdraw: { as: 'demo-party', payload: ownReg(({ p }) => ({ communityId: p.community, reason: '工作调动' })) },
  dismiss: {
    as: 'demo-community',
    payload: (c) => ({ communityId: c.p.community, userId: partyMember(c), reason: '长期不参加组织生活' }),
  },
  posts: { as: 'demo-party', payload: ({ p }) => ({ communityId: p.community }) },
  savePost: {
    as: 'demo-community',
    payload: ({ p }) => ({
      communityId: p.community,
      category: '治安巡逻',
      title: '夜间巡逻岗',
      description: '每周两晚在小区内巡逻',
      capacity: 10,
    }),
  },
  claimPost: {
    as: 'demo-party',
    payload: ownReg((c) => ({ communityId: c.p.community, postId: partyPost(c), signed: true })),
  },
  leavePost: {
    as: 'demo-party',
    payload: (c) => {
      const postId = partyPost(c, [c.who]);
      partyReg(c, c.who, 'approved', [postId]);
      return { communityId: c.p.community, postId };
    },
  },
  postMembers: { as: 'demo-community', payload: (c) => ({ communityId: c.p.community, postId: partyPost(c) }) },
  cards: { as: 'demo-community', payload: ({ p }) => ({ communityId: p.community }) },
  memberRecord: { as: 'demo-community', payload: (c) => ({ communityId: c.p.community, userId: partyMember(c) }) },
  // one's own report: the caller's own 报到 at the community
  quarterReport: { as: 'demo-party', payload: ownReg(({ p }) => ({ communityId: p.community, quarter: '2026-Q4' })) },
  exportQuarterReport: {
    as: 'demo-party',
    payload: ownReg(({ p }) => ({ communityId: p.community, quarter: '2026-Q4' })),
  },
};
// end party members half helpers

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
    // privacy (issue 16)
    myData: { as: 'demo-resident', payload: () => ({}) },
    exportMyData: { as: 'demo-resident', payload: ({ w }) => ({ requestId: w.fresh('rid-mydata-') }) },
    deleteAccount: {
      as: 'demo-resident-new',
      payload: ({ cloud, w }) => {
        undoDeletions(cloud);
        return { confirm: true, requestId: w.fresh('rid-delete-') };
      },
      // staff hand their duties back first (org/actions/deleteAccount.ts)
      beyond: ({ cloud, who }, declared) => {
        const u = cloud.emu.store.get('users', who) as { roles?: RoleGrant[] } | null;
        const staff = u?.roles?.some((g) => (STAFF_ROLES as readonly string[]).includes(g.role));
        return declared === 'ok' && staff ? 'ACCOUNT.STAFF_ROLES' : declared;
      },
    },
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
    handled: { as: 'demo-grid', payload: () => ({}) },
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
    urge: {
      as: 'demo-resident',
      payload: onTicket(
        { status: 'processing', level: 'grid', dueAt: 1, overdue: true },
        { note: '路灯坏了一周了，请尽快修' },
      ),
    },
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
    reach: { as: 'demo-community', payload: ({ p }) => ({ targets: [p.community] }), beyond: targetsChecked },
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
  party: {
    // ---- party members half (P1)
    ...PARTY_MEMBER_FIXTURES,
    // ---- party service half (P2)
    createActivity: {
      as: 'demo-community',
      payload: ({ p }) => ({
        communityId: p.community,
        title: '矩阵志愿活动',
        category: '环境整治',
        startAt: SEED_NOW + 3_600_000,
        endAt: SEED_NOW + 3 * 3_600_000,
        place: partyPlace,
        capacity: 20,
        hours: 2,
      }),
    },
    activities: { as: 'demo-party', payload: ({ p }) => ({ communityId: p.community }) },
    activity: { as: 'demo-party', payload: onActivity() },
    signUp: { as: 'demo-party', payload: onActivity() },
    cancelSignUp: { as: 'demo-party', payload: onActivity({}) },
    roster: { as: 'demo-community', payload: onActivity({ userId: 'demo-party' }) },
    checkInCode: { as: 'demo-community', payload: onActivity() },
    checkIn: { as: 'demo-party', payload: onActivity({}, { method: 'location', point: partyPlace.point }) },
    checkOut: { as: 'demo-party', payload: onActivity({ checkIn: { at: SEED_NOW - 1_800_000, method: 'location' } }) },
    confirmHours: {
      as: 'demo-community',
      payload: onActivity({ userId: 'demo-party' }, { userId: 'demo-party', hours: 1 }),
    },
    postWish: {
      as: 'demo-resident',
      payload: () => ({ title: '门口的灯坏了', detail: '家里老人腿脚不便，门口的灯坏了一周' }),
      beyond: homeNeeded,
    },
    editWish: {
      as: 'demo-resident',
      payload: (c) => ({ wishId: partyWish(c, {})._id, title: '门口的灯坏了', detail: '门口的灯坏了一周多了' }),
    },
    myWishes: { as: 'demo-resident', payload: () => ({}) },
    wishes: { as: 'demo-community', payload: ({ p }) => ({ communityId: p.community }) },
    wish: { as: 'demo-resident', payload: (c) => ({ wishId: partyWish(c, {})._id }) },
    reviewWish: { as: 'demo-community', payload: onWish({ residentId: 'demo-resident' }, { decision: 'approve' }) },
    claimWish: { as: 'demo-party', payload: onWish({ residentId: 'demo-resident', status: 'approved' }) },
    completeWish: {
      as: 'demo-party',
      payload: (c) =>
        onWish({ residentId: 'demo-resident', status: 'claimed', claimerId: c.who }, { note: '已换好灯泡' })(c),
    },
    confirmWish: {
      as: 'demo-resident',
      payload: (c) => ({
        wishId: partyWish(c, { status: 'completed', claimerId: 'demo-party', completion: { photos: [], at: SEED_NOW } })
          ._id,
      }),
    },
    leaderboard: { as: 'demo-party', payload: ({ p }) => ({ communityId: p.community }) },
    myPoints: { as: 'demo-party', payload: ({ p }) => ({ communityId: p.community }) },
    correctPoints: {
      as: 'demo-community',
      payload: ({ p }) => ({ communityId: p.community, userId: 'demo-party', points: 1, reason: '补记一次服务' }),
    },
    // end party service half
  },
};
