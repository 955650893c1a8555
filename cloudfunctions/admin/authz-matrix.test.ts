/**
 * The authorization matrix: every role × (a target inside its own scope, a target outside it) × every
 * org and admin action, and the supervisor's board (tickets.board names a community). Expected outcomes are written out by hand (not computed from canGrant), so a
 * change of rule shows up here as a failing row. Every refused call also leaves the database untouched.
 *
 * Scopes: a second street office (street-x → comm-x → grid-x-01) is added so that even the street's
 * own admin has an "other scope". For a community- or grid-scoped actor, "own" is a node inside or
 * above their node in their own street, "other" a node in a neighbouring community / grid.
 */
import { INVITE_ALPHABET, type OrgNode, type RoleGrant, type User } from '@lx/types';
import { SEED_NOW, expectOk, setupCloud } from '../test-support/cloud';
import { main as org } from '../org/index';
import { main as tickets } from '../tickets/index';
import { main } from './index';

const cloud = setupCloud({ tickets: 0 });
afterAll(() => cloud.cleanup());

const T0 = SEED_NOW - 400 * 86_400_000;
const node = (n: Partial<OrgNode> & Pick<OrgNode, '_id' | 'type' | 'name' | 'parentId' | 'path'>): OrgNode => ({
  streetId: 'street-x',
  order: 1,
  createdAt: T0,
  updatedAt: T0,
  ...n,
});
cloud.emu.store.insertMany('org_nodes', [
  node({ _id: 'street-x', type: 'street', name: '外街道', parentId: null, path: ['street-x'] }),
  node({
    _id: 'comm-x',
    type: 'community',
    name: '外社区',
    parentId: 'street-x',
    path: ['street-x', 'comm-x'],
    communityId: 'comm-x',
  }),
  node({
    _id: 'grid-x-01',
    type: 'grid',
    name: '外社区第一网格',
    parentId: 'comm-x',
    path: ['street-x', 'comm-x', 'grid-x-01'],
    communityId: 'comm-x',
    gridId: 'grid-x-01',
  }),
]);

type Actor = 'admin' | 'streetStaff' | 'supervisor' | 'communityStaff' | 'partyMember' | 'gridWorker' | 'resident';
const OPENID: Record<Actor, string> = {
  admin: 'demo-admin',
  streetStaff: 'demo-street',
  supervisor: 'demo-supervisor',
  communityStaff: 'demo-community',
  partyMember: 'demo-party',
  gridWorker: 'demo-grid',
  resident: 'demo-resident',
};
type Scope = 'own' | 'other';
interface Targets {
  street: string;
  community: string;
  grid: string;
}
const STREET_SCOPED: Record<Scope, Targets> = {
  own: { street: 'street-jiuzhou', community: 'comm-fenghuang', grid: 'grid-fenghuang-01' },
  other: { street: 'street-x', community: 'comm-x', grid: 'grid-x-01' },
};
const COMMUNITY_SCOPED: Record<Scope, Targets> = {
  own: { street: 'street-jiuzhou', community: 'comm-fenghuang', grid: 'grid-fenghuang-01' },
  other: { street: 'street-x', community: 'comm-hexiang', grid: 'grid-hexiang-01' },
};
const GRID_SCOPED: Record<Scope, Targets> = {
  own: { street: 'street-jiuzhou', community: 'comm-fenghuang', grid: 'grid-fenghuang-01' },
  other: { street: 'street-x', community: 'comm-hexiang', grid: 'grid-fenghuang-02' },
};
const TARGETS: Record<Actor, Record<Scope, Targets>> = {
  admin: STREET_SCOPED,
  streetStaff: STREET_SCOPED,
  supervisor: STREET_SCOPED,
  communityStaff: COMMUNITY_SCOPED,
  partyMember: COMMUNITY_SCOPED,
  gridWorker: GRID_SCOPED,
  resident: GRID_SCOPED,
};

