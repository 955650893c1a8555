/**
 * The ticket subpackage's compiled pages in miniprogram-simulate: each loads from the cloud functions'
 * answers, and the buttons on a ticket are the ones the server allows.
 */
const { bootForFile, until, text, tapText } = require('./harness');
const { GRID_WORKER_ROLE, HELD_BY_GRID, homeAddress, timelineEntry, UNKNOWN_ACTION } = require('../test-fixtures');

jest.setTimeout(20000);

const NOW = Date.now();
const HOUR = 3600000;
const address = homeAddress();
/** one person holding every ticket role, so each page has something to show */
const me = {
  id: 'u-all',
  nickname: '王秀兰',
  roles: [
    GRID_WORKER_ROLE,
    { role: 'communityStaff', orgId: 'c1', orgName: '凤凰城社区' },
    { role: 'streetStaff', orgId: 's1', orgName: '九州路街道办事处' },
    { role: 'supervisor', orgId: 's1', orgName: '九州路街道办事处' },
  ],
  address,
};
const summary = (n, over = {}) => ({
  id: `t${n}`,
  no: `20261121-0000${n}`,
  categoryName: '路灯照明故障',
  description: '3号楼东侧路灯不亮已经一周',
  status: 'pending',
  urgency: 'normal',
  level: 'grid',
  addressText: '凤凰城社区 天河嘉城 3号楼',
  createdAt: NOW - HOUR,
  dueAt: NOW + 5 * HOUR + 60000,
  overdue: false,
  reopenCount: 0,
  urgeCount: 0,
  joinCount: 0,
  ...over,
});
const detail = {
  ...summary(1),
  version: 1,
  photos: [],
  ...HELD_BY_GRID,
  responseDueAt: NOW + HOUR,
  requiresVerification: false,
  requiresAfterPhotos: true,
  joined: false,
  mine: false,
  allowedActions: ['accept', 'reject', 'escalate'],
  reporter: { name: '张阿姨', phone: '13800001111' },
  timeline: [timelineEntry(1, { at: NOW - HOUR })],
};
const categories = [
  { id: 'cat-light', name: '路灯照明故障', group: '公共设施', limitText: '3个工作日', urgentLimitText: '24小时' },
];

function backend(name, action, payload) {
  if (name === 'org' && action === 'me') return { ok: true, data: me };
  if (name === 'org' && action === 'children')
    return { ok: true, data: [{ id: 'c1', name: '凤凰城社区', type: 'community', hasChildren: true }] };
  if (name === 'tickets' && action === 'categories') return { ok: true, data: categories };
  if (name === 'tickets' && action === 'detail') return { ok: true, data: detail };
  if (name === 'tickets' && action === 'queue')
    return {
      ok: true,
      data: {
        items: payload.tab === 'overdue' ? [] : [summary(1), summary(2, { dueAt: NOW - 3 * HOUR, overdue: true })],
        hasMore: false,
        counts: { pending: 2, processing: 1, dueSoon: 0, overdue: 1, done: 9 },
        role: payload.role || 'gridWorker',
        orgIds: ['g1'],
      },
    };
  if (name === 'tickets' && action === 'board')
    return {
      ok: true,
      data: {
        items: [
          {
            ...summary(3, { status: 'processing', level: 'community', overdue: true }),
            handlerOrgName: '凤凰城社区',
            overdueHours: 30,
          },
        ],
        hasMore: false,
        counts: { total: 1, grid: 0, community: 1, street: 0 },
      },
    };
  if (name === 'tickets' && action === 'accept')
    return { ok: true, data: { id: 't1', status: 'processing', level: 'grid', version: 2, dueAt: NOW } };
  if (name === 'org' && action === 'subscribe') return { ok: true, data: { subscriptions: {} } };
  return UNKNOWN_ACTION;
}

const env = bootForFile({ backend });
beforeAll(() => {
  global.wx.requestSubscribeMessage = jest.fn(({ success }) => success && success({ errMsg: 'ok' }));
  global.wx.setNavigationBarTitle = jest.fn(({ success }) => success && success({ errMsg: 'ok' }));
});

describe('the compiled ticket pages', () => {
  it('办事 lists the entries of every role the user holds', async () => {
    const page = env.openPage('pages/services/index');
    await until(() => expect(text(page)).toContain('督办看板'));
    for (const title of ['反映问题', '我的反映', '网格工单', '代居民上报', '社区工单', '街道工单'])
      expect(text(page)).toContain(title);
  });

  it('a ticket shows the reporter to its handler and the buttons the server allows; 签收 sends the version', async () => {
    const page = env.openPage('packages/tickets/pages/detail/index', { id: 't1' });
    await until(() => expect(text(page)).toContain('20261121-00001'));
    expect(text(page)).toContain('张阿姨 13800001111');
    expect(text(page)).toContain('剩余 5 小时');
    for (const label of ['签收', '上报上级', '不予受理']) expect(text(page)).toContain(label);
    expect(text(page)).not.toContain('办结');
    tapText(page, '签收');
    await until(() =>
      expect(env.calls).toContainEqual({ name: 'tickets', action: 'accept', payload: { id: 't1', version: 1 } }),
    );
    expect(global.wx.requestSubscribeMessage).toHaveBeenCalled();
  });

  it('the queue has five tabs with counts and red overdue countdowns', async () => {
    const page = env.openPage('packages/tickets/pages/queue/index', { role: 'gridWorker' });
    await until(() => expect(text(page)).toContain('20261121-00002'));
    for (const tab of ['待签收', '处理中', '即将超期', '已超期', '已办结']) expect(text(page)).toContain(tab);
    expect(text(page)).toContain('已超期 3 小时');
    expect(env.calls).toContainEqual({
      name: 'tickets',
      action: 'queue',
      payload: { tab: 'pending', role: 'gridWorker' },
    });
  });

  it('督办看板 lists overdue tickets with who holds them and 催办', async () => {
    const page = env.openPage('packages/tickets/pages/board/index');
    await until(() => expect(text(page)).toContain('超期 30 小时'));
    expect(text(page)).toContain('凤凰城社区（社区）');
    expect(text(page)).toContain('催办');
  });

  it('代居民上报 starts by choosing the building', async () => {
    const page = env.openPage('packages/tickets/pages/proxy/index');
    await until(() => expect(text(page)).toContain('第 1 步：请选择问题所在社区'));
    await until(() => expect(text(page)).toContain('凤凰城社区'));
  });
});
