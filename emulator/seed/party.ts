/**
 * Party members in the seed (issue 13): a registration for every party member the tree's grants name
 * (approved; a few overdue for their six-monthly re-report), pending, rejected and withdrawn ones from
 * residents, every community's twelve default posts with claims, activities in the past (attended:
 * their hours are the ledger's), one open for check-in now at any time of day and some ahead, 微心愿
 * in every state, and the ledger's totals as the live path keeps them (types/party-points.ts
 * totalsOfEntries). One member at 凤凰城社区 has served nothing for over six months: the timer's
 * yellow card, which the seed also holds (types/party-members.ts cardFor).
 * Everything is timed from `now`, so the demo looks the same at any hour on any day.
 */
import {
  type Activity,
  cardFor,
  DAY,
  defaultPosts,
  earnedEntry,
  HOUR,
  MINUTE,
  type MembershipType,
  nextReportDue,
  type PartyCard,
  type PointEntry,
  type PointTotalsDoc,
  POST_AGREEMENT,
  type Post,
  type PostClaim,
  type Registration,
  registrationId,
  type Signup,
  signupId,
  totalsOfEntries,
  type User,
  type Visit,
  type Wish,
  type WishStatus,
  claimId,
  creditedMinutes,
} from '@lx/types';
import type { OrgIndex } from './org';
import type { Rng } from './prng';
import { DEMO_COMMUNITY_ID, type People } from './users';

export interface PartySeed {
  registrations: Registration[];
  posts: Post[];
  claims: PostClaim[];
  activities: Activity[];
  signups: Signup[];
  wishes: Wish[];
  points: PointEntry[];
  totals: PointTotalsDoc[];
  cards: PartyCard[];
}

/** The member at 凤凰城社区 who has served nothing since approval (the yellow card). */
export const DEMO_IDLE_MEMBER_INDEX = 0;
/** The activity open for check-in now (the journey signs up for it and checks in). */
export const DEMO_OPEN_ACTIVITY_ID = 'act-demo-now';

const WORK_UNITS: readonly (readonly [string, string])[] = [
  ['九州路小学', '九州路小学党支部'],
  ['市第三人民医院', '市第三人民医院内科党支部'],
  ['区税务局', '区税务局第二党支部'],
  ['中建八局三公司', '中建八局三公司机关党支部'],
  ['市自来水公司', '市自来水公司党委'],
  ['区人民法院', '区人民法院党组'],
];
const WISH_TEXTS: readonly (readonly [string, string])[] = [
  ['帮忙修一下门口的声控灯', '楼道三楼的灯坏了，晚上上下楼看不见，老伴腿脚不好。'],
  ['想学用手机挂号', '子女在外地，想有人教我用手机在医院挂号、看化验单。'],
  ['孩子寒假作业辅导', '家里孩子上四年级，寒假想请人每周辅导两次数学。'],
  ['陪老人去社区医院复查', '每月一次的复查，需要有人陪同去社区卫生服务中心。'],
  ['换一个厨房水龙头', '水龙头一直滴水，自己换不了，零件已经买好。'],
  ['帮忙搬一下旧家具', '旧沙发要搬到楼下回收点，家里只有两个老人。'],
];
const WISH_STATES: readonly WishStatus[] = ['posted', 'approved', 'rejected', 'claimed', 'completed', 'confirmed'];

interface Ctx {
  rng: Rng;
  now: number;
  org: OrgIndex;
  people: People;
  /** the visits seed's visits (completed ones by members are in the ledger) */
  visits: readonly Visit[];
}

const nameOf = (u: User): string => u.realName ?? u.nickname ?? '党员';

/** Approved registrations from the tree's partyMember grants; a few are past their re-report. */
function approvedRegistrations(c: Ctx, members: User[]): Registration[] {
  return members.map((u, i) => {
    const g = u.roles.find((r) => r.role === 'partyMember')!;
    const community = c.org.byId.get(g.orgId)!;
    const [workUnit, partyOrg] = WORK_UNITS[i % WORK_UNITS.length];
    const type: MembershipType = i % 7 === 3 ? 'retired' : i % 11 === 5 ? 'floating' : 'inService';
    // re-reported lately (overdueOnes below takes a few back to never having re-reported)
    const reportedAt = Math.max(g.grantedAt, c.now - (20 + ((i * 37) % 140)) * DAY);
    const details = { name: nameOf(u), phone: u.phone ?? '13900000000', workUnit, partyOrg, type };
    const submittedAt = g.grantedAt - 2 * DAY;
    return {
      _id: registrationId(community._id, u._id),
      userId: u._id,
      communityId: community._id,
      communityName: community.name,
      streetId: community.streetId,
      orgPath: community.path,
      ...details,
      status: 'approved',
      submittedAt,
      approvedAt: g.grantedAt,
      reportedAt,
      dueAt: nextReportDue(reportedAt),
      posts: [],
      history: [
        { kind: 'submit', by: u._id, at: submittedAt, details },
        { kind: 'approve', by: g.grantedBy, at: g.grantedAt },
        ...(reportedAt > g.grantedAt ? [{ kind: 'rereport' as const, by: u._id, at: reportedAt, details }] : []),
      ],
      updatedAt: reportedAt,
    };
  });
}

