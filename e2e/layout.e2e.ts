/**
 * Layout at phone widths: at 320 and 375 px, in normal mode and in 长辈模式, on the main pages of
 * every role (居民, 网格员, 社区工作人员, 党员, 管理员), no button label is clipped and no number breaks
 * across lines. A label is clipped when its words reach outside its button or the screen, or a box
 * inside it cuts them (scrollWidth past clientWidth under overflow: hidden, ellipsis); a row of chips
 * that scrolls sideways is cut only by its own words. A number (a phone, a hotline, a ticket's 编号)
 * breaks when its characters lie on more than one line, or is cut off by a box that hides its overflow
 * (an ellipsis). Every page prints what it checked.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openStack, shooter, signIn } from './harness';
import { BUTTON_LIKE, firstRow, settled } from './measure';

let env: Awaited<ReturnType<typeof openStack>>;
let browser: Browser;
const shot = shooter('layout');

interface Findings {
  buttons: number;
  numbers: number;
  clipped: string[];
  broken: string[];
}

/** Runs in the page, over what is visible (h5 keeps the pages under the top one in the DOM, hidden). */
function inspect(buttonLike: string): Findings {
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const rectsOf = (node: Node, start?: number, end?: number) => {
    const range = document.createRange();
    if (start === undefined) range.selectNodeContents(node);
    else {
      range.setStart(node, start);
      range.setEnd(node, end ?? start);
    }
    return Array.from(range.getClientRects()).filter((r) => r.width > 0);
  };
  /** a button's label reaches outside it or the screen, or a box inside it cuts the words */
  const clippedLabel = (b: Element): string | null => {
    const label = (b as HTMLElement).innerText.trim().replace(/\s+/g, ' ');
    const box = b.getBoundingClientRect();
    // a row of chips that scrolls sideways shows the rest on a swipe: only the screen's edge cuts
    let scrolls = false;
    for (let e = b.parentElement; e && !scrolls; e = e.parentElement)
      scrolls = /auto|scroll/.test(getComputedStyle(e).overflowX);
    const offScreen = (r: DOMRect) => !scrolls && (r.right > innerWidth + 1 || r.left < -1);
    const outside = rectsOf(b).some((r) => r.left < box.left - 1 || r.right > box.right + 1 || offScreen(r));
    const cut = [b, ...Array.from(b.querySelectorAll('*'))].some((e) => {
      const s = getComputedStyle(e);
      const hides = s.overflowX !== 'visible' || s.textOverflow === 'ellipsis';
      return hides && e.scrollWidth > e.clientWidth + 1;
    });
    return outside || cut ? `“${label}” (${Math.round(box.width)}px wide${cut ? ', cut inside' : ''})` : null;
  };
  /** a number on more than one line, or cut off by a box that hides its overflow (an ellipsis) */
  const brokenNumber = (n: Node, parent: HTMLElement, start: number, text: string): string | null => {
    const rects = rectsOf(n, start, start + text.length);
    const lines = new Set(rects.map((r) => Math.round(r.top)));
    if (lines.size > 1) return `${text} on ${lines.size} lines`;
    const ends = Math.max(...rects.map((r) => r.right));
    let box: HTMLElement | null = parent;
    while (box && box !== document.body && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
    return box && box !== document.body && ends > box.getBoundingClientRect().right + 1 ? `${text} cut off` : null;
  };
  const buttons = Array.from(document.querySelectorAll(buttonLike)).filter(
    (b) => shown(b) && (b as HTMLElement).innerText.trim() !== '',
  );
  const clipped = buttons.map(clippedLabel).filter((x): x is string => x !== null);
  const broken: string[] = [];
  let numbers = 0;
  // a mobile phone, a hotline (0392-3336017), a ticket's 编号 (20261201-00042)
  const NUMBER = /1[3-9]\d{9}|0\d{2,3}-\d{7,8}|\d{8}-\d{5}/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || !shown(parent)) continue;
    for (const m of (n.textContent ?? '').matchAll(NUMBER)) {
      if (rectsOf(n, m.index, m.index + m[0].length).length === 0) continue;
      numbers += 1;
      const why = brokenNumber(n, parent, m.index, m[0]);
      if (why) broken.push(why);
    }
  }
  return { buttons: buttons.length, numbers, clipped, broken };
}

