/**
 * Demo notices of 九州路街道: street-wide, community, grid, a pinned one, an urgent one, a scheduled
 * one, a withdrawn one, a draft and an expired one, with reads, deliveries and one in-person visit.
 * Deterministic: who has read what follows from the sorted resident ids, no randomness.
 *
 * The demo resident (天河嘉城 3号楼, grid-fenghuang-01) has read the street-wide ones and not the
 * community, grid and urgent ones: the tab shows a badge of 3 and the home page's bar scrolls.
 */
import {
  COLLECTIONS,
  covers,
  DAY,
  emptyCounts,
  HOUR,
  NEVER,
  noticeRank,
  type Notice,
  type NoticeBlock,
  type NoticeCategory,
  type NoticeCounts,
  type NoticeDelivery,
  type NoticeRead,
  type NoticeVisit,
  type OrgNode,
  type User,
} from '@lx/types';
import type { OrgIndex } from './org';
import { deriveSeed } from './prng';
import { DEMO_BUILDING_ID, DEMO_COMMUNITY_ID, DEMO_GRID_ID, STREET_ID, type People } from './users';

interface Def {
  id: string;
  title: string;
  body: string[];
  category: NoticeCategory;
  targets: string[];
  author: 'demo-street' | 'demo-community';
  pinned?: boolean;
  /** relative to now */
  publishIn: number;
  expiresIn?: number;
  status?: Notice['status'];
  /** every n-th resident in scope has read it (0: nobody) */
  readEvery: number;
  /** the demo resident has read it */
  demoRead?: boolean;
}

const DEFS: Def[] = [
  {
    id: 'ntc-seed-heating',
    title: '九州路街道2026年冬季供暖服务热线',
    body: [
      '今年冬季供暖自11月15日起至次年3月15日止。',
      '如遇室温不达标、管道漏水等问题，请拨打供暖服务热线 0392-3301234（24小时），或通过“连心网格”反映问题。',
    ],
    category: 'policy',
    targets: [STREET_ID],
    author: 'demo-street',
    pinned: true,
    publishIn: -10 * DAY,
    readEvery: 2,
    demoRead: true,
  },
  {
    id: 'ntc-seed-fire',
    title: '关于开展冬季消防安全检查的通知',
    body: [
      '为切实做好冬季消防安全工作，街道将于本月下旬对辖区各小区开展消防安全检查。',
      '请居民清理楼道杂物，不在楼道内停放电动车、不私拉电线充电。检查期间请配合网格员入户查看。',
    ],
    category: 'notice',
    targets: [STREET_ID],
    author: 'demo-street',
    publishIn: -3 * DAY,
    readEvery: 3,
    demoRead: true,
  },
  {
    id: 'ntc-seed-chongyang',
    title: '凤凰城社区敬老文艺汇演邀请',
    body: ['本周六上午9点在社区党群服务中心举办敬老文艺汇演，欢迎居民朋友们参加。', '现场有免费测血压、义诊服务。'],
    category: 'activity',
    targets: [DEMO_COMMUNITY_ID],
    author: 'demo-community',
    publishIn: -2 * DAY,
    readEvery: 4,
  },
  {
    id: 'ntc-seed-water',
    title: '天河嘉城3号楼临时停水提醒',
    body: ['因二次供水设备检修，明日8:00至12:00停水，请提前储水。', '如有困难请联系网格员王秀兰。'],
    category: 'reminder',
    targets: [DEMO_GRID_ID],
    author: 'demo-community',
    publishIn: -1 * DAY,
    readEvery: 2,
  },
  {
    id: 'ntc-seed-coldwave',
    title: '寒潮预警：请做好防寒保暖',
    body: [
      '气象台发布寒潮蓝色预警，未来两天气温将下降8至10度。',
      '请老人减少外出，注意燃气使用安全，独居老人请与网格员保持联系。',
    ],
    category: 'urgent',
    targets: [DEMO_COMMUNITY_ID],
    author: 'demo-community',
    publishIn: -6 * HOUR,
    expiresIn: 2 * DAY,
    readEvery: 5,
  },
  {
    id: 'ntc-seed-vaccine',
    title: '流感疫苗集中接种安排',
    body: ['下周二至周四社区卫生服务站集中接种流感疫苗，60岁以上老人免费。'],
    category: 'notice',
    targets: [STREET_ID],
    author: 'demo-street',
    publishIn: 2 * DAY,
    readEvery: 0,
  },
  {
    id: 'ntc-seed-parking',
    title: '小区停车收费调整（已撤回）',
    body: ['停车收费标准调整事宜另行通知。'],
    category: 'policy',
    targets: [DEMO_COMMUNITY_ID],
    author: 'demo-community',
    publishIn: -5 * DAY,
    status: 'withdrawn',
    readEvery: 6,
  },
  {
    id: 'ntc-seed-draft',
    title: '垃圾分类志愿者招募',
    body: ['社区招募垃圾分类督导志愿者，每周值守两次。'],
    category: 'activity',
    targets: [DEMO_COMMUNITY_ID],
    author: 'demo-community',
    publishIn: 0,
    status: 'draft',
    readEvery: 0,
  },
  {
    id: 'ntc-seed-election',
    title: '居委会换届选民登记（已截止）',
    body: ['选民登记已于上月截止，感谢各位居民的参与。'],
    category: 'notice',
    targets: [DEMO_COMMUNITY_ID],
    author: 'demo-community',
    publishIn: -40 * DAY,
    expiresIn: -20 * DAY,
    readEvery: 2,
  },
];

