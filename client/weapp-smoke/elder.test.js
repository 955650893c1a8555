/**
 * 长辈模式 in the compiled mini-program: weapp cannot reach `page` from script, so every page's
 * root view (components/PageRoot.tsx, `withPageRoot` at each page's export) carries `lx-elder` while
 * the mode is on, and app.scss redefines the theme's variables under it. Checked on pages of the main
 * package and of subpackages, in their loading state and drawn.
 */
const { DIST, bootForFile, until, text } = require('./harness');
const { UNKNOWN_ACTION } = require('../test-fixtures');

jest.setTimeout(20000);

const resident = { id: 'u-res', nickname: '张阿姨', roles: [], address: null };
let answering = true;

function backend(name, action) {
  if (!answering) return new Promise(() => {});
  if (name === 'org' && action === 'me') return { ok: true, data: resident };
  if (name === 'admin' && action === 'invitations') return { ok: true, data: [] };
  return UNKNOWN_ACTION;
}

// miniprogram-simulate's storage keeps nothing: a Map stands in, installed before the app boots
// (Taro reads wx's storage functions when it starts)
require('miniprogram-simulate');
const storage = new Map();
Object.assign(global.wx, {
  setStorageSync: (key, value) => void storage.set(key, value),
  getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
  removeStorageSync: (key) => void storage.delete(key),
});

const env = bootForFile({ backend });

/**
 * The classes of the page's outermost element that has any (the root view withPageRoot puts there),
 * without the simulator's per-component prefix (`main--lx-elder` is `lx-elder`).
 */
function rootClasses(page) {
  const root = page.dom.querySelector('[class]');
  if (!root) throw new Error('the page drew no element with a class');
  return root
    .getAttribute('class')
    .split(/\s+/)
    .map((c) => c.replace(/^.*--(?=lx-)/, ''));
}

const elder = (on) => storage.set('lx.elderMode', on);

/** every page of the built app.json */
const ALL_PAGES = (() => {
  const app = JSON.parse(require('node:fs').readFileSync(require('node:path').join(DIST, 'app.json'), 'utf8'));
  return [...app.pages, ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
})();
describe('长辈模式 on every weapp page', () => {
  afterEach(() => storage.delete('lx.elderMode'));

  it.each([
    ['pages/me/index', '长辈模式'],
    ['pages/not-found/index', '找不到页面'],
    ['packages/account/pages/redeem/index', '邀请码'],
  ])('%s draws inside a root view with lx-elder while the mode is on', async (route, seen) => {
    elder(true);
    const page = env.openPage(route);
    await until(() => expect(text(page)).toContain(seen));
    expect(rootClasses(page)).toEqual(expect.arrayContaining(['lx-page-root', 'lx-elder']));
  });

  it.each(ALL_PAGES)('%s has the root view with lx-elder', async (route) => {
    elder(true);
    const page = env.openPage(route);
    await until(() => expect(rootClasses(page)).toEqual(expect.arrayContaining(['lx-page-root', 'lx-elder'])));
  });

  it('without the mode the root view is there and has no lx-elder', async () => {
    elder(false);
    const page = env.openPage('pages/me/index');
    await until(() => expect(text(page)).toContain('长辈模式'));
    expect(rootClasses(page)).toContain('lx-page-root');
    expect(rootClasses(page)).not.toContain('lx-elder');
  });

  it('a page still loading (its spinner) is inside the elder root too', async () => {
    elder(true);
    answering = false;
    try {
      const page = env.openPage('packages/admin/pages/invite/index');
      await until(() => expect(text(page)).toContain('正在加载'));
      expect(rootClasses(page)).toEqual(expect.arrayContaining(['lx-page-root', 'lx-elder']));
    } finally {
      answering = true;
    }
  });
});
