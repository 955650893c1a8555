/**
 * Users: the demo identities of the local sign-in page, a grid worker for every grid, community and
 * street staff, supervisors, a few dozen party members and ~300 residents with bound addresses.
 * `_id` is the WeChat OPENID; demo identities use readable `demo-…` ids.
 */
import {
  type HomeAddress,
  type Invitation,
  type RoleEvent,
  type OrgNode,
  type Role,
  ROLE_LABELS,
  type RoleGrant,
  type User,
  DAY,
  HOUR,
} from '@lx/types';
import { GIVEN_FEMALE, GIVEN_MALE, NICKNAMES, PHONE_PREFIXES, SURNAMES } from './data';
import type { OrgIndex } from './org';
import type { Rng } from './prng';

export const STREET_ID = 'street-jiuzhou';
export const DEMO_COMMUNITY_ID = 'comm-fenghuang';
export const DEMO_COMPOUND_ID = 'cpd-tianhejiacheng';
/** 凤凰城社区 天河嘉城 3号楼: the demo resident's home */
export const DEMO_BUILDING_ID = 'bld-tianhejiacheng-03';
/** the grid 天河嘉城 3号楼 is mapped to */
export const DEMO_GRID_ID = 'grid-fenghuang-01';
/** the other demo grid worker's grid */
export const DEMO_GRID_2_ID = 'grid-fenghuang-02';
export const DEMO_ROOM = '2单元501';

export interface DemoIdentity {
  openid: string;
  name: string;
  role: Role;
  roleLabel: string;
  /** the org node the role is scoped to, or the home address, as text */
  scope: string;
  /** what to try with this identity */
  note: string;
}

const FH = '凤凰城社区';
const STREET_NAME = '九州路街道办事处';

/** The local sign-in page's identities: every role, with what to try as each. */
export const DEMO_IDENTITIES: DemoIdentity[] = [
  {
    openid: 'demo-resident',
    name: '张阿姨',
    role: 'resident',
    roleLabel: ROLE_LABELS.resident,
    scope: `${FH} 天河嘉城 3号楼 ${DEMO_ROOM}`,
    note: '已绑定住址的居民：有不同状态的诉求（待签收、处理中、已上报社区、已办结待评价、已结案、不予受理），可提交新诉求、查看进度、评价',
  },
  {
    openid: 'demo-resident-new',
    name: '小刘',
    role: 'resident',
    roleLabel: ROLE_LABELS.resident,
    scope: '未绑定住址',
    note: '刚打开小程序的新居民：先绑定住址（社区 → 小区 → 楼栋），再提交诉求',
  },
  {
    openid: 'demo-grid',
    name: '王秀兰',
    role: 'gridWorker',
    roleLabel: ROLE_LABELS.gridWorker,
    scope: `${FH}第一网格`,
    note: '张阿姨所在楼栋的网格员：有待签收、处理中、超期的工单，可签收、处置、上报社区、代居民上报',
  },
  {
    openid: 'demo-grid-2',
    name: '李卫东',
    role: 'gridWorker',
    roleLabel: ROLE_LABELS.gridWorker,
    scope: `${FH}第二网格`,
    note: '另一个网格的网格员：只看得到本网格的工单',
  },
  {
    openid: 'demo-community',
    name: '陈丽娟',
    role: 'communityStaff',
    roleLabel: ROLE_LABELS.communityStaff,
    scope: FH,
    note: '社区工作人员：处理网格上报到社区的工单和未划网格楼栋的工单（分诊），可上报街道',
  },
  {
    openid: 'demo-street',
    name: '刘建国',
    role: 'streetStaff',
    roleLabel: ROLE_LABELS.streetStaff,
    scope: STREET_NAME,
    note: '街道工作人员：处理上报到街道的工单，派遣城管、市政等部门（吹哨报到），查看全街道统计',
  },
  {
    openid: 'demo-supervisor',
    name: '孟德明',
    role: 'supervisor',
    roleLabel: ROLE_LABELS.supervisor,
    scope: STREET_NAME,
    note: '街道督导员：查看超期工单和不予受理的工单，督办、核查办结结果',
  },
  {
    openid: 'demo-party',
    name: '赵红梅',
    role: 'partyMember',
    roleLabel: ROLE_LABELS.partyMember,
    scope: FH,
    note: '已到凤凰城社区报到的在职党员：认岗领责、报名活动、认领微心愿',
  },
  {
    openid: 'demo-party-new',
    name: '孙建国',
    role: 'resident',
    roleLabel: ROLE_LABELS.resident,
    scope: `${FH} 天河嘉城 3号楼 3单元602`,
    note: '刚搬来的在职党员，还没到社区报到：填写党员报到，社区审核通过后即可认岗、报名活动',
  },
  {
    openid: 'demo-admin',
    name: '周志强',
    role: 'admin',
    roleLabel: ROLE_LABELS.admin,
    scope: STREET_NAME,
    note: '管理员：组织架构、诉求类别与时限、节假日、邀请码与角色',
  },
];

