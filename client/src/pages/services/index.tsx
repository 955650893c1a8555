/**
 * 办事: every service as a large entry; staff entries appear for the roles that use them, the working
 * role chosen under 我的 first (a grid worker at work sees 网格工单 at the top; off duty, as a
 * resident, 反映问题).
 */
import { Text, View } from '@tarojs/components';
import { ErrorView, LoadingView } from '@/components/StateViews';
import type { Me, Role } from '@lx/types';
import { hasRole, useActiveRole, useMe } from '@/hooks/useMe';
import { go, PAGES, queueUrl } from '@/utils/nav';
import { withPageRoot } from '@/components/PageRoot';

interface Entry {
  title: string;
  hint: string;
  url: string;
  icon: string;
}

const RESIDENT_ENTRIES: Entry[] = [
  { title: '反映问题', hint: '拍照上报身边的问题，网格员限时办理', url: PAGES.fileTicket, icon: '报' },
  { title: '我的反映', hint: '查看办理进度和结果', url: PAGES.myTickets, icon: '查' },
  { title: '微心愿', hint: '有难处提个心愿，社区审核后党员帮您办', url: PAGES.partyWishes, icon: '愿' },
];
/** Street staff's and supervisors' 统计看板: the street and its communities. */
const STREET_STATS: Entry = {
  title: '统计看板',
  hint: '全街道和各社区的办结率、排名、月报',
  url: PAGES.statsDashboard,
  icon: '统',
};
/** 入户率: households visited in 90 days per grid, for community and street staff. */
const COVERAGE: Entry = {
  title: '入户率',
  hint: '各网格近 90 天走访过的住户占比',
  url: PAGES.visitCoverage,
  icon: '户',
};
/** The community's party work (报到审核, 活动管理, 社区下单, 岗位管理): its staff, and street staff above it. */
const PARTY_STAFF_ENTRIES: Entry[] = [
  { title: '报到审核', hint: '党员报到审核、逾期复报、红黄牌和季度报告', url: PAGES.partyReview, icon: '审' },
  { title: '活动管理', hint: '发布志愿活动，查看名单，出示签到码', url: PAGES.partyManage, icon: '活' },
  { title: '微心愿审核', hint: '居民提出的微心愿，审核后党员认领', url: PAGES.partyWishReview, icon: '愿' },
  { title: '岗位管理', hint: '社区党员岗位的人数、职责和在岗党员', url: PAGES.partyPostAdmin, icon: '岗' },
];
/** 我经手的: every staff role's own trail (one entry however many staff roles a person holds). */
const HANDLED: Entry = {
  title: '我经手的',
  hint: '签收、上报、分派、办结、代办过的工单和它们现在的状态',
  url: PAGES.handled,
  icon: '经',
};
/** Staff entries by role, in the order of the levels (网格 → 社区 → 街道 → 督导). */
const STAFF_ENTRIES: { role: Role; entries: Entry[] }[] = [
  {
    role: 'gridWorker',
    entries: [
      {
        title: '网格工单',
        hint: '签收、处置本网格的诉求，解决不了的上报社区',
        url: queueUrl('gridWorker'),
        icon: '办',
      },
      { title: '代居民上报', hint: '巡查、走访、电话中发现的问题', url: PAGES.proxyFile, icon: '代' },
      HANDLED,
      { title: '入户走访', hint: '五步工作法：到期和逾期的走访', url: PAGES.visitsDue, icon: '访' },
    ],
  },
  {
    role: 'communityStaff',
    entries: [
      { title: '社区工单', hint: '网格上报和待分派的诉求', url: queueUrl('communityStaff'), icon: '社' },
      HANDLED,
      { title: '统计看板', hint: '本社区和各网格的办结率、排名', url: PAGES.statsDashboard, icon: '统' },
      COVERAGE,
      { title: '到期走访', hint: '各网格已逾期和今天到期的走访', url: PAGES.visitGridDue, icon: '期' },
      { title: '结对管理', hint: '为住户安排党员、网格员结对走访', url: PAGES.visitPairings, icon: '对' },
      { title: '重点户走访', hint: '独居老人等重点户多久走访一次', url: PAGES.visitKeyRules, icon: '重' },
      ...PARTY_STAFF_ENTRIES,
    ],
  },
  {
    role: 'streetStaff',
    entries: [
      { title: '街道工单', hint: '社区上报的诉求，派遣职能部门', url: queueUrl('streetStaff'), icon: '街' },
      HANDLED,
      STREET_STATS,
      COVERAGE,
      ...PARTY_STAFF_ENTRIES,
    ],
  },
  {
    role: 'partyMember',
    entries: [
      { title: '结对帮扶', hint: '结对住户的走访，到期提醒', url: `${PAGES.visitsDue}?kind=pairing`, icon: '结' },
      { title: '党员报到', hint: '报到状态、再次报到、撤销报到', url: PAGES.partyRegister, icon: '党' },
      { title: '认岗领责', hint: '认领社区岗位，签署认岗协议', url: PAGES.partyPosts, icon: '岗' },
      { title: '志愿活动', hint: '报名、扫码或定位签到、签退', url: PAGES.partyActivities, icon: '活' },
      { title: '我的积分', hint: '服务时长、积分明细、社区排行', url: PAGES.partyPoints, icon: '积' },
    ],
  },
  {
    role: 'supervisor',
    entries: [
      { title: '督办看板', hint: '辖区内超期的工单，督办催办', url: PAGES.board, icon: '督' },
      STREET_STATS,
      HANDLED,
    ],
  },
  { role: 'admin', entries: [HANDLED] },
];

function entriesFor(me: Me, working: Role): Entry[] {
  const held = STAFF_ENTRIES.filter((s) => hasRole(me, s.role));
  const at = (cond: (r: Role) => boolean) => held.filter((s) => cond(s.role)).flatMap((s) => s.entries);
  const all = [...at((r) => r === working), ...RESIDENT_ENTRIES, ...at((r) => r !== working)];
  // 统计看板 belongs to several roles: one entry however many of them a person holds
  return all.filter((e, i) => all.findIndex((o) => o.url === e.url) === i);
}

function Services() {
  const { me, error, loading, reload } = useMe();
  const { active } = useActiveRole();
  if (loading) return <LoadingView />;
  if (!me) return <ErrorView error={error} onRetry={() => void reload()} />;
  const entries = entriesFor(me, active.role);
  return (
    <View className="lx-page">
      {entries.map((e) => (
        <View key={e.url} className="lx-entry" hoverClass="lx-row--pressed" onClick={() => go(e.url)}>
          <View className="lx-entry__icon">{e.icon}</View>
          <View className="lx-entry__body">
            <Text className="lx-entry__title">{e.title}</Text>
            <Text className="lx-entry__hint">{e.hint}</Text>
          </View>
          <Text className="lx-entry__arrow">›</Text>
        </View>
      ))}
    </View>
  );
}

export default withPageRoot(Services);
