/**
 * 长辈模式 measured in Chromium at 375 px: 张阿姨 (居民) walks 首页, 办事, 反映问题, 我的诉求 and 我的 in
 * normal mode, switches 长辈模式 on in 我的, and walks them again. On each page the journey measures, in
 * CSS px from computed styles: the smallest visible text, the main action's height (the primary NutUI
 * button, where the page has one), and the contrast of body text (the colour most of the page's words
 * are in) against the background it sits on (WCAG 2 formula). One line per page is printed; screenshots
 * of both modes go to e2e/artifacts/elder/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openStack, phone, shooter, signIn, visible } from './harness';

let env: Awaited<ReturnType<typeof openStack>>;
let browser: Browser;
let page: Page;
const shot = shooter('elder');

interface Figures {
  minText: number;
  minTextSample: string;
  typed: number | null;
  mainAction: number | null;
  bodyContrast: number;
  minContrast: number;
}

/** Runs in the page: every visible element with words of its own. */
function measure(): Figures {
  const lum = (c: string) => {
    const [r, g, b] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
    const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  const opaque = (c: string) => !/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent';
  /** the colour behind an element; null behind a gradient or picture (NutUI's primary button), not measured */
  const background = (el: Element | null): string | null => {
    for (let e = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.backgroundImage !== 'none') return null;
      if (opaque(style.backgroundColor)) return style.backgroundColor;
    }
    return 'rgb(255, 255, 255)';
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  let minText = Infinity;
  let minTextSample = '';
  let minContrast = Infinity;
  const weight = new Map<string, { chars: number; ratio: number }>();
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    const own = Array.from(el.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (!own || !shown(el)) continue;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    if (size < minText) [minText, minTextSample] = [size, own.slice(0, 12)];
    const bg = background(el);
    if (!bg) continue;
    const ratio = contrast(style.color, bg);
    minContrast = Math.min(minContrast, ratio);
    const key = `${style.color}|${bg}`;
    const w = weight.get(key) ?? { chars: 0, ratio };
    weight.set(key, { chars: w.chars + own.length, ratio });
  }
  const body = [...weight.values()].sort((a, b) => b.chars - a.chars)[0];
  const typedBox = Array.from(document.querySelectorAll('textarea, input:not([type=hidden])')).find(shown);
  const button = Array.from(document.querySelectorAll('.nut-button-primary')).find(shown);
  return {
    minText,
    minTextSample,
    typed: typedBox ? parseFloat(getComputedStyle(typedBox).fontSize) : null,
    mainAction: button ? button.getBoundingClientRect().height : null,
    bodyContrast: body?.ratio ?? 0,
    minContrast,
  };
}

const tap = (text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).first().click();

/** The five pages, each opened the way 张阿姨 would; `seen` is a words on it once it has drawn. */
const go = (path: string) => page.goto(`${env.stack.url}/pages/${path}/index`);
const PAGES: { name: string; open: () => Promise<unknown>; seen: string }[] = [
  { name: '首页', open: () => go('home'), seen: '我要反映' },
  { name: '办事', open: () => go('services'), seen: '反映问题' },
  { name: '反映问题', open: () => go('home').then(() => tap('我要反映')), seen: '问题描述' },
  { name: '我的诉求', open: () => go('me').then(() => tap('我的诉求')), seen: '全部' },
  { name: '我的', open: () => go('me'), seen: '长辈模式' },
];

async function walk(mode: 'normal' | 'elder'): Promise<Map<string, Figures>> {
  const out = new Map<string, Figures>();
  for (const p of PAGES) {
    await p.open();
    await visible(page, p.seen);
    await page.waitForTimeout(400); // fonts and late rows settle
    const f = await page.evaluate(measure);
    out.set(p.name, f);
    const n = (v: number | null, unit = 'px') => (v === null ? '—' : `${v.toFixed(1)}${unit}`);
    console.log(
      `elder figures ${mode} ${p.name}: smallest text ${n(f.minText)} (“${f.minTextSample}”), typed ${n(f.typed)}, ` +
        `main action ${n(f.mainAction)}, body contrast ${f.bodyContrast.toFixed(2)}:1, lowest contrast ${f.minContrast.toFixed(2)}:1`,
    );
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
    assert.ok(f.bodyContrast >= 4.5, `${name}: body contrast ${f.bodyContrast}`);
  }
});

test('长辈模式 is kept: a fresh start (of 我的) opens in it', async () => {
  await page.reload();
  await visible(page, '已开启，点此关闭');
  const root = await page.evaluate(() => document.documentElement.classList.contains('lx-elder'));
  assert.equal(root, true);
});