const nodeAt = (id: string) => cloud.emu.store.get('org_nodes', id) as OrgNode;
let seq = 0;
/** A fresh user holding `role` at `orgId`, so a successful revoke in one row cannot affect another. */
function victim(role: RoleGrant['role'], orgId: string): string {
  const id = `victim-${++seq}`;
  const u: User = {
    _id: id,
    nickname: `被撤销者${seq}`,
    roles: [{ role, orgId, orgPath: nodeAt(orgId).path, grantedAt: T0, grantedBy: 'demo-admin' }],
    addressHistory: [],
    createdAt: T0,
    updatedAt: T0,
  };
  cloud.emu.store.insertMany('users', [u]);
  return id;
}
/** An open invitation for a grid worker at `gridId`, created by the admin. */
function openInvitation(gridId: string): string {
  const n = ++seq;
  const code = `MATRX${[n / 961, n / 31, n].map((x) => INVITE_ALPHABET[Math.floor(x) % 31]).join('')}`;
  const g = nodeAt(gridId);
  cloud.emu.store.insertMany('invitations', [
    {
      _id: code,
      role: 'gridWorker',
      orgId: gridId,
      orgPath: g.path,
      orgType: 'grid',
      orgName: g.name,
      createdBy: 'demo-admin',
      createdAt: SEED_NOW,
      expiresAt: SEED_NOW + 7 * 86_400_000,
    },
  ]);
  return code;
}

/** 'ok' = succeeded; 'row' = importOrg answered but rejected the row (out of scope); else the refusal code. */
type Outcome = 'ok' | 'row' | 'AUTH.FORBIDDEN' | 'AUTH.OUT_OF_SCOPE' | 'ROLE.NOT_GRANTABLE';
type Row = Record<Actor, readonly [own: Outcome, other: Outcome]>;
const F = 'AUTH.FORBIDDEN' as const;
const O = 'AUTH.OUT_OF_SCOPE' as const;
const N = 'ROLE.NOT_GRANTABLE' as const;
const NOBODY_ELSE = { supervisor: [F, F], partyMember: [F, F], gridWorker: [F, F], resident: [F, F] } as const;

interface ActionCase {
  name: string;
  /** the function (default admin) */
  fn?: 'tickets';
  action: string;
  payload: (t: Targets) => Record<string, unknown>;
  expect: Row;
}

