/**
 * The places the matrix and the fuzz name: the demo seed's street office plus a second one
 * (street-x), so that even the street's own admin has an "other scope"; each identity's own place
 * (inside or above its grant, or its home) and the other one (the neighbouring grid, community or
 * the other street, as the grant's level says); and fresh targets (drafts, invitations, tickets
 * cloned into a state and a place) so that no row's success changes another row's outcome.
 */
import { handlerAt } from '@lx/types/ticket-transitions';
import { INVITE_ALPHABET, type Invitation, type Notice, type OrgNode, type RoleGrant, type Ticket } from '@lx/types';
import { SEED_NOW } from '@cloud/test-support/cloud';
import type { Cloud } from './harness';

export interface Place {
  street: string;
  community: string;
  grid: string;
  building: string;
  /** the node a grant sits at (own: the identity's first grant; other: the next one of its level) */
  node: string;
}
export type ScopeSide = 'own' | 'other';

/** The demo identities of the seed (emulator/seed/users.ts) and the two with no role at all. */
export const IDENTITIES = [
  'demo-admin',
  'demo-street',
  'demo-supervisor',
  'demo-community',
  'demo-party',
  'demo-grid',
  'demo-grid-2',
  'demo-resident',
  'demo-resident-new',
  /** a WeChat user never seen before (no user document) */
  'stranger-r5',
  /** no identity at all */
  '',
] as const;
export type Identity = (typeof IDENTITIES)[number];

const T0 = SEED_NOW - 400 * 86_400_000;
const X: Place = { street: 'street-x', community: 'comm-x', grid: 'grid-x-01', building: 'bld-x-01', node: 'street-x' };
const DEMO: Place = {
  street: 'street-jiuzhou',
  community: 'comm-fenghuang',
  grid: 'grid-fenghuang-01',
  building: 'bld-tianhejiacheng-03',
  node: 'grid-fenghuang-01',
};

