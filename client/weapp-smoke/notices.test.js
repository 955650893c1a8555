/**
 * The compiled notices pages: the 通知 tab lists what notices.list answers and asks for message
 * consent from a tap; the detail page renders paragraphs (never HTML); the door-to-door list masks names.
 */
const { bootForFile, until, text, tapText } = require('./harness');
const { homeAddress, UNKNOWN_ACTION } = require('../test-fixtures');

jest.setTimeout(20000);

const resident = {
  id: 'u-res',
  nickname: '张阿姨',
  roles: [],
  address: homeAddress(),
};
const summary = {
  id: 'n1',
  title: '天河嘉城3号楼临时停水提醒',
  category: 'reminder',
  categoryLabel: '提醒',
  pinned: false,
  publishAt: Date.parse('2026-11-21T08:00:00+08:00'),
  excerpt: '因二次供水设备检修，明日8:00至12:00停水',
  orgName: '凤凰城社区',
  read: false,
};
const detail = {
  ...summary,
  body: [
    { type: 'p', text: '<b>不是标签</b>因二次供水设备检修，明日停水。' },
    { type: 'p', text: '如有困难请联系网格员。' },
  ],
  state: 'published',
  stateLabel: '已发布',
  editable: false,
};
const door = {
  noticeId: 'n1',
  title: summary.title,
  gridId: 'g1',
  gridName: '凤凰城社区第一网格',
  households: 3,
  read: 1,
  informed: 0,
  buildings: [
    {
      buildingId: 'b1',
      name: '天河嘉城 3号楼',
      households: [{ room: '1单元101', residents: ['李**'], informed: false }],
    },
  ],
};

function backend(name, action) {
  if (name === 'org' && action === 'me') return { ok: true, data: resident };
  if (name === 'org' && action === 'subscribe') return { ok: true, data: { subscriptions: { notice: 1 } } };
  if (name === 'notices' && action === 'list') return { ok: true, data: { items: [summary], hasMore: false } };
  if (name === 'notices' && action === 'unread') return { ok: true, data: { count: 1, bar: [] } };
  if (name === 'notices' && action === 'detail') return { ok: true, data: detail };
  if (name === 'notices' && action === 'doorToDoor') return { ok: true, data: door };
  return UNKNOWN_ACTION;
}

const env = bootForFile({ backend });

describe('the compiled notices pages', () => {
  it('通知 lists the notices with their unread mark', async () => {
    const page = env.openPage('pages/notices/index');
    await until(() => expect(text(page)).toContain('天河嘉城3号楼临时停水提醒'));
    expect(text(page)).toContain('未读');
    expect(text(page)).toContain('开启通知提醒');
  });

  it('开启通知提醒 asks WeChat for the notice template and records what was accepted', async () => {
    global.wx.requestSubscribeMessage = jest.fn(({ success }) =>
      success({ errMsg: 'requestSubscribeMessage:ok', 'LX-TPL-NOTICE': 'accept' }),
    );
    const page = env.openPage('pages/notices/index');
    await until(() => expect(text(page)).toContain('开启通知提醒'));
    tapText(page, '开启通知提醒');
    await until(() =>
      expect(env.calls).toContainEqual({ name: 'org', action: 'subscribe', payload: { accepted: ['notice'] } }),
    );
    expect(global.wx.requestSubscribeMessage.mock.calls[0][0].tmplIds).toEqual(['LX-TPL-NOTICE']);
  });

  it('the detail page shows the paragraphs as text, markup and all', async () => {
    const page = env.openPage('packages/notices/pages/detail/index', { id: 'n1' });
    await until(() => expect(text(page)).toContain('如有困难请联系网格员。'));
    expect(text(page)).toContain('<b>不是标签</b>');
    expect(env.calls).toContainEqual({ name: 'notices', action: 'detail', payload: { id: 'n1' } });
  });

  it('the door-to-door list shows rooms and masked names', async () => {
    const page = env.openPage('packages/notices/pages/door/index', { id: 'n1', gridId: 'g1' });
    await until(() => expect(text(page)).toContain('1单元101'));
    expect(text(page)).toContain('李**');
    expect(text(page)).toContain('待告知 2 户');
  });
});