export interface ResidentRef {
  id: string;
  name: string;
  phone?: string;
  buildingId: string;
  gridId: string;
  communityId: string;
}

export interface People {
  users: User[];
  demoIdentities: DemoIdentity[];
  /** grid id → its workers' ids, the main one first */
  workersByGrid: Map<string, string[]>;
  staffByCommunity: Map<string, string[]>;
  supervisorsByCommunity: Map<string, string[]>;
  streetStaff: string[];
  streetSupervisors: string[];
  residents: ResidentRef[];
  residentsByGrid: Map<string, ResidentRef[]>;
  residentsByCompound: Map<string, ResidentRef[]>;
  byId: Map<string, User>;
}

export function makeNames(rng: Rng) {
  const person = (sex?: 'f' | 'm'): { name: string; surname: string; female: boolean } => {
    const female = sex ? sex === 'f' : rng.chance(0.55);
    const surname = rng.pick(SURNAMES);
    return { name: surname + rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE), surname, female };
  };
  const phone = (prefix?: string): string => {
    let s = prefix ?? rng.pick(PHONE_PREFIXES);
    for (let i = 0; i < 8; i++) s += String(rng.int(0, 9));
    return s;
  };
  const nickname = (p: { name: string; surname: string; female: boolean }, elderly: boolean): string => {
    const r = rng.next();
    if (r < 0.22)
      return elderly ? `${p.surname}${p.female ? '阿姨' : '大爷'}` : `${p.female ? '小' : '老'}${p.surname}`;
    if (r < 0.42) return p.name;
    if (r < 0.52) return `${p.surname}${p.female ? '姐' : '哥'}`;
    return rng.pick(NICKNAMES);
  };
  return { person, phone, nickname };
}

