/**
 * The compiled mini-program renders its pages from the cloud functions' answers and reacts to taps.
 * These run the real dist/weapp output (NutUI, zod and all), not the sources.
 */
const { bootForFile, until, text, tapText, findByText } = require('./harness');
const { GRID_WORKER_ROLE, gridDetail: gridAnswer, homeAddress, UNKNOWN_ACTION } = require('../test-fixtures');

jest.setTimeout(20000);

const gridWorker = {
  id: 'u-grid',
  nickname: '李网格',
  roles: [GRID_WORKER_ROLE],
  address: homeAddress(),
};
const categories = [
  { id: 'cat-light', name: '路灯损坏', group: '公共设施', limitText: '1个工作日', urgentLimitText: '2小时' },
  { id: 'cat-trash', name: '垃圾清运', group: '市容环境', limitText: '1个工作日', urgentLimitText: '4小时' },
];

const card = {
  gridId: 'g1',
  gridName: '凤凰城社区第一网格',
  communityName: '凤凰城社区',
  streetName: '九州路街道办事处',
  people: [{ duty: '网格长', name: '王秀兰', phone: '13903920005', hours: '工作日 8:30-17:30' }],
  communityHotline: '0392-3336017',
};

const gridDetail = gridAnswer();

function backend(name, action) {
  if (name === 'org' && action === 'me') return { ok: true, data: gridWorker };
  if (name === 'tickets' && action === 'categories') return { ok: true, data: categories };
  if (name === 'org' && action === 'card') return { ok: true, data: card };
  if (name === 'admin' && action === 'invitations') return { ok: true, data: [] };
  if (name === 'admin' && action === 'tree')
    return {
      ok: true,
      data: {
        parent: {
          id: 's1',
          type: 'street',
          name: '九州路街道办事处',
          parentId: null,
          hasBoundary: true,
          hasChildren: true,
        },
        children: [
          { id: 'c1', type: 'community', name: '凤凰城社区', parentId: 's1', hasBoundary: true, hasChildren: true },
        ],
        canEdit: true,
      },
    };
  if (name === 'admin' && action === 'node') return { ok: true, data: gridDetail };
  if (name === 'admin' && action === 'saveNode') return { ok: true, data: gridDetail };
  if (name === 'tickets' && action === 'mine') return { ok: true, data: { items: [], hasMore: false } };
  return UNKNOWN_ACTION;
}

const env = bootForFile({ backend });

describe('the compiled mini-program', () => {
  it('我的 shows the user, roles with their scope, and the address from org.me', async () => {
    const page = env.openPage('pages/me/index');
    await until(() => expect(text(page)).toContain('李网格'));
    expect(text(page)).toContain('网格员 · 凤凰城社区第一网格');
    expect(text(page)).toContain('凤凰城社区 天河嘉城 3号楼 2单元501');
    expect(env.calls).toContainEqual({ name: 'org', action: 'me', payload: {} });
  });

  it('tapping 我的住址 opens the address page in its subpackage', async () => {
    const navigateTo = jest.fn(({ success }) => success && success({ errMsg: 'navigateTo:ok' }));
    global.wx.navigateTo = navigateTo;
    const page = env.openPage('pages/me/index');
    await until(() => expect(text(page)).toContain('我的住址'));
    tapText(page, '我的住址');
    await until(() => expect(navigateTo).toHaveBeenCalled());
    expect(navigateTo.mock.calls[0][0].url).toBe('/packages/account/pages/address/index');
  });

  it('我的 has no demo sign-in link in WeChat', async () => {
    const page = env.openPage('pages/me/index');
    await until(() => expect(text(page)).toContain('我的反映'));
    expect(text(page)).not.toContain('切换演示身份');
  });

  it('the filing page shows categories with their time limit once one is tapped', async () => {
    const page = env.openPage('packages/tickets/pages/file/index');
    await until(() => expect(text(page)).toContain('路灯损坏'));
    expect(text(page)).not.toContain('办理时限');
    tapText(page, '垃圾清运');
    await until(() => expect(text(page)).toContain('办理时限：1个工作日（紧急情况 4小时）'));
  });

  it('the filing page validates with the shared schema before calling tickets.file', async () => {
    const page = env.openPage('packages/tickets/pages/file/index');
    await until(() => expect(text(page)).toContain('路灯损坏'));
    tapText(page, '提交');
    await until(() => expect(findByText(page, '请选择诉求类别')).toBeTruthy());
    // nothing typed: the schema asks for the description (a too-short one: FileForm.test)
    expect(text(page)).toContain('请填写问题描述');
    expect(env.calls.filter((c) => c.action === 'file')).toHaveLength(0);
  });

  it('连心卡 lists the grid’s people and calls one with wx.makePhoneCall', async () => {
    const makePhoneCall = jest.fn(({ success }) => success && success({ errMsg: 'makePhoneCall:ok' }));
    global.wx.makePhoneCall = makePhoneCall;
    const page = env.openPage('packages/account/pages/card/index');
    await until(() => expect(text(page)).toContain('王秀兰'));
    expect(text(page)).toContain('0392-3336017');
    tapText(page, '拨打');
    await until(() => expect(makePhoneCall).toHaveBeenCalled());
    expect(makePhoneCall.mock.calls[0][0].phoneNumber).toBe('13903920005');
  });

  it('a scanned invitation opens 邀请码 with the code from scene', async () => {
    const page = env.openPage('packages/account/pages/redeem/index', { scene: 'FHWG3K7P' });
    await until(() => expect(text(page)).toContain('确认加入'));
  });

  it('the invite page walks the org tree from admin.tree', async () => {
    const page = env.openPage('packages/admin/pages/invite/index');
    await until(() => expect(text(page)).toContain('凤凰城社区'));
    expect(text(page)).toContain('还没有发出邀请');
  });

  it('编辑组织 shows a grid’s 连心卡 people and saves through admin.saveNode', async () => {
    const page = env.openPage('packages/admin/pages/node/index', { id: 'g1' });
    await until(() => expect(text(page)).toContain('连心卡负责人'));
    expect(text(page)).toContain('未设置');
    expect(env.calls).toContainEqual({ name: 'admin', action: 'node', payload: { id: 'g1' } });
    tapText(page, '保存');
    await until(() => expect(env.calls.filter((c) => c.action === 'saveNode')).toHaveLength(1));
    expect(env.calls.find((c) => c.action === 'saveNode').payload).toMatchObject({
      id: 'g1',
      type: 'grid',
      parentId: 'c1',
      households: 300,
      responsible: [{ duty: '网格长', name: '王秀兰', phone: '13903920005' }],
    });
  });
});