const inc = (c: NoticeCounts, communityId: string, gridId?: string) => {
  c.total++;
  c.communities[communityId] = (c.communities[communityId] ?? 0) + 1;
  if (gridId) c.grids[gridId] = (c.grids[gridId] ?? 0) + 1;
};

function timesOf(d: Def, now: number) {
  const status = d.status ?? 'published';
  const publishAt = status === 'draft' ? 0 : Math.floor((now + d.publishIn) / 60_000) * 60_000;
  const expiresAt = d.expiresIn === undefined ? NEVER : now + d.expiresIn;
  return { status, publishAt, expiresAt };
}

type Resident = User & { address: NonNullable<User['address']> };

/** The communities and grids a notice's targets touch. */
function reachOf(nodes: OrgNode[], org: OrgIndex) {
  const wholeStreet = nodes.some((n) => n.type === 'street');
  const communityTargets = nodes.filter((n) => n.type === 'community').map((n) => n._id);
  const gridsOf = org.grids.filter((g) => wholeStreet || communityTargets.includes(g.communityId!)).map((g) => g._id);
  const reachGrids = [...new Set([...gridsOf, ...nodes.filter((n) => n.type === 'grid').map((n) => n._id)])].sort();
  const reachCommunities = wholeStreet
    ? org.communities.map((c) => c._id).sort()
    : [...new Set(nodes.map((n) => n.communityId ?? n._id))].sort();
  return { reachCommunities, reachGrids };
}

/** A notice already out: the pusher went through it (a quarter had allowed messages) and some read it. */
function seedActivity(
  n: Notice,
  d: Def,
  inScope: Resident[],
  now: number,
  out: { deliveries: NoticeDelivery[]; reads: NoticeRead[] },
): void {
  inScope.forEach((u, i) => {
    const sent = i % 4 === 0;
    out.deliveries.push({
      _id: `${n._id}:${u._id}`,
      noticeId: n._id,
      userId: u._id,
      status: sent ? 'sent' : 'no-consent',
      attempts: 1,
      updatedAt: n.publishAt + 60_000,
    });
    if (sent) n.push.sent++;
    else n.push.noConsent++;
  });
  n.push.state = 'done';
  inScope.forEach((u, i) => {
    const isDemo = u._id === 'demo-resident';
    // who read it goes by the person, not their place in the list, so one more resident moves no one else
    if (isDemo ? !d.demoRead : !(d.readEvery > 0 && deriveSeed(0, `${n._id}:${u._id}`) % d.readEvery === 0)) return;
    out.reads.push({
      _id: `${n._id}:${u._id}`,
      noticeId: n._id,
      userId: u._id,
      counted: true,
      communityId: u.address.communityId,
      ...(u.address.gridId ? { gridId: u.address.gridId } : {}),
      buildingId: u.address.buildingId,
      room: u.address.room ?? '',
      readAt: Math.min(now - 60_000, n.publishAt + ((i * 7919) % 36) * HOUR + 5 * 60_000),
    });
    inc(n.reads, u.address.communityId, u.address.gridId);
  });
}