export function buildPeople(
  rng: Rng,
  org: OrgIndex,
  now: number,
  opts: { residents: number; partyMembers: number },
): People {
  const names = makeNames(rng);
  const users: User[] = [];
  const orgCreated = org.street.createdAt;
  const path = (id: string): string[] => org.byId.get(id)!.path;
  const grant = (role: Exclude<Role, 'resident'>, orgId: string, at: number, by: string): RoleGrant => ({
    role,
    orgId,
    orgPath: path(orgId),
    grantedAt: at,
    grantedBy: by,
  });
  const staffTime = (): number => orgCreated + rng.int(1, 40) * DAY + rng.int(8 * 60, 17 * 60) * 60_000;
  const addressOf = (b: OrgNode, room: string | undefined, boundAt: number): HomeAddress => ({
    streetId: b.streetId,
    communityId: b.communityId!,
    compoundId: b.compoundId!,
    buildingId: b._id,
    gridId: b.gridId!,
    ...(room ? { room } : {}),
    text: `${b.fullName}${room ? ` ${room}` : ''}`,
    boundAt,
  });
  const roomFor = (): string => {
    const floors = rng.weighted([
      [6, 3],
      [11, 2],
      [18, 3],
    ] as const);
    return `${rng.int(1, 3)}单元${rng.int(1, floors)}0${rng.int(1, 2)}`;
  };
  const staff = (
    id: string,
    realName: string,
    phone: string,
    grants: RoleGrant[],
    createdAt: number,
    extra: Partial<User> = {},
  ): User => {
    const u: User = {
      _id: id,
      nickname: realName,
      realName,
      phone,
      roles: grants,
      addressHistory: [],
      createdAt,
      updatedAt: Math.max(createdAt, ...grants.map((g) => g.grantedAt)),
      ...extra,
    };
    users.push(u);
    return u;
  };
  const fh = org.byId.get(DEMO_COMMUNITY_ID)!;
  const demoBuilding = org.byId.get(DEMO_BUILDING_ID)!;
  if (demoBuilding.gridId !== DEMO_GRID_ID) throw new Error(`seed: ${DEMO_BUILDING_ID} is not in ${DEMO_GRID_ID}`);

  // --- admin and street level
  const adminAt = orgCreated;
  staff('demo-admin', '周志强', '13903920001', [grant('admin', STREET_ID, adminAt, 'system')], adminAt, {
    nickname: '街道管理员',
  });
  const streetStaff: string[] = ['demo-street'];
  const streetSupervisors: string[] = ['demo-supervisor'];
  let t = staffTime();
  staff('demo-street', '刘建国', '13903920002', [grant('streetStaff', STREET_ID, t, 'demo-admin')], t);
  t = staffTime();
  staff('demo-supervisor', '孟德明', '13903920003', [grant('supervisor', STREET_ID, t, 'demo-admin')], t);
  for (let i = 1; i <= 4; i++) {
    const id = `st-${pad(i)}`;
    const p = names.person();
    t = staffTime();
    staff(id, p.name, names.phone(), [grant('streetStaff', STREET_ID, t, 'demo-admin')], t);
    streetStaff.push(id);
  }
  for (let i = 1; i <= 2; i++) {
    const id = `sv-street-${pad(i)}`;
    const p = names.person();
    t = staffTime();
    staff(id, p.name, names.phone(), [grant('supervisor', STREET_ID, t, 'demo-admin')], t);
    streetSupervisors.push(id);
  }

  // --- communities: two staff and a supervisor each; 凤凰城社区's first staff is the demo one
  const staffByCommunity = new Map<string, string[]>();
  const supervisorsByCommunity = new Map<string, string[]>();
  const communityStaff = (c: OrgNode): void => {
    const slug = c._id.replace(/^comm-/, '');
    const ids: string[] = [];
    if (c._id === DEMO_COMMUNITY_ID) {
      t = staffTime();
      staff('demo-community', '陈丽娟', '13903920004', [grant('communityStaff', c._id, t, 'demo-admin')], t);
      ids.push('demo-community');
    }
    for (let i = 1; i <= 2; i++) {
      const id = `cs-${slug}-${i}`;
      const p = names.person(i === 1 ? 'f' : undefined);
      t = staffTime();
      staff(id, p.name, names.phone(), [grant('communityStaff', c._id, t, 'demo-admin')], t);
      ids.push(id);
    }
    staffByCommunity.set(c._id, ids);
    const sv = `sv-${slug}`;
    const p = names.person();
    t = staffTime();
    staff(sv, p.name, names.phone(), [grant('supervisor', c._id, t, 'demo-admin')], t);
    supervisorsByCommunity.set(c._id, [sv]);
  };
  for (const c of org.communities) communityStaff(c);

  // --- grids: a grid worker each (139…), the two demo workers in 凤凰城社区's first two grids
  const workersByGrid = new Map<string, string[]>();
  const gridWorkers = (g: OrgNode): void => {
    const ids: string[] = [];
    const by = staffByCommunity.get(g.communityId!)![0];
    if (g._id === DEMO_GRID_ID) {
      t = staffTime();
      staff('demo-grid', '王秀兰', '13903920005', [grant('gridWorker', g._id, t, by)], t);
      ids.push('demo-grid');
    }
    if (g._id === DEMO_GRID_2_ID) {
      t = staffTime();
      staff('demo-grid-2', '李卫东', '13903920006', [grant('gridWorker', g._id, t, by)], t);
      ids.push('demo-grid-2');
    }
    const id = `gw-${g._id}`;
    const p = names.person();
    t = staffTime();
    staff(id, p.name, names.phone('139'), [grant('gridWorker', g._id, t, by)], t);
    ids.push(id);
    workersByGrid.set(g._id, ids);
  };
  for (const g of org.grids) gridWorkers(g);

  // --- residents: at least three in every grid so every grid has reporters, the rest by households
  const mapped = org.buildings.filter((b) => b.gridId);
  const residents: ResidentRef[] = [];
  const residentsByGrid = new Map<string, ResidentRef[]>();
  const residentsByCompound = new Map<string, ResidentRef[]>();
  const addResident = (id: string, u: User, b: OrgNode): ResidentRef => {
    const ref: ResidentRef = {
      id,
      name: u.realName ?? u.nickname,
      ...(u.phone ? { phone: u.phone } : {}),
      buildingId: b._id,
      gridId: b.gridId!,
      communityId: b.communityId!,
    };
    residents.push(ref);
    const byGrid = residentsByGrid.get(b.gridId!) ?? [];
    byGrid.push(ref);
    residentsByGrid.set(b.gridId!, byGrid);
    const byCpd = residentsByCompound.get(b.compoundId!) ?? [];
    byCpd.push(ref);
    residentsByCompound.set(b.compoundId!, byCpd);
    return ref;
  };
  const residentStart = now - 380 * DAY;
  const residentEnd = now - 155 * DAY;
  const joinTime = (): number => rng.int(residentStart / 60_000, residentEnd / 60_000) * 60_000;

  // the demo resident first
  {
    const at = joinTime();
    const u: User = {
      _id: 'demo-resident',
      nickname: '张阿姨',
      phone: '13903920007',
      roles: [],
      address: addressOf(demoBuilding, DEMO_ROOM, at + 10 * 60_000),
      addressHistory: [],
      createdAt: at,
      updatedAt: at + 10 * 60_000,
    };
    users.push(u);
    addResident('demo-resident', u, demoBuilding);
  }
  {
    const at = now - 2 * HOUR;
    users.push({
      _id: 'demo-resident-new',
      nickname: '小刘',
      roles: [],
      addressHistory: [],
      createdAt: at,
      updatedAt: at,
    });
  }

  const homes: OrgNode[] = [];
  for (const g of org.grids) {
    const bs = org.buildingsByGrid.get(g._id)!;
    for (let i = 0; i < 3; i++) homes.push(bs[i % bs.length]);
  }
  const weights = mapped.map((b) => [b, b.households!] as const);
  while (homes.length < opts.residents) homes.push(rng.weighted(weights));
  homes.slice(0, opts.residents).forEach((b, i) => {
    const id = `res-${String(i + 1).padStart(5, '0')}`;
    const p = names.person();
    const elderly = rng.chance(0.35);
    const at = joinTime();
    const boundAt = at + rng.int(1, 120) * 60_000;
    const history: HomeAddress[] = [];
    if (rng.chance(0.05)) {
      const old = rng.pick(mapped);
      if (old._id !== b._id) history.push(addressOf(old, roomFor(), at + 60_000));
    }
    const u: User = {
      _id: id,
      nickname: names.nickname(p, elderly),
      ...(rng.chance(0.85) ? { phone: names.phone() } : {}),
      roles: [],
      address: addressOf(b, rng.chance(0.9) ? roomFor() : undefined, history.length ? boundAt + 30 * DAY : boundAt),
      addressHistory: history,
      createdAt: at,
      updatedAt: history.length ? boundAt + 30 * DAY : boundAt,
    };
    users.push(u);
    addResident(id, u, b);
  });

  // --- party members: the demo one in 凤凰城社区, then a few per community, living there
  const partyByCommunity = Math.max(1, Math.round(opts.partyMembers / org.communities.length));
  {
    const b = org.buildingsByCompound.get('cpd-fenghuangcheng')!.find((x) => x.gridId)!;
    const at = joinTime();
    const approvedAt = at + 2 * DAY;
    staff('demo-party', '赵红梅', '13903920008', [grant('partyMember', fh._id, approvedAt, 'demo-community')], at, {
      nickname: '红梅',
      address: addressOf(b, '1单元302', at + 3_600_000),
    });
  }
  let pm = 0;
  for (const c of org.communities) {
    const bs = org.buildingsByCommunity.get(c._id)!.filter((b) => b.gridId);
    const approver = staffByCommunity.get(c._id)![0];
    for (let i = 0; i < partyByCommunity; i++) {
      pm++;
      const id = `pm-${String(pm).padStart(3, '0')}`;
      const p = names.person();
      const at = joinTime();
      const approvedAt = at + rng.int(1, 5) * DAY;
      staff(id, p.name, names.phone(), [grant('partyMember', c._id, approvedAt, approver)], at, {
        nickname: names.nickname(p, rng.chance(0.5)),
        address: addressOf(rng.pick(bs), roomFor(), at + rng.int(1, 60) * 60_000),
      });
    }
  }

  // --- the in-service member who has just moved in and not reported yet (drawn last: no random draws,
  // so everyone above stays as they were)
  {
    const at = now - 20 * DAY;
    users.push({
      _id: 'demo-party-new',
      nickname: '孙建国',
      realName: '孙建国',
      phone: '13903920011',
      roles: [],
      address: addressOf(demoBuilding, '3单元602', at + 15 * 60_000),
      addressHistory: [],
      createdAt: at,
      updatedAt: at + 15 * 60_000,
    });
  }

  const byId = new Map(users.map((u) => [u._id, u]));

  // --- 连心卡 ("一格多员"): every grid's 网格长 (its worker), the community's 督导员, a 警务员 from the
  // local police station and a volunteer; drawn last so the people above stay as they were
  for (const g of org.grids) {
    const worker = byId.get(workersByGrid.get(g._id)![0])!;
    const sv = byId.get(supervisorsByCommunity.get(g.communityId!)![0])!;
    const police = names.person('m');
    const volunteer = names.person();
    g.responsible = [
      { duty: '网格长', name: worker.realName!, phone: worker.phone!, hours: '工作日 8:30-17:30', userId: worker._id },
      { duty: '督导员', name: sv.realName!, phone: sv.phone!, hours: '工作日 8:30-17:30', userId: sv._id },
      { duty: '警务员', name: police.name, phone: names.phone('139'), hours: '24 小时（紧急情况请拨 110）' },
      { duty: '志愿者', name: volunteer.name, phone: names.phone(), hours: '周末 9:00-11:30' },
    ];
    g.serviceHours = '工作日 8:30-12:00、14:30-17:30，周末轮值';
  }

  return {
    users,
    demoIdentities: DEMO_IDENTITIES,
    workersByGrid,
    staffByCommunity,
    supervisorsByCommunity,
    streetStaff,
    streetSupervisors,
    residents,
    residentsByGrid,
    residentsByCompound,
    byId,
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** One 'grant' role event per seeded grant: the history starts with the tree's set-up. */
export function buildRoleEvents(users: readonly User[]): RoleEvent[] {
  const out: RoleEvent[] = [];
  for (const u of users) {
    u.roles.forEach((g, i) => {
      out.push({
        _id: `re-${u._id}-${i}`,
        userId: u._id,
        action: 'grant',
        role: g.role,
        orgId: g.orgId,
        by: g.grantedBy,
        at: g.grantedAt,
      });
    });
  }
  return out;
}

/** Two invitations by the demo admin: one still open (try it as 新居民), one expired. */
export function buildInvitations(org: OrgIndex, now: number): Invitation[] {
  const grid = org.byId.get('grid-fenghuang-03')!;
  const base = { role: 'gridWorker' as const, orgId: grid._id, orgPath: grid.path, orgType: 'grid' as const };
  return [
    {
      _id: 'FHWG3K7P',
      ...base,
      orgName: grid.name,
      createdBy: 'demo-admin',
      createdAt: now - 2 * DAY,
      expiresAt: now + 5 * DAY,
    },
    {
      _id: 'FHWG3X9Q',
      ...base,
      orgName: grid.name,
      createdBy: 'demo-admin',
      createdAt: now - 40 * DAY,
      expiresAt: now - 33 * DAY,
    },
  ];
}
