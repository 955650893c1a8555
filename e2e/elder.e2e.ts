/**
 * 长辈模式 measured in Chromium at 375 px: 张阿姨 (居民) walks 首页, 办事, 反映问题, 我的反映 and 我的 in
 * normal mode, switches 长辈模式 on in 我的, and walks them again. On each page the journey measures, in
 * CSS px from computed styles: the smallest visible text, the main action's height (the primary NutUI
 * button, where the page has one), the smallest tap target, and the contrast of body text (the colour
 * most of the page's words are in) against the background it sits on (WCAG 2 formula, e2e/measure.ts). One line per page is printed; screenshots
 * of both modes go to e2e/artifacts/elder/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openStack, phone, shooter, signIn, visible } from './harness';
import { figures, figuresLine, type Figures } from './measure';

let env: Awaited<ReturnType<typeof openStack>>;
let browser: Browser;
let page: Page;
const shot = shooter('elder');

const tap = (text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).first().click();

/** The five pages, each opened the way 张阿姨 would; `seen` is a words on it once it has drawn. */
const go = (path: string) => page.goto(`${env.stack.url}/pages/${path}/index`);
const PAGES: { name: string; open: () => Promise<unknown>; seen: string }[] = [
  { name: '首页', open: () => go('home'), seen: '我要反映' },
  { name: '办事', open: () => go('services'), seen: '反映问题' },
  { name: '反映问题', open: () => go('home').then(() => tap('我要反映')), seen: '问题描述' },
  { name: '我的反映', open: () => go('me').then(() => tap('我的反映')), seen: '全部' },
  { name: '我的', open: () => go('me'), seen: '长辈模式' },
];

async function walk(mode: 'normal' | 'elder'): Promise<Map<string, Figures>> {
  const out = new Map<string, Figures>();
  for (const p of PAGES) {
    await p.open();
    await visible(page, p.seen);
    await page.waitForTimeout(400); // fonts and late rows settle
    const f = await figures(page);
    out.set(p.name, f);
    console.log(figuresLine(mode, p.name, f));
    await shot(page, `${mode}-${p.name}`);
  }
  return out;
}

before(async () => {
  env = await openStack();
  browser = env.browser;
  page = await (await phone(browser)).newPage();
  // tsx names functions through a __name helper that the page does not have: measure() runs there
  await page.addInitScript('window.__name = (f) => f');
  await signIn(page, env.stack.url, { name: '张阿姨', roleLabel: '居民' });
});
after(async () => env?.close());

test('outside 长辈模式: no visible text below 12 px, typed text 16 px and up, body text 4.5:1', async () => {
  for (const [name, f] of await walk('normal')) {
    assert.ok(f.minText >= 12, `${name}: smallest text ${f.minText}px (“${f.minTextSample}”)`);
    if (f.typed !== null) assert.ok(f.typed >= 16, `${name}: typed text ${f.typed}px`);
    assert.ok(f.bodyContrast >= 4.5, `${name}: body contrast ${f.bodyContrast}`);
  }
});

test('张阿姨 switches 长辈模式 on in 我的, and every page meets the 适老化 numbers', async () => {
  await go('me');
  await tap('长辈模式');
  await visible(page, '已开启，点此关闭');
  for (const [name, f] of await walk('elder')) {
    assert.ok(f.minText >= 16, `${name}: smallest text ${f.minText}px (“${f.minTextSample}”)`);
    if (f.typed !== null) assert.ok(f.typed >= 18, `${name}: typed text ${f.typed}px`);
    if (f.mainAction !== null) assert.ok(f.mainAction >= 60, `${name}: main action ${f.mainAction}px`);
    if (f.minTarget !== null) assert.ok(f.minTarget >= 48, `${name}: target ${f.minTarget}px (“${f.minTargetSample}”)`);
    assert.ok(f.bodyContrast >= 4.5, `${name}: body contrast ${f.bodyContrast}`);
    assert.ok(f.minContrast >= 4.5, `${name}: lowest contrast ${f.minContrast} (“${f.minContrastSample}”)`);
  }
});

test('长辈模式 is kept: a fresh start (of 我的) opens in it', async () => {
  await page.reload();
  await visible(page, '已开启，点此关闭');
  const root = await page.evaluate(() => document.documentElement.classList.contains('lx-elder'));
  assert.equal(root, true);
});