/**
 * In every community, one member approved over seven months ago who never re-reported (the community's
 * overdue list; in 凤凰城社区 the second such member, the first being the idle one).
 */
function makeOverdue(c: Ctx, regs: Registration[], idle: string | undefined): void {
  for (const co of c.org.communities) {
    const r = regs.find(
      (x) =>
        x.communityId === co._id && x.userId !== 'demo-party' && x.userId !== idle && x.approvedAt! < c.now - 186 * DAY,
    );
    if (!r) continue;
    r.reportedAt = r.approvedAt!;
    r.dueAt = nextReportDue(r.reportedAt);
    r.history = r.history.filter((e) => e.kind !== 'rereport');
    r.updatedAt = r.reportedAt;
  }
}

/** Residents of 凤凰城社区 who reported and wait (2), were sent back (1) or withdrew (1). */
function otherRegistrations(c: Ctx): Registration[] {
  const community = c.org.byId.get(DEMO_COMMUNITY_ID)!;
  const residents = c.people.residents.filter((r) => r.communityId === DEMO_COMMUNITY_ID && r.id !== 'demo-resident');
  const states = ['pending', 'pending', 'rejected', 'withdrawn'] as const;
  return states.map((status, i) => {
    const r = residents[i * 3];
    const [workUnit, partyOrg] = WORK_UNITS[(i + 2) % WORK_UNITS.length];
    const details = { name: r.name, phone: r.phone ?? '13900000001', workUnit, partyOrg, type: 'inService' as const };
    const submittedAt = c.now - (i + 1) * DAY - 3 * HOUR;
    const decidedAt = submittedAt + 5 * HOUR;
    const staff = c.people.staffByCommunity.get(DEMO_COMMUNITY_ID)![0];
    return {
      _id: registrationId(community._id, r.id),
      userId: r.id,
      communityId: community._id,
      communityName: community.name,
      streetId: community.streetId,
      orgPath: community.path,
      ...details,
      status,
      submittedAt,
      ...(status === 'rejected' ? { rejectReason: '所在党组织名称不完整，请补充后重新报到' } : {}),
      ...(status === 'withdrawn' ? { withdrawReason: '工作调动，组织关系转到外区' } : {}),
      history: [
        { kind: 'submit', by: r.id, at: submittedAt, details },
        ...(status === 'rejected'
          ? [{ kind: 'reject' as const, by: staff, at: decidedAt, reason: '所在党组织名称不完整，请补充后重新报到' }]
          : []),
        ...(status === 'withdrawn'
          ? [
              { kind: 'approve' as const, by: staff, at: decidedAt },
              { kind: 'withdraw' as const, by: r.id, at: decidedAt + DAY / 2, reason: '工作调动，组织关系转到外区' },
            ]
          : []),
      ],
      updatedAt: status === 'pending' ? submittedAt : decidedAt,
    };
  });
}

/** Every community's default posts; each approved member holds one or two of them. */
function postsAndClaims(c: Ctx, regs: Registration[]): { posts: Post[]; claims: PostClaim[] } {
  const posts = c.org.communities.flatMap((co) => defaultPosts(co._id, co.path, co.createdAt));
  const byId = new Map(posts.map((p) => [p._id, p]));
  const claims: PostClaim[] = [];
  const perCommunity = new Map<string, number>();
  for (const r of regs) {
    if (r.status !== 'approved') continue;
    const k = perCommunity.get(r.communityId) ?? 0;
    perCommunity.set(r.communityId, k + 1);
    const mine = posts.filter((p) => p.communityId === r.communityId);
    const held = r.userId === 'demo-party' ? [mine[8], mine[0]] : [mine[(k * 5) % mine.length]];
    for (const p of held) {
      const post = byId.get(p._id)!;
      if (post.claimed >= post.capacity) continue;
      post.claimed += 1;
      const signedAt = r.approvedAt! + DAY;
      claims.push({
        _id: claimId(p._id, r.userId),
        postId: p._id,
        communityId: r.communityId,
        userId: r.userId,
        status: 'active',
        agreement: POST_AGREEMENT,
        signedAt,
      });
      r.posts = [...(r.posts ?? []), p._id];
    }
  }
  return { posts, claims };
}

