/** Page paths in one place, so a moved page breaks here and not in a dozen onClick handlers. */
import Taro from '@tarojs/taro';

export const PAGES = {
  home: '/pages/home/index',
  services: '/pages/services/index',
  notices: '/pages/notices/index',
  me: '/pages/me/index',
  notFound: '/pages/not-found/index',
  fileTicket: '/packages/tickets/pages/file/index',
  myTickets: '/packages/tickets/pages/mine/index',
  ticketDetail: '/packages/tickets/pages/detail/index',
  queue: '/packages/tickets/pages/queue/index',
  proxyFile: '/packages/tickets/pages/proxy/index',
  board: '/packages/tickets/pages/board/index',
  handled: '/packages/tickets/pages/handled/index',
  statsDashboard: '/packages/stats/pages/dashboard/index',
  visitsDue: '/packages/visits/pages/due/index',
  visitStep: '/packages/visits/pages/visit/index',
  visitHousehold: '/packages/visits/pages/household/index',
  visitCoverage: '/packages/visits/pages/coverage/index',
  visitPairings: '/packages/visits/pages/pairings/index',
  visitPair: '/packages/visits/pages/pair/index',
  visitKeyRules: '/packages/visits/pages/keyRules/index',
  visitGridDue: '/packages/visits/pages/gridDue/index',
  partyRegister: '/packages/party/pages/register/index',
  partyPosts: '/packages/party/pages/posts/index',
  partyActivities: '/packages/party/pages/activities/index',
  partyActivity: '/packages/party/pages/activity/index',
  partyWishes: '/packages/party/pages/wishes/index',
  partyWish: '/packages/party/pages/wish/index',
  partyPostWish: '/packages/party/pages/postWish/index',
  partyPoints: '/packages/party/pages/points/index',
  partyReport: '/packages/party/pages/report/index',
  // the community staff's party pages (P4)
  partyReview: '/packages/party/pages/review/index',
  partyPostAdmin: '/packages/party/pages/post-admin/index',
  partyManage: '/packages/party/pages/manage/index',
  partyRoster: '/packages/party/pages/roster/index',
  partyWishReview: '/packages/party/pages/wish-review/index',
  address: '/packages/account/pages/address/index',
  noticeDetail: '/packages/notices/pages/detail/index',
  composeNotice: '/packages/notices/pages/compose/index',
  managedNotices: '/packages/notices/pages/managed/index',
  noticeFigures: '/packages/notices/pages/figures/index',
  doorToDoor: '/packages/notices/pages/door/index',
  redeem: '/packages/account/pages/redeem/index',
  card: '/packages/account/pages/card/index',
  profile: '/packages/account/pages/profile/index',
  // 隐私政策 and 我的数据 (issue 16, privacy)
  privacy: '/packages/account/pages/privacy/index',
  myData: '/packages/account/pages/mydata/index',
  admin: '/packages/admin/pages/index/index',
  adminInvite: '/packages/admin/pages/invite/index',
  adminTree: '/packages/admin/pages/tree/index',
  adminNode: '/packages/admin/pages/node/index',
  adminImport: '/packages/admin/pages/import/index',
  adminCategories: '/packages/admin/pages/categories/index',
  adminHolidays: '/packages/admin/pages/holidays/index',
} as const;

const TAB_PAGES: readonly string[] = [PAGES.home, PAGES.services, PAGES.notices, PAGES.me];

export function go(url: string): void {
  const path = url.split('?')[0];
  if (TAB_PAGES.includes(path)) void Taro.switchTab({ url: path });
  else void Taro.navigateTo({ url });
}

export const ticketUrl = (id: string) => `${PAGES.ticketDetail}?id=${encodeURIComponent(id)}`;
/** A handling level's queue: gridWorker, communityStaff or streetStaff. */
export const queueUrl = (role: string) => `${PAGES.queue}?role=${role}`;
export const adminNodeUrl = (id: string) => `${PAGES.adminNode}?id=${encodeURIComponent(id)}`;
export const visitUrl = (id: string) => `${PAGES.visitStep}?id=${encodeURIComponent(id)}`;
export const noticeUrl = (id: string) => `${PAGES.noticeDetail}?id=${encodeURIComponent(id)}`;

/** Back to where the user came from; to 首页 when the page was opened directly (h5 deep link). */
export function goBack(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.switchTab({ url: PAGES.home });
}

/** A chosen message as a toast that an older eye can read (no icon: room for two lines). */
export function toast(message: string): void {
  void Taro.showToast({ title: message, icon: 'none', duration: 2500 });
}
