/**
 * Runs Taro's compiled weapp output in miniprogram-simulate. The simulator knows components, not
 * apps and pages, so the missing pieces are shimmed: `App()` keeps the app's options, `Page()`
 * becomes a `Component()` whose lifetimes call the page's onLoad/onShow/onReady, and
 * `wx.createSelectorQuery` is a chainable fake (NutUI measures itself with it). `wx.cloud` is a fake
 * CloudBase whose functions answer through `backend`, the way the cloud functions would.
 */
const fs = require('node:fs');
const path = require('node:path');

const DIST = path.resolve(__dirname, '../../dist/weapp');

function assertBuilt() {
  if (!fs.existsSync(path.join(DIST, 'app.js')) || !fs.existsSync(path.join(DIST, 'app.json'))) {
    throw new Error(
      `dist/weapp is missing (${DIST}): run \`npm run build:weapp\` first — the root \`npm test\` builds it before these tests.`,
    );
  }
}

function chainableSelectorQuery() {
  const rect = { width: 375, height: 40, top: 0, left: 0, right: 375, bottom: 40 };
  const results = [];
  const query = {
    in: () => query,
    select: () => node,
    selectAll: () => node,
    selectViewport: () => node,
    exec: (cb) => {
      const out = results.splice(0);
      setTimeout(() => cb && cb(out), 0);
      return query;
    },
  };
  const node = {
    boundingClientRect: (cb) => (results.push(rect), cb && cb(rect), query),
    scrollOffset: (cb) => (results.push({ scrollTop: 0, scrollLeft: 0 }), cb && cb({ scrollTop: 0 }), query),
    fields: (_f, cb) => (results.push(rect), cb && cb(rect), query),
    node: (cb) => (results.push({ node: null }), cb && cb({ node: null }), query),
    context: (cb) => (results.push({}), cb && cb({}), query),
  };
  return query;
}

/**
 * Boots the app once per test file. `backend(name, action, payload)` answers callFunction with the
 * `{ ok, data } | { ok: false, code, message }` envelope.
 */
function bootApp({ backend }) {
  assertBuilt();
  const simulate = require('miniprogram-simulate'); // installs global.wx and Component
  const calls = [];
  let appOptions;
  const pageStack = [];
  let loading; // the route whose page file is being evaluated

  global.wx.cloud = {
    init: () => undefined,
    callFunction: async ({ name, data }) => {
      calls.push({ name, action: data.action, payload: data.payload });
      return {
        errMsg: 'cloud.callFunction:ok',
        requestID: `r${calls.length}`,
        result: await backend(name, data.action, data.payload),
      };
    },
    uploadFile: async ({ cloudPath }) => ({
      errMsg: 'cloud.uploadFile:ok',
      fileID: `cloud://lianxin-prod/${cloudPath}`,
      statusCode: 200,
    }),
  };
  global.wx.createSelectorQuery = chainableSelectorQuery;
  global.wx.stopPullDownRefresh = () => undefined;
  global.App = (options) => {
    appOptions = options;
  };
  global.getApp = () => appOptions;
  global.getCurrentPages = () => pageStack;
  global.Page = (options) => {
    const route = loading.route;
    const query = loading.query;
    const methods = {};
    for (const [k, v] of Object.entries(options)) if (typeof v === 'function') methods[k] = v;
    global.Component({
      data: options.data || {},
      methods,
      lifetimes: {
        attached() {
          this.route = route;
          this.__route__ = route;
          pageStack.push(this);
          if (methods.onLoad) methods.onLoad.call(this, query);
          if (methods.onShow) methods.onShow.call(this);
        },
        ready() {
          if (methods.onReady) methods.onReady.call(this);
        },
        detached() {
          pageStack.splice(pageStack.indexOf(this), 1);
          if (methods.onUnload) methods.onUnload.call(this);
        },
      },
    });
  };

  require(path.join(DIST, 'app.js'));
  if (!appOptions) throw new Error('dist/weapp/app.js did not call App()');
  appOptions.onLaunch && appOptions.onLaunch.call(appOptions, { path: 'pages/home/index', query: {}, scene: 1001 });
  appOptions.onShow && appOptions.onShow.call(appOptions, { path: 'pages/home/index', query: {}, scene: 1001 });

  // A page file runs once (the module registry keeps it); later opens render the same definition.
  const loaded = new Map();
  /** Loads and shows one compiled page, e.g. 'pages/me/index'. */
  function openPage(route, query = {}) {
    loading = { route, query };
    if (!loaded.has(route))
      loaded.set(route, simulate.load(path.join(DIST, route), { compiler: 'official', rootPath: DIST }));
    const page = simulate.render(loaded.get(route));
    page.attach(document.createElement('parent-wrapper'));
    return page;
  }

  return { calls, openPage, app: appOptions, pageStack };
}

/** Polls until `check()` stops throwing (first render arrives after ~100 ms). */
async function until(check, timeout = 5000) {
  const start = Date.now();
  let last;
  while (Date.now() - start < timeout) {
    try {
      return check();
    } catch (e) {
      last = e;
    }
    // eslint-disable-next-line no-await-in-loop
    await new Promise((r) => setTimeout(r, 25));
  }
  throw last;
}

const text = (page) => page.dom.textContent.replace(/\s+/g, ' ');

/** The innermost element showing exactly `label`. */
function findByText(page, label) {
  let found;
  const walk = (el) => {
    for (const child of el.children) walk(child);
    if (!found && el.textContent.trim() === label) found = el;
  };
  walk(page.dom);
  if (!found) throw new Error(`no element shows "${label}"`);
  return found;
}

/** A tap where a finger would land: on the element showing `label`, bubbling like WeChat's. */
function tapText(page, label) {
  const exparser = require('miniprogram-exparser');
  let el = findByText(page, label);
  while (el && !el.__wxElement) el = el.parentElement;
  if (!el) throw new Error(`"${label}" is not inside a mini-program element`);
  exparser.Event.dispatchEvent(
    el.__wxElement,
    exparser.Event.create(
      'tap',
      { x: 0, y: 0 },
      { bubbles: true, composed: true, capturePhase: true, extraFields: { touches: {}, changedTouches: {} } },
    ),
  );
}

/**
 * Boots the app once for the test file (in its beforeAll) and hands back the env it will hold:
 * `calls` and `openPage` are there by the time the first test runs.
 */
function bootForFile(opts) {
  const env = {};
  beforeAll(() => Object.assign(env, bootApp(opts)));
  return env;
}

module.exports = { DIST, assertBuilt, bootApp, bootForFile, until, text, findByText, tapText };