const TITLES: readonly (readonly [Activity['category'], string, string])[] = [
  ['环境整治', '小区环境清洁日', '楼道杂物清理、绿化带捡拾垃圾'],
  ['关爱老人', '敬老院陪伴服务', '陪老人聊天、读报、剪指甲'],
  ['政策宣传', '防诈骗宣传进小区', '发放宣传册，教居民识别电信诈骗'],
  ['文明劝导', '路口文明交通劝导', '早高峰在路口劝导行人和电动车'],
  ['便民服务', '便民服务集市', '义务理发、量血压、磨剪刀'],
];

function activity(c: Ctx, id: string, co: Activity['orgPath'], i: number, startAt: number, hours: number): Activity {
  const community = c.org.byId.get(co[co.length - 1])!;
  const [category, title, description] = TITLES[i % TITLES.length];
  const staff = c.people.staffByCommunity.get(community._id)![0];
  return {
    _id: id,
    communityId: community._id,
    streetId: community.streetId,
    orgPath: community.path,
    title,
    category,
    description,
    startAt,
    endAt: startAt + hours * HOUR,
    place: { name: `${community.name}党群服务中心`, point: community.center!, radiusM: 300 },
    capacity: 30,
    hours,
    signedUp: 0,
    status: 'open',
    createdBy: staff,
    createdAt: startAt - 10 * DAY,
    updatedAt: startAt - 10 * DAY,
    // the seed's own PRNG: the same seed gives the same keys (createActivity draws them from crypto)
    codeKey: Array.from({ length: 8 }, () => c.rng.int(0, 0xffff).toString(16).padStart(4, '0')).join(''),
  };
}

/** Past activities (attended, hours credited), one open for check-in now, and two ahead, per community. */
function activitiesAndSignups(c: Ctx, regs: Registration[], idle: string) {
  const activities: Activity[] = [];
  const signups: Signup[] = [];
  const points: PointEntry[] = [];
  const day0 = Math.floor(c.now / DAY) * DAY;
  for (const [ci, co] of c.org.communities.entries()) {
    const members = regs.filter((r) => r.communityId === co._id && r.status === 'approved' && r.userId !== idle);
    const staff = c.people.staffByCommunity.get(co._id)![0];
    // six past ones over the last ~100 days, each attended by most members
    for (let k = 0; k < 6; k++) {
      const a = activity(c, `act-${co._id}-p${k}`, co.path, ci + k, day0 - (8 + k * 17) * DAY + 9 * HOUR, 2 + (k % 2));
      activities.push(a);
      for (const [mi, r] of members.entries()) {
        if ((mi + k) % 4 === 3) continue;
        const inAt = a.startAt + c.rng.int(0, 20) * MINUTE;
        const outAt = a.endAt - c.rng.int(0, 30) * MINUTE;
        const minutes = creditedMinutes(a, inAt, outAt);
        a.signedUp += 1;
        signups.push({
          _id: signupId(a._id, r.userId),
          activityId: a._id,
          communityId: co._id,
          userId: r.userId,
          name: r.name,
          status: 'signedUp',
          signedUpAt: a.startAt - 3 * DAY,
          startAt: a.startAt,
          checkIn: { at: inAt, method: k % 2 ? 'location' : 'code' },
          checkOutAt: outAt,
          wrongCodes: 0,
          minutes,
          creditedBy: 'checkout',
          creditedAt: outAt,
        });
        points.push(
          earnedEntry('activityHours', {
            userId: r.userId,
            communityId: co._id,
            sourceId: a._id,
            at: outAt,
            by: r.userId,
            minutes,
            note: a.title,
          }),
        );
      }
    }
    // open for check-in at any hour: it began an hour ago and runs three more
    const openId = co._id === DEMO_COMMUNITY_ID ? DEMO_OPEN_ACTIVITY_ID : `act-${co._id}-now`;
    activities.push({ ...activity(c, openId, co.path, ci + 2, c.now - HOUR, 4), createdBy: staff });
    for (let k = 1; k <= 2; k++)
      activities.push(activity(c, `act-${co._id}-f${k}`, co.path, ci + k + 3, day0 + (k * 5 + 1) * DAY + 9 * HOUR, 2));
  }
  return { activities, signups, points };
}