const CASES: ActionCase[] = [
  {
    name: 'invite a grid worker at a grid',
    action: 'invite',
    payload: (t) => ({ role: 'gridWorker', orgId: t.grid }),
    expect: { admin: ['ok', O], streetStaff: ['ok', O], communityStaff: ['ok', O], ...NOBODY_ELSE },
  },
  {
    name: 'invite community staff at a community',
    action: 'invite',
    payload: (t) => ({ role: 'communityStaff', orgId: t.community }),
    expect: { admin: ['ok', O], streetStaff: ['ok', O], communityStaff: [N, O], ...NOBODY_ELSE },
  },
  {
    name: 'invite a community supervisor',
    action: 'invite',
    payload: (t) => ({ role: 'supervisor', orgId: t.community }),
    expect: { admin: ['ok', O], streetStaff: ['ok', O], communityStaff: [N, O], ...NOBODY_ELSE },
  },
  {
    name: 'invite a party member at a community',
    action: 'invite',
    payload: (t) => ({ role: 'partyMember', orgId: t.community }),
    expect: { admin: ['ok', O], streetStaff: ['ok', O], communityStaff: ['ok', O], ...NOBODY_ELSE },
  },
  {
    name: 'invite street staff at the street',
    action: 'invite',
    payload: (t) => ({ role: 'streetStaff', orgId: t.street }),
    expect: { admin: ['ok', O], streetStaff: [N, O], communityStaff: [O, O], ...NOBODY_ELSE },
  },
  {
    name: 'invite an admin at the street',
    action: 'invite',
    payload: (t) => ({ role: 'admin', orgId: t.street }),
    expect: { admin: ['ok', O], streetStaff: [N, O], communityStaff: [O, O], ...NOBODY_ELSE },
  },
  {
    name: 'revoke a grid worker’s role',
    action: 'revokeRole',
    payload: (t) => ({ userId: victim('gridWorker', t.grid), role: 'gridWorker', orgId: t.grid }),
    expect: { admin: ['ok', O], streetStaff: ['ok', O], communityStaff: ['ok', O], ...NOBODY_ELSE },
  },
  {
    name: 'revoke a community staff member’s role',
    action: 'revokeRole',
    payload: (t) => ({ userId: victim('communityStaff', t.community), role: 'communityStaff', orgId: t.community }),
    expect: { admin: ['ok', O], streetStaff: ['ok', O], communityStaff: [N, O], ...NOBODY_ELSE },
  },
  {
    name: 'void an open invitation',
    action: 'revokeInvitation',
    payload: (t) => ({ code: openInvitation(t.grid) }),
    expect: { admin: ['ok', O], streetStaff: ['ok', O], communityStaff: ['ok', O], ...NOBODY_ELSE },
  },
  {
    name: 'list a grid’s staff',
    action: 'staff',
    payload: (t) => ({ orgId: t.grid }),
    expect: { admin: ['ok', O], streetStaff: ['ok', O], communityStaff: ['ok', O], ...NOBODY_ELSE },
  },
  {
    name: 'create a compound in a community',
    action: 'saveNode',
    payload: (t) => ({ type: 'compound', parentId: t.community, name: `矩阵小区${++seq}` }),
    expect: { admin: ['ok', O], streetStaff: ['ok', O], communityStaff: [F, F], ...NOBODY_ELSE },
  },
  {
    name: 'rename a grid',
    action: 'saveNode',
    payload: (t) => ({
      id: t.grid,
      type: 'grid',
      parentId: nodeAt(t.grid).parentId,
      name: `${nodeAt(t.grid).name.replace(/（.*）$/, '')}（${++seq}）`,
    }),
    expect: { admin: ['ok', O], streetStaff: ['ok', O], communityStaff: [F, F], ...NOBODY_ELSE },
  },
  {
    name: 'read a grid’s details for editing',
    action: 'node',
    payload: (t) => ({ id: t.grid }),
    expect: { admin: ['ok', O], streetStaff: ['ok', O], communityStaff: [F, F], ...NOBODY_ELSE },
  },
  {
    name: 'import a grid row into a community',
    action: 'importOrg',
    payload: (t) => ({
      format: 'csv',
      content: `类型,社区,名称,户数\n网格,${nodeAt(t.community).name},矩阵网格${++seq},300\n`,
    }),
    expect: { admin: ['ok', 'row'], streetStaff: ['ok', 'row'], communityStaff: [F, F], ...NOBODY_ELSE },
  },
  {
    name: 'browse the org tree for administration',
    action: 'tree',
    payload: (t) => ({ parentId: t.community }),
    // inside one's grants only (community staff: not the neighbouring community); editing: canEdit below
    expect: { admin: ['ok', O], streetStaff: ['ok', O], communityStaff: ['ok', O], ...NOBODY_ELSE },
  },
  {
    name: 'the supervisor’s board of one community',
    fn: 'tickets',
    action: 'board',
    payload: (t) => ({ orgId: t.community }),
    expect: {
      admin: [F, F],
      streetStaff: [F, F],
      communityStaff: [F, F],
      supervisor: ['ok', O],
      partyMember: [F, F],
      gridWorker: [F, F],
      resident: [F, F],
    },
  },
  {
    name: 'change a category’s time limits (deployment-wide: no scope)',
    action: 'saveCategory',
    payload: () => ({ id: 'cat-garbage', responseHours: 2 }),
    expect: { admin: ['ok', 'ok'], streetStaff: [F, F], communityStaff: [F, F], ...NOBODY_ELSE },
  },
  {
    name: 'edit the holiday calendar (deployment-wide: no scope)',
    action: 'saveHolidays',
    payload: () => ({ holidays: ['2026-10-01'], workdays: ['2026-10-10'] }),
    expect: { admin: ['ok', 'ok'], streetStaff: [F, F], communityStaff: [F, F], ...NOBODY_ELSE },
  },
];

