/**
 * Browser journeys run Debian's Chromium (playwright-core, no downloaded browser) against the whole
 * local stack as `npm start` runs it: the h5 build, the gateway, the built function bundles, the
 * emulator with a fresh seed. Screenshots of every step land in e2e/artifacts/<journey>/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startStack } from '../emulator/stack';

export const ARTIFACTS = join(__dirname, 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Stack = Awaited<ReturnType<typeof startStack>>;

export async function openStack(): Promise<{ stack: Stack; browser: Browser; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lx-e2e-'));
  const stack = await startStack({ dataDir, port: 0, scheduler: false });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
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

/** A phone-sized browser session for one person. */
export async function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
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