/** The screens by name: where each is, and for a list's first entry, the tap that opens it. */
const SCREENS: Record<string, { path: string; then?: (page: Page) => Promise<unknown> }> = {
  首页: { path: '/pages/home/index' },
  办事: { path: '/pages/services/index' },
  通知: { path: '/pages/notices/index' },
  我的: { path: '/pages/me/index' },
  反映问题: { path: '/packages/tickets/pages/file/index' },
  我的反映: { path: '/packages/tickets/pages/mine/index' },
  诉求详情: { path: '/packages/tickets/pages/mine/index', then: firstRow },
  连心卡: { path: '/packages/account/pages/card/index' },
  我的住址: { path: '/packages/account/pages/address/index' },
  队列: { path: '/packages/tickets/pages/queue/index' },
  队列中的诉求: { path: '/packages/tickets/pages/queue/index', then: firstRow },
  代办: { path: '/packages/tickets/pages/proxy/index' },
  入户走访: { path: '/packages/visits/pages/due/index' },
  通知管理: { path: '/packages/notices/pages/managed/index' },
  发布通知: { path: '/packages/notices/pages/compose/index' },
  阅读情况: { path: '/packages/notices/pages/managed/index', then: firstRow },
  报到审核: { path: '/packages/party/pages/review/index' },
  志愿活动: { path: '/packages/party/pages/activities/index' },
  认岗领责: { path: '/packages/party/pages/posts/index' },
  我的积分: { path: '/packages/party/pages/points/index' },
  微心愿: { path: '/packages/party/pages/wishes/index' },
  管理: { path: '/packages/admin/pages/index/index' },
  组织架构: { path: '/packages/admin/pages/tree/index' },
  邀请: { path: '/packages/admin/pages/invite/index' },
  类别时限: { path: '/packages/admin/pages/categories/index' },
  节假日: { path: '/packages/admin/pages/holidays/index' },
  导入: { path: '/packages/admin/pages/import/index' },
};
const ROLES: { who: { name: string; roleLabel: string }; screens: string[] }[] = [
  {
    who: { name: '张阿姨', roleLabel: '居民' },
    screens: ['首页', '办事', '通知', '我的', '反映问题', '我的反映', '诉求详情', '连心卡', '我的住址'],
  },
  {
    who: { name: '王秀兰', roleLabel: '网格员' },
    screens: ['首页', '队列', '队列中的诉求', '代办', '入户走访', '我的'],
  },
  {
    who: { name: '陈丽娟', roleLabel: '社区工作人员' },
    screens: ['首页', '队列', '通知管理', '发布通知', '阅读情况', '报到审核'],
  },
  { who: { name: '赵红梅', roleLabel: '党员' }, screens: ['办事', '志愿活动', '认岗领责', '我的积分', '微心愿'] },
  { who: { name: '周志强', roleLabel: '管理员' }, screens: ['管理', '组织架构', '邀请', '类别时限', '节假日', '导入'] },
];

before(async () => {
  env = await openStack();
  browser = env.browser;
});
after(async () => env?.close());

const MODES = [
  [320, 'normal'],
  [375, 'normal'],
  [320, 'elder'],
  [375, 'elder'],
] as const;
for (const [width, mode] of MODES) {
  test(`at ${width} px (${mode}) no button label is clipped and no number breaks, on every role's main pages`, async () => {
    const faults: string[] = [];
    for (const role of ROLES) {
      const ctx = await browser.newContext({
        viewport: { width, height: 760 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN',
      });
      const page = await ctx.newPage();
      // tsx names functions through a __name helper that the page does not have: inspect() runs there
      await page.addInitScript('window.__name = (f) => f');
      await signIn(page, env.stack.url, role.who);
      if (mode === 'elder') {
        await page.goto(`${env.stack.url}/pages/me/index`);
        await page.getByText('长辈模式', { exact: true }).filter({ visible: true }).first().click();
        await page.getByText('已开启，点此关闭').filter({ visible: true }).first().waitFor();
      }
      for (const name of role.screens) {
        const s = SCREENS[name];
        await page.goto(`${env.stack.url}${s.path}`);
        await settled(page);
        if (s.then) {
          await s.then(page);
          await settled(page);
        }
        const f = await page.evaluate(inspect, BUTTON_LIKE);
        const where = `${width}px ${mode} ${role.who.roleLabel} ${name}`;
        console.log(
          `layout ${where}: ${f.buttons} buttons, ${f.numbers} numbers` +
            (f.clipped.length ? `; clipped ${f.clipped.join(', ')}` : '') +
            (f.broken.length ? `; broken ${f.broken.join(', ')}` : ''),
        );
        if (f.clipped.length || f.broken.length || name === '发布通知')
          await shot(page, `${width}-${mode}-${role.who.roleLabel}-${name}`);
        faults.push(...f.clipped.map((c) => `${where}: clipped ${c}`), ...f.broken.map((b) => `${where}: ${b}`));
      }
      await ctx.close();
    }
    assert.deepEqual(faults, []);
  });
}