/** 微心愿 in every state from 凤凰城社区's residents; the claimed ones are 赵红梅's. */
function wishes(c: Ctx): { wishes: Wish[]; points: PointEntry[] } {
  const co = c.org.byId.get(DEMO_COMMUNITY_ID)!;
  const staff = c.people.staffByCommunity.get(DEMO_COMMUNITY_ID)![0];
  const residents = c.people.residents.filter((r) => r.communityId === DEMO_COMMUNITY_ID);
  const out: Wish[] = [];
  const points: PointEntry[] = [];
  WISH_STATES.forEach((status, i) => {
    // 张阿姨 posted the first two (one waiting for the community, one waiting to be claimed)
    const residentId = i < 2 ? 'demo-resident' : residents[(i * 7) % residents.length].id;
    const [title, detail] = WISH_TEXTS[i];
    const createdAt = c.now - (i + 1) * 2 * DAY - 5 * HOUR;
    const step = (n: number) => createdAt + n * 6 * HOUR;
    const order: WishStatus[] = ['posted', 'approved', 'claimed', 'completed', 'confirmed'];
    const reached = status === 'rejected' ? 0 : order.indexOf(status);
    const claimed = reached >= 2;
    const w: Wish = {
      _id: `wish-demo-${i + 1}`,
      communityId: co._id,
      streetId: co.streetId,
      orgPath: co.path,
      residentId,
      title,
      detail,
      status,
      createdAt,
      updatedAt: step(status === 'rejected' ? 1 : reached),
      history: [{ action: 'post', by: residentId, at: createdAt }],
    };
    if (status === 'rejected') {
      w.rejectReason = '属于物业维修范围，已转物业处理';
      w.history.push({ action: 'reject', by: staff, at: step(1), note: w.rejectReason });
    }
    if (reached >= 1) w.history.push({ action: 'approve', by: staff, at: step(1) });
    if (claimed) {
      Object.assign(w, { claimerId: 'demo-party', claimerName: '赵红梅', claimedAt: step(2) });
      w.history.push({ action: 'claim', by: 'demo-party', at: step(2) });
    }
    if (reached >= 3) {
      w.completion = { note: '已上门完成，老人很满意', photos: [], at: step(3) };
      w.history.push({ action: 'complete', by: 'demo-party', at: step(3), note: w.completion.note });
    }
    if (reached >= 4) {
      w.confirmedAt = step(4);
      w.history.push({ action: 'confirm', by: residentId, at: step(4) });
      points.push(
        earnedEntry('wishCompleted', {
          userId: 'demo-party',
          communityId: co._id,
          sourceId: w._id,
          at: step(4),
          by: residentId,
          note: w.title,
        }),
      );
    }
    out.push(w);
  });
  return { wishes: out, points };
}

export function buildParty(c: Ctx): PartySeed {
  const members = c.people.users.filter((u) => u.roles.some((r) => r.role === 'partyMember'));
  const approved = approvedRegistrations(c, members);
  // the idle member: one of 凤凰城社区's other members approved over seven months ago, never served
  const idle = approved.filter(
    (r) => r.communityId === DEMO_COMMUNITY_ID && r.userId !== 'demo-party' && r.approvedAt! < c.now - 215 * DAY,
  )[DEMO_IDLE_MEMBER_INDEX];
  makeOverdue(c, approved, idle?.userId);
  const registrations = [...approved, ...otherRegistrations(c)];
  const { posts, claims } = postsAndClaims(c, registrations);
  const acts = activitiesAndSignups(c, registrations, idle?.userId ?? '');
  const w = wishes(c);
  // visits the members completed (types/party-points.ts visitDone), credited where they are members
  const memberAt = new Map(approved.map((r) => [r.userId, r.communityId]));
  const visited = c.visits
    .filter(
      (v) => v.status === 'completed' && v.completedAt && memberAt.get(v.visitorId) && v.visitorId !== idle?.userId,
    )
    .map((v) =>
      earnedEntry('visitDone', {
        userId: v.visitorId,
        communityId: memberAt.get(v.visitorId)!,
        sourceId: v._id,
        at: v.completedAt!,
        by: v.visitorId,
      }),
    );
  const points = [...acts.points, ...w.points, ...visited].sort((a, b) => a.at - b.at || a._id.localeCompare(b._id));
  const totals = totalsOfEntries(points);
  const served = new Map(totals.map((t) => [`${t.communityId}|${t.userId}`, t.lastServiceAt ?? 0]));
  const cards: PartyCard[] = [];
  for (const r of approved) {
    const since = Math.max(served.get(`${r.communityId}|${r.userId}`) ?? 0, r.approvedAt!);
    const color = cardFor(since, c.now);
    if (color) {
      cards.push({
        _id: r._id,
        userId: r.userId,
        communityId: r.communityId,
        orgPath: r.orgPath,
        color,
        since,
        givenAt: c.now - 2 * HOUR,
        updatedAt: c.now - 2 * HOUR,
      });
    }
  }
  return { registrations, posts, claims, ...acts, wishes: w.wishes, points, totals, cards };
}
