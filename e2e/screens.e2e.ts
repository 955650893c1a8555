/**
 * The screens issue 15 asks to see, at 375 px, in normal mode and in 长辈模式: 首页, 反映问题 (filing),
 * the ticket's page, 连心卡 and 我的 as 张阿姨 (居民) sees them, and the grid worker's queue as 王秀兰
 * (网格员) sees it. Screenshots go to e2e/artifacts/screens/ (NN-<mode>-<page>.png); per page and mode
 * one line of figures is printed (e2e/measure.ts): smallest visible text, the main action's height,
 * the smallest tap target, body text contrast. The rules on those numbers are e2e/elder.e2e.ts's.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openStack, phone, shooter, signIn, visible } from './harness';
import { figures, figuresLine, firstRow, settled } from './measure';

let env: Awaited<ReturnType<typeof openStack>>;
let browser: Browser;
const shot = shooter('screens');

interface Screen {
  name: string;
  path: string;
  /** words on the screen once it has drawn */
  seen: string | RegExp;
  /** from the drawn path to the screen (the ticket's page: a tap on the first row) */
  then?: (page: Page) => Promise<unknown>;
}

const PEOPLE: { who: { name: string; roleLabel: string }; screens: Screen[] }[] = [
  {
    who: { name: '张阿姨', roleLabel: '居民' },
    screens: [
      { name: '首页', path: '/pages/home/index', seen: '我要反映' },
      { name: '反映问题', path: '/packages/tickets/pages/file/index', seen: '问题描述' },
      { name: '诉求详情', path: '/packages/tickets/pages/mine/index', seen: '全部', then: firstRow },
      { name: '连心卡', path: '/packages/account/pages/card/index', seen: /网格/ },
      { name: '我的', path: '/pages/me/index', seen: '长辈模式' },
    ],
  },
  {
    who: { name: '王秀兰', roleLabel: '网格员' },
    screens: [{ name: '队列', path: '/packages/tickets/pages/queue/index', seen: /待签收/ }],
  },
];

async function walk(page: Page, mode: 'normal' | 'elder', screens: Screen[]) {
  for (const s of screens) {
    await page.goto(`${env.stack.url}${s.path}`);
    await visible(page, s.seen);
    await settled(page);
    if (s.then) {
      await s.then(page);
      await page.waitForURL(/detail/);
      await settled(page);
    }
    const f = await figures(page);
    console.log(figuresLine(mode, s.name, f));
    await shot(page, `${mode}-${s.name}`);
    // 长辈模式: every visible word at 4.5:1 or more against what it is drawn on, not only the body's
    if (mode === 'elder')
      assert.ok(f.minContrast >= 4.5, `${s.name}: lowest contrast ${f.minContrast} (“${f.minContrastSample}”)`);
  }
}

before(async () => {
  env = await openStack();
  browser = env.browser;
});
after(async () => env?.close());

for (const person of PEOPLE) {
  test(`${person.who.name}'s screens at 375 px, normal and 长辈模式, with their figures`, async () => {
    const page = await (await phone(browser)).newPage();
    // tsx names functions through a __name helper that the page does not have: measure() runs there
    await page.addInitScript('window.__name = (f) => f');
    await signIn(page, env.stack.url, person.who);
    await walk(page, 'normal', person.screens);
    await page.goto(`${env.stack.url}/pages/me/index`);
    await page.getByText('长辈模式', { exact: true }).filter({ visible: true }).first().click();
    await visible(page, '已开启，点此关闭');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('lx-elder')), true);
    await walk(page, 'elder', person.screens);
    await page.context().close();
  });
}
