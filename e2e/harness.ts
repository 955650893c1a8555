/**
 * Browser journeys run Debian's Chromium (playwright-core, no downloaded browser) against the whole
 * local stack as `npm start` runs it: the h5 build, the gateway, the built function bundles, the
 * emulator with a fresh seed. Screenshots of every step land in e2e/artifacts/<journey>/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../client/test-fixtures';
import { startStack } from '../emulator/stack';

export const ARTIFACTS = join(__dirname, 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Stack = Awaited<ReturnType<typeof startStack>>;

export async function openStack(): Promise<{ stack: Stack; browser: Browser; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lx-e2e-'));
  const stack = await startStack({ dataDir, port: 0, scheduler: false });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  return {
    stack,
    browser,
    async close() {
      await browser.close();
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A phone-sized browser session for one person. She has agreed to the 隐私政策 already (the consent
 * sheet before a first photo or location: client/src/services/privacy.ts, stored as Taro's h5 storage
 * stores it) unless `privacy: 'ask'`, which e2e/privacy.e2e.ts uses to meet the sheet.
 */
export async function phone(browser: Browser, opts: { privacy?: 'agreed' | 'ask' } = {}): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  if (opts.privacy !== 'ask') {
    await ctx.addInitScript(() => localStorage.setItem('lx-privacy-agreed', JSON.stringify({ data: 1 })));
  }
  return ctx;
}

export function shooter(journey: string) {
  const dir = join(ARTIFACTS, journey);
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (page: Page, name: string) => {
    n += 1;
    await page.screenshot({ path: join(dir, `${String(n).padStart(2, '0')}-${name}.png`), fullPage: true });
  };
}

/** Signs in on the local-only demo page, as a tester would. */
export async function signIn(page: Page, baseUrl: string, who: { name: string; roleLabel: string }): Promise<void> {
  await page.goto(`${baseUrl}/dev/login?next=/`);
  await page.getByRole('button', { name: `以${who.name}（${who.roleLabel}）身份进入` }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dev/login'));
}

/** A new phone session (agreed to the 隐私政策), signed in as a demo identity. */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  who: { name: string; roleLabel: string },
): Promise<Page> {
  const page = await (await phone(browser)).newPage();
  await signIn(page, baseUrl, who);
  return page;
}

let shade = 0;
/**
 * A real PNG (the gateway checks the bytes, not the name), a different colour per call so photos on
 * one screen can be told apart.
 */
export function photo(width = 48, height = 48): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const t = Buffer.concat([Buffer.from(type), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(t));
    return Buffer.concat([len, t, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  shade += 40;
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) rows.set([shade % 255, 100 + x, 80 + y], y * (width * 3 + 1) + 1 + x * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Waits until some visible element shows the text (h5 keeps hidden pages in the DOM, hence the filter). */
export async function visible(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  await page.getByText(text).filter({ visible: true }).first().waitFor({ state: 'visible', timeout });
}

/**
 * The one visible form field named `label`: the words people read over it (联系电话, 问题描述), which
 * the client's TextInput / TextBox give the native <input> / <textarea> as its accessible name. Never
 * by position: two visible fields of one name make fill() fail rather than pick one.
 */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(label, { exact: true }).filter({ visible: true });
}

/**
 * Waits until the toast saying `text` has been shown and has gone away: h5's showToast puts a
 * div.taro__toast (itself of no size) with the words in a <p> into the page, and hides it (display:
 * none, left in the page) after its duration.
 */
export async function toastGone(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  const toast = page.locator('.taro__toast p').filter({ hasText: text });
  await toast.waitFor({ state: 'attached', timeout });
  await toast.waitFor({ state: 'hidden', timeout });
}

/**
 * Waits until the paged list on the visible page has its first page: the rows with the footer under
 * them (没有更多了 / 加载更多, drawn with the rows), or the list's empty state.
 */
export async function listLoaded(page: Page, emptyText: string, timeout = 15_000): Promise<void> {
  const footer = page.locator('.lx-footer').filter({ visible: true });
  const empty = page.getByText(emptyText, { exact: true }).filter({ visible: true });
  await footer.or(empty).first().waitFor({ state: 'visible', timeout });
}

/** A tab of h5's tab bar (首页 办事 通知 我的) by its label; its badge, if any, is part of it. */
export function tabBarItem(page: Page, label: string): Locator {
  return page
    .locator('.weui-tabbar__item')
    .filter({ has: page.locator('.weui-tabbar__label').getByText(label, { exact: true }) });
}

/** A NutUI button by its exact label (its words take the click, see app.scss). */
export function nutButton(page: Page, label: string): Locator {
  return page
    .locator('.nut-button')
    .filter({ hasText: new RegExp(`^${label}$`), visible: true })
    .first();
}

/** Taps the first visible element showing exactly `text`. */
export const tapExact = (page: Page, text: string): Promise<void> =>
  page.getByText(text, { exact: true }).filter({ visible: true }).first().click();

/** Signs in as a WeChat user never seen before (the demo sign-in page's 新用户); answers the openid. */
export async function signInAsNew(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/dev/login?next=/pages/me/index`);
  await page.getByRole('button', { name: '以一个新微信用户身份进入' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dev/login'));
  const cookies = await page.context().cookies();
  return decodeURIComponent(cookies.find((c) => /demo-new-/.test(decodeURIComponent(c.value)))?.value ?? '');
}