/** 王秀兰 knocked on one door of 3号楼 that had not read the water notice. */
function seedVisit(n: Notice, inScope: Resident[], reads: NoticeRead[], visits: NoticeVisit[], now: number): void {
  const unread = inScope.find(
    (u) =>
      u._id !== 'demo-resident' &&
      u.address.buildingId === DEMO_BUILDING_ID &&
      !reads.some((r) => r._id === `${n._id}:${u._id}`),
  );
  if (unread) {
    visits.push({
      _id: `${n._id}:${DEMO_BUILDING_ID}:${unread.address.room ?? ''}`,
      noticeId: n._id,
      gridId: DEMO_GRID_ID,
      communityId: DEMO_COMMUNITY_ID,
      buildingId: DEMO_BUILDING_ID,
      room: unread.address.room ?? '',
      by: 'demo-grid',
      at: now - 2 * HOUR,
    });
    inc(n.informed, DEMO_COMMUNITY_ID, DEMO_GRID_ID);
  }
}

export function buildNotices(ctx: { now: number; org: OrgIndex; people: People }) {
  const { now, org, people } = ctx;
  const notices: Notice[] = [];
  const reads: NoticeRead[] = [];
  const deliveries: NoticeDelivery[] = [];
  const visits: NoticeVisit[] = [];
  const residents = people.users.filter((u): u is Resident => !!u.address).sort((a, b) => (a._id < b._id ? -1 : 1));

  for (const d of DEFS) {
    const author = people.byId.get(d.author)!;
    const grant = author.roles[0];
    const { status, publishAt, expiresAt } = timesOf(d, now);
    const nodes = d.targets.map((id) => org.byId.get(id)!);
    const { reachCommunities, reachGrids } = reachOf(nodes, org);
    const inScope = residents.filter((u) => covers(d.targets, STREET_ID, u.address));
    const n: Notice = {
      _id: d.id,
      streetId: STREET_ID,
      title: d.title,
      body: d.body.map((text): NoticeBlock => ({ type: 'p', text })),
      category: d.category,
      targets: d.targets,
      targetNames: nodes.map((x) => x.fullName ?? x.name),
      reachCommunities,
      reachGrids,
      pinned: !!d.pinned,
      rank: noticeRank(!!d.pinned, publishAt),
      status,
      publishAt,
      expiresAt,
      authorId: author._id,
      authorName: author.realName ?? author.nickname,
      orgId: grant.orgId,
      orgName: org.byId.get(grant.orgId)!.name,
      orgPath: grant.orgPath,
      images: [],
      push: { state: 'waiting', sent: 0, noConsent: 0, failed: 0 },
      audience: emptyCounts(),
      reads: emptyCounts(),
      informed: emptyCounts(),
      createdAt: Math.min(now, publishAt || now) - 2 * HOUR,
      updatedAt: Math.min(now, publishAt || now),
      ...(status !== 'draft' ? { publishedAt: Math.min(now, publishAt) } : {}),
      ...(status === 'withdrawn' ? { withdrawnAt: publishAt + DAY } : {}),
    };
    if (status !== 'draft') for (const u of inScope) inc(n.audience, u.address.communityId, u.address.gridId);
    if (status !== 'draft' && publishAt <= now) seedActivity(n, d, inScope, now, { deliveries, reads });
    if (n._id === 'ntc-seed-water') seedVisit(n, inScope, reads, visits, now);
    notices.push(n);
  }
  return {
    [COLLECTIONS.notices]: notices,
    [COLLECTIONS.noticeReads]: reads,
    [COLLECTIONS.noticeDeliveries]: deliveries,
    [COLLECTIONS.noticeVisits]: visits,
  };
}