const ACTORS = Object.keys(OPENID) as Actor[];
const rows = CASES.flatMap((c) =>
  ACTORS.flatMap((actor) =>
    (['own', 'other'] as const).map((scope) => ({ c, actor, scope, want: c.expect[actor][scope === 'own' ? 0 : 1] })),
  ),
);

test('the matrix’s open invitations are open on the test clock: one redeems', async () => {
  // voiding an expired code also succeeds, so "void an open invitation" would prove nothing if the
  // codes had run out in real time (they did, a week after SEED_NOW, before the fake clock)
  const code = openInvitation(TARGETS.admin.own.grid);
  expect(await cloud.call(org, 'org', 'redeem', { code }, 'wx-matrix-newcomer')).toMatchObject({ ok: true });
});

test('the category used by the matrix exists in the seed', () => {
  expect(cloud.emu.store.get('categories', 'cat-garbage')).toBeTruthy();
});

test.each(rows.map((r) => [r.c.name, r.actor, r.scope, r.want, r] as const))(
  '%s — %s, %s scope → %s',
  async (_name, actor, scope, want, r) => {
    const payload = r.c.payload(TARGETS[actor][scope]);
    const before = cloud.snapshot();
    const fn = r.c.fn === 'tickets' ? tickets : main;
    const res = (await cloud.call(fn, 'admin', r.c.action as 'invite', payload, OPENID[actor])) as {
      ok: boolean;
      code?: string;
      data?: { rejected?: number; created?: number; rows?: { message: string }[] };
    };
    if (want === 'ok') {
      expect(res).toMatchObject({ ok: true });
      if (r.c.action === 'importOrg') expect(res.data).toMatchObject({ created: 1, rejected: 0 });
    } else if (want === 'row') {
      expect(res).toMatchObject({ ok: true, data: { created: 0, rejected: 1 } });
      expect(res.data!.rows![0].message).toMatch(/不在您的管理范围内/);
      expect(cloud.snapshot()).toEqual(before);
    } else {
      expect(res).toMatchObject({ ok: false, code: want });
      expect(cloud.snapshot()).toEqual(before);
    }
  },
);

test('the tree tells street staff they may edit their street, community staff that they may not', async () => {
  const own = expectOk(await cloud.call(main, 'admin', 'tree', { parentId: 'comm-fenghuang' }, 'demo-street'));
  const community = expectOk(await cloud.call(main, 'admin', 'tree', { parentId: 'comm-fenghuang' }, 'demo-community'));
  expect([own.canEdit, community.canEdit]).toEqual([true, false]);
});

test('under the street, community staff see their own community and street staff every one', async () => {
  const communityView = expectOk(await cloud.call(main, 'admin', 'tree', {}, 'demo-community'));
  const streetView = expectOk(await cloud.call(main, 'admin', 'tree', {}, 'demo-street'));
  expect(communityView.parent?.id).toBe('street-jiuzhou');
  expect(communityView.children.map((c) => c.id)).toEqual(['comm-fenghuang']);
  expect(streetView.children.map((c) => c.id)).toContain('comm-hexiang');
  expect(streetView.children.length).toBe(8);
});

test.each([
  ['invite', { role: 'gridWorker', orgId: 'no-such-node' }],
  ['revokeRole', { userId: 'demo-grid', role: 'gridWorker', orgId: 'no-such-node' }],
  ['revokeInvitation', { code: 'ZZZZZZZZ' }],
  ['staff', { orgId: 'no-such-node' }],
  ['node', { id: 'no-such-node' }],
  ['saveNode', { type: 'compound', parentId: 'no-such-node', name: '不存在' }],
] as const)(
  'without the roles, %s refuses before looking at the target: a missing one is AUTH.FORBIDDEN too',
  async (action, payload) => {
    for (const who of [OPENID.resident, OPENID.gridWorker, OPENID.partyMember]) {
      const res = await cloud.call(main, 'admin', action as 'invite', payload, who);
      expect(res).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
    }
  },
);
