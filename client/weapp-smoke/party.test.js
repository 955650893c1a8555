/**
 * The compiled party subpackage in WeChat's shape: app.json declares the location calls the pages make
 * (since 2022-07-14 WeChat fails an undeclared getLocation / chooseLocation), and on 活动详情 a
 * signed-up member's 扫码签到 opens the scanner (wx.scanCode) and sends what it read to party.checkIn
 * as the code, then shows the member checked in.
 */
const fs = require('node:fs');
const path = require('node:path');
const { DIST, bootForFile, until, text, tapText } = require('./harness');
const { UNKNOWN_ACTION } = require('../test-fixtures');

jest.setTimeout(20000);

const NOW = Date.now();
const member = {
  id: 'demo-party',
  nickname: '赵红梅',
  roles: [{ role: 'partyMember', orgId: 'c1', orgName: '凤凰城社区' }],
};
const QR = 'lxparty:checkin:a1:123456';
let checkedIn = false;

/** An activity open for check-in, as types/api/party-service.ts ActivityView shapes it. */
function activity() {
  return {
    _id: 'a1',
    communityId: 'c1',
    streetId: 's1',
    orgPath: ['s1', 'c1'],
    title: '小区环境清洁日',
    category: '环境整治',
    startAt: NOW - 3600000,
    endAt: NOW + 3 * 3600000,
    place: { name: '凤凰城社区党群服务中心', point: { lng: 113.66, lat: 34.75 }, radiusM: 300 },
    capacity: 30,
    hours: 2,
    signedUp: 1,
    status: 'open',
    createdBy: 'demo-community',
    createdAt: NOW - 86400000,
    updatedAt: NOW - 86400000,
    phase: 'checkInOpen',
    mine: {
      userId: 'demo-party',
      name: '赵红梅',
      state: checkedIn ? 'checkedIn' : 'signedUp',
      signedUpAt: NOW - 86400000,
      ...(checkedIn ? { checkInAt: NOW, checkInMethod: 'code' } : {}),
    },
  };
}

function backend(name, action, payload) {
  if (name === 'org' && action === 'me') return { ok: true, data: member };
  if (name === 'party' && action === 'activity') return { ok: true, data: activity() };
  if (name === 'party' && action === 'checkIn' && payload.code === QR) {
    checkedIn = true;
    return { ok: true, data: { method: 'code', at: NOW } };
  }
  return UNKNOWN_ACTION;
}

// she agreed to the 隐私政策 before (WeChat remembers it), set before the app boots (Taro reads wx's
// functions when it starts): no consent sheet here (that is client/weapp-smoke/privacy.test.js)
require('miniprogram-simulate');
global.wx.getPrivacySetting = (opts) => opts?.success?.({ needAuthorization: false });
const env = bootForFile({ backend });

describe('party subpackage (compiled)', () => {
  it('app.json declares the location calls and their reason, and registers the party pages', () => {
    const app = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'));
    expect(app.requiredPrivateInfos).toEqual(expect.arrayContaining(['getLocation', 'chooseLocation']));
    expect(app.permission['scope.userLocation'].desc.length).toBeGreaterThan(4);
    const party = (app.subPackages || app.subpackages).find((s) => s.root.replace(/\/$/, '') === 'packages/party');
    expect(party.pages).toEqual(expect.arrayContaining(['pages/activity/index', 'pages/roster/index']));
  });

  it('扫码签到 scans the organiser’s code and sends what it read to party.checkIn', async () => {
    const scans = [];
    global.wx.scanCode = (opts) => {
      scans.push(opts);
      const res = { errMsg: 'scanCode:ok', result: QR, scanType: 'QR_CODE' };
      if (opts && opts.success) opts.success(res);
      if (opts && opts.complete) opts.complete(res);
      return Promise.resolve(res);
    };
    const page = env.openPage('packages/party/pages/activity/index', { id: 'a1' });
    await until(() => expect(text(page)).toContain('扫码签到'));
    expect(text(page)).toContain('小区环境清洁日');
    // weapp scans: no code to type
    expect(text(page)).not.toContain('确认签到');
    tapText(page, '扫码签到');
    await until(() => expect(env.calls.some((c) => c.name === 'party' && c.action === 'checkIn')).toBe(true));
    expect(scans).toHaveLength(1);
    const sent = env.calls.filter((c) => c.name === 'party' && c.action === 'checkIn');
    expect(sent).toEqual([
      { name: 'party', action: 'checkIn', payload: { communityId: 'c1', activityId: 'a1', method: 'code', code: QR } },
    ]);
    await until(() => expect(text(page)).toContain('签退'));
  });
});