export function installWorld(cloud: Cloud) {
  const store = cloud.emu.store;
  const node = (n: Partial<OrgNode> & Pick<OrgNode, '_id' | 'type' | 'name' | 'parentId' | 'path'>): OrgNode => ({
    streetId: 'street-x',
    order: 1,
    createdAt: T0,
    updatedAt: T0,
    ...n,
  });
  store.insertMany('org_nodes', [
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
    node({
      _id: 'cpd-x',
      type: 'compound',
      name: '外小区',
      parentId: 'comm-x',
      path: ['street-x', 'comm-x', 'cpd-x'],
      communityId: 'comm-x',
    }),
    node({
      _id: 'bld-x-01',
      type: 'building',
      name: '1号楼',
      parentId: 'cpd-x',
      path: ['street-x', 'comm-x', 'cpd-x', 'bld-x-01'],
      communityId: 'comm-x',
      gridId: 'grid-x-01',
    }),
  ]);
  const nodeAt = (id: string) => store.get('org_nodes', id) as unknown as OrgNode;
  const find = <T>(coll: string, q: Record<string, unknown>) => store.find(coll, q, { limit: 1 })[0] as T;
  const buildingIn = (gridId: string) => find<OrgNode>('org_nodes', { type: 'building', gridId })._id;
  const HEXIANG: Place = {
    street: 'street-x',
    community: 'comm-hexiang',
    grid: 'grid-hexiang-01',
    building: buildingIn('grid-hexiang-01'),
    node: 'comm-hexiang',
  };
  const GRID_2: Place = {
    street: 'street-x',
    community: 'comm-hexiang',
    grid: 'grid-fenghuang-02',
    building: buildingIn('grid-fenghuang-02'),
    node: 'grid-fenghuang-02',
  };

  /** own: where the identity's first grant (or home) is; other: the next place of the same level. */
  function placeOf(grants: readonly RoleGrant[], home: string | undefined, side: ScopeSide): Place {
    const level = grants[0]?.orgPath.length ?? 3;
    if (side === 'other') return level === 1 ? X : level === 2 ? HEXIANG : GRID_2;
    if (grants[0] && level === 3) {
      const g = grants[0].orgId;
      return { ...DEMO, community: grants[0].orgPath[1], grid: g, building: buildingIn(g), node: g };
    }
    if (!grants[0] && home) {
      const b = nodeAt(home);
      return { street: b.path[0], community: b.path[1], grid: b.gridId ?? DEMO.grid, building: home, node: home };
    }
    return { ...DEMO, node: grants[0]?.orgId ?? DEMO.node };
  }

  let seq = 0;
  const fresh = (p: string) => `${p}${(++seq).toString(36).padStart(4, '0')}`;

  /** A fresh user holding `role` at `orgId` (a revoke in one row cannot affect another). */
  function victim(role: RoleGrant['role'], orgId: string): string {
    const id = fresh('victim-');
    const at = nodeAt(orgId);
    store.insertMany('users', [
      {
        _id: id,
        nickname: '被撤销者',
        roles: [{ role, orgId, orgPath: at.path, grantedAt: T0, grantedBy: 'demo-admin' }],
        addressHistory: [],
        createdAt: T0,
        updatedAt: T0,
      },
    ]);
    return id;
  }
  const gridsOf = (communityId: string) =>
    store.find('org_nodes', { type: 'grid', communityId }, {}).map((g) => String(g._id));

  /** A draft notice at `orgId` (a community or the street), targeting it. */
  function draft(orgId: string, status: Notice['status'] = 'draft'): string {
    const base = find<Notice>('notices', { _id: 'ntc-seed-draft' });
    const o = nodeAt(orgId);
    const id = fresh('ntc-r5-');
    const community = o.type === 'community' ? [o._id] : [];
    store.insertMany('notices', [
      {
        ...base,
        _id: id,
        status,
        streetId: o.path[0],
        targets: [o._id],
        targetNames: [o.name],
        reachCommunities: community,
        reachGrids: o.type === 'community' ? gridsOf(o._id) : [],
        orgId: o._id,
        orgName: o.name,
        orgPath: o.path,
        authorId: 'demo-community',
        publishAt: status === 'published' ? SEED_NOW - 86_400_000 : base.publishAt,
      },
    ]);
    return id;
  }

  /** An open invitation for a grid worker at `gridId`. */
  function invitation(gridId: string): string {
    const n = ++seq;
    const code = `FUZZR${[n / 961, n / 31, n].map((x) => INVITE_ALPHABET[Math.floor(x) % 31]).join('')}`;
    const g = nodeAt(gridId);
    const inv: Invitation = {
      _id: code,
      role: 'gridWorker',
      orgId: gridId,
      orgPath: g.path,
      orgType: 'grid',
      orgName: g.name,
      createdBy: 'demo-admin',
      createdAt: SEED_NOW,
      expiresAt: SEED_NOW + 7 * 86_400_000,
    };
    store.insertMany('invitations', [inv as unknown as Record<string, unknown>]);
    return code;
  }

  /** A seeded ticket cloned into a state, a level and a place (its events are not needed here). */
  function ticket(
    at: Place,
    state: Pick<Ticket, 'status' | 'level'> & Partial<Ticket>,
    reporterId = 'demo-resident',
  ): Ticket {
    const base = find<Ticket>('tickets', { status: 'processing' });
    const b = nodeAt(at.building);
    const t: Ticket = {
      ...base,
      _id: fresh('r5t-'),
      no: fresh('R5-'),
      reporterId,
      anonymous: false,
      streetId: b.path[0],
      communityId: b.path[1],
      buildingId: b._id,
      gridId: b.gridId ?? null,
      orgPath: [b.path[0], b.path[1], ...(b.gridId ? [b.gridId] : [])],
      requiresAfterPhotos: false,
      requiresVerification: false,
      supporters: [],
      joinCount: 0,
      urgeCount: 0,
      overdue: false,
      dueAt: SEED_NOW + 86_400_000,
      version: 3,
      ...state,
    } as Ticket;
    t.handlerOrgId = state.handlerOrgId ?? handlerAt(t, t.level);
    store.insertMany('tickets', [t as unknown as Record<string, unknown>]);
    return t;
  }

  return { placeOf, draft, invitation, ticket, victim, nodeAt, fresh, DEMO, X };
}
export type World = ReturnType<typeof installWorld>;
