/**
 * The privacy gate in the compiled mini-program: on a page whose code calls a protected API (住址's
 * map), the page's own consent sheet (components/PageRoot.tsx carries it) asks first, and
 * wx.chooseLocation is called only after 同意并继续; the answer is remembered.
 */
const { bootForFile, until, text, tapText } = require('./harness');
const { UNKNOWN_ACTION } = require('../test-fixtures');

jest.setTimeout(20000);

const resident = { id: 'u-res', nickname: '张阿姨', roles: [], addressHistory: [] };
function backend(name, action) {
  if (name === 'org' && action === 'me') return { ok: true, data: resident };
  return UNKNOWN_ACTION;
}

// storage that keeps what is set (miniprogram-simulate's keeps nothing), and WeChat's privacy answer
require('miniprogram-simulate');
const storage = new Map();
const chooseLocation = jest.fn((opts) => {
  const err = { errMsg: 'chooseLocation:fail cancel' };
  opts?.fail?.(err);
  opts?.complete?.(err);
});
Object.assign(global.wx, {
  setStorageSync: (key, value) => void storage.set(key, value),
  getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
  removeStorageSync: (key) => void storage.delete(key),
  getPrivacySetting: (opts) => opts?.success?.({ needAuthorization: true, privacyContractName: '连心网格隐私政策' }),
  chooseLocation,
});

const env = bootForFile({ backend });

it('住址 → 在地图上选择位置: the sheet first, the map only after 同意并继续, remembered', async () => {
  const page = env.openPage('packages/account/pages/address/index');
  await until(() => expect(text(page)).toContain('在地图上选择位置'));
  tapText(page, '在地图上选择位置');
  await until(() => expect(text(page)).toContain('隐私保护提示'));
  expect(text(page)).toContain('查看《隐私政策》');
  expect(chooseLocation).not.toHaveBeenCalled();
  tapText(page, '同意并继续');
  await until(() => expect(chooseLocation).toHaveBeenCalledTimes(1));
  expect(text(page)).not.toContain('隐私保护提示');
  expect(storage.get('lx-privacy-agreed')).toBe(1);
  tapText(page, '在地图上选择位置');
  await until(() => expect(chooseLocation).toHaveBeenCalledTimes(2));
  expect(text(page)).not.toContain('隐私保护提示');
});
