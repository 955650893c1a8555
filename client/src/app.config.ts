// Tab-bar pages live in the main package; each domain's pages live in its own subpackage so the
// main package stays small (WeChat caps it at 2 MB and loads it on every cold start).
export default defineAppConfig({
  // not-found: where app.tsx's onPageNotFound sends an unknown address (it must never be first: that is the launch page)
  pages: ['pages/home/index', 'pages/services/index', 'pages/notices/index', 'pages/me/index', 'pages/not-found/index'],
  subPackages: [
    {
      root: 'packages/tickets',
      pages: [
        'pages/file/index',
        'pages/mine/index',
        'pages/detail/index',
        'pages/queue/index',
        'pages/proxy/index',
        'pages/board/index',
        'pages/handled/index',
      ],
    },
    // notices: what residents open from a message or the 通知 tab, and the staff's compose and read figures
    {
      root: 'packages/notices',
      pages: [
        'pages/detail/index',
        'pages/compose/index',
        'pages/managed/index',
        'pages/figures/index',
        'pages/door/index',
      ],
    },
    {
      root: 'packages/account',
      // privacy, mydata: 隐私政策 and 我的数据 (issue 16)
      pages: [
        'pages/address/index',
        'pages/redeem/index',
        'pages/card/index',
        'pages/profile/index',
        'pages/privacy/index',
        'pages/mydata/index',
      ],
    },
    {
      root: 'packages/admin',
      pages: [
        'pages/index/index',
        'pages/invite/index',
        'pages/tree/index',
        'pages/node/index',
        'pages/import/index',
        'pages/categories/index',
        'pages/holidays/index',
      ],
    },
    // stats: the dashboards and their chart library (uCharts), which must never reach the main package
    { root: 'packages/stats', pages: ['pages/dashboard/index'] },
    // visits: 五步工作法 走访, 结对帮扶, households, 入户率, and the community's plans (结对管理, 重点户)
    {
      root: 'packages/visits',
      pages: [
        'pages/due/index',
        'pages/visit/index',
        'pages/household/index',
        'pages/coverage/index',
        'pages/pairings/index',
        'pages/pair/index',
        'pages/keyRules/index',
        'pages/gridDue/index',
      ],
    },
    // party: 党员报到, 认岗领责, 志愿活动, 微心愿, 我的积分 and the quarterly report (the community's pages follow)
    {
      root: 'packages/party',
      pages: [
        'pages/register/index',
        'pages/posts/index',
        'pages/activities/index',
        'pages/activity/index',
        'pages/wishes/index',
        'pages/wish/index',
        'pages/postWish/index',
        'pages/points/index',
        'pages/report/index',
        // the community staff's: 报到审核, 岗位管理, 活动管理, 活动名单, 微心愿审核 (社区下单)
        'pages/review/index',
        'pages/post-admin/index',
        'pages/manage/index',
        'pages/roster/index',
        'pages/wish-review/index',
      ],
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f5f6f7',
    navigationBarBackgroundColor: '#d9302c',
    navigationBarTitleText: '连心网格',
    navigationBarTextStyle: 'white',
    // h5 draws the same title bar (with a back arrow) as WeChat does
    navigationStyle: 'default',
  },
  tabBar: {
    color: '#555555',
    selectedColor: '#d9302c',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/services/index',
        text: '办事',
        iconPath: 'assets/tabbar/services.png',
        selectedIconPath: 'assets/tabbar/services-active.png',
      },
      {
        pagePath: 'pages/notices/index',
        text: '通知',
        iconPath: 'assets/tabbar/notices.png',
        selectedIconPath: 'assets/tabbar/notices-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  // WeChat refuses a location API the app does not declare (PLATFORM.md, privacy): 绑定住址 picks a
  // point on the map, 志愿活动's 定位签到 reads where the member stands
  requiredPrivateInfos: ['chooseLocation', 'getLocation'],
  // WeChat holds every protected API until the user agrees (services/privacy.ts, app.tsx)
  __usePrivacyCheck__: true,
  permission: { 'scope.userLocation': { desc: '用于志愿活动定位签到和在地图上选择住址' } },
  // h5 only (not an app.json key): pages switch at once instead of sliding in, which older eyes
  // follow more easily and which browser tests can click without waiting for a transition.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
});
