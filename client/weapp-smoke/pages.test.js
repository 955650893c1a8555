/**
 * The compiled mini-program renders its pages from the cloud functions' answers and reacts to taps.
 * These run the real dist/weapp output (NutUI, zod and all), not the sources.
 */
const { bootApp, until, text, tapText, findByText } = require('./harness');

jest.setTimeout(20000);

const gridWorker = {
  id: 'u-grid',
  nickname: '李网格',
  roles: [{ role: 'gridWorker', orgId: 'g1', orgName: '凤凰城社区第一网格' }],
  address: {
    streetId: 's1',
    communityId: 'c1',
    compoundId: 'p1',
    buildingId: 'b1',
    gridId: 'g1',
    room: '2单元501',
    text: '凤凰城社区 天河嘉城 3号楼 2单元501',
    boundAt: 1,
  },
};
const categories = [
  { id: 'cat-light', name: '路灯损坏', group: '公共设施', limitText: '1个工作日', urgentLimitText: '2小时' },
  { id: 'cat-trash', name: '垃圾清运', group: '市容环境', limitText: '1个工作日', urgentLimitText: '4小时' },
];

function backend(name, action) {
  if (name === 'org' && action === 'me') return { ok: true, data: gridWorker };
  if (name === 'tickets' && action === 'categories') return { ok: true, data: categories };
  if (name === 'tickets' && action === 'mine') return { ok: true, data: { items: [], hasMore: false } };
  return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' };
}

let env;
beforeAll(() => {
  env = bootApp({ backend });
});

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
    await until(() => expect(text(page)).toContain('我的诉求'));
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
    expect(text(page)).toContain('问题描述至少 5 个字');
    expect(env.calls.filter((c) => c.action === 'file')).toHaveLength(0);
  });
});
