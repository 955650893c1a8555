/**
 * Notices as people use them, in Chromium at a phone's width:
 * community staff (陈丽娟) compose a notice for two grids of 凤凰城社区, preview and publish it → the
 * resident of the first grid (张阿姨) sees the unread badge and the scrolling bar, reads it, and the
 * badge goes down → a resident of the third grid (赵红梅) never sees it → the staff see the read share
 * per grid and the first grid's door-to-door list, and mark a household as told in person.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_GRID_2_ID, DEMO_GRID_ID } from '../emulator/seed/build';
import { field, openStack, phone, shooter, signIn, tabBarItem, toastGone, visible, type Stack } from './harness';

const TITLE = '天河嘉城电梯年检停运通知';
const BODY = '本周五上午9点至12点，1至3号楼电梯进行年度检验，期间暂停使用。\n行动不便的老人如需帮助，请联系网格员。';

let env: Awaited<ReturnType<typeof openStack>>;
let stack: Stack;
let browser: Browser;
let noticeId = '';

before(async () => {
  env = await openStack();
  stack = env.stack;
  browser = env.browser;
});
after(async () => env?.close());

const shown = (page: Page, text: string | RegExp) => page.getByText(text).filter({ visible: true }).first();
async function tap(page: Page, text: string | RegExp, exact = true) {
  await page.getByText(text, { exact }).filter({ visible: true }).first().click();
}
/** The badge on the 通知 tab of h5's tab bar ('' when there is none). */
async function waitForBadge(page: Page, text: string) {
  await page.waitForFunction(
    (want) => {
      const tab = [...document.querySelectorAll('.weui-tabbar__item')].find(
        (item) => item.querySelector('.weui-tabbar__label')?.textContent?.trim() === '通知',
      );
      const badge = tab?.querySelector('.weui-badge') as HTMLElement | null | undefined;
      const shown = badge && badge.style.display !== 'none' ? (badge.textContent ?? '').trim() : '';
      return shown === want;
    },
    text,
    { timeout: 15_000 },
  );
}

test('community staff compose, preview and publish a notice to two grids', async () => {
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  const shot = shooter('notices-staff');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await signIn(page, stack.url, { name: '陈丽娟', roleLabel: '社区工作人员' });
  await page.goto(`${stack.url}/pages/notices/index`);
  await visible(page, '通知管理');
  await tap(page, '通知管理');
  await visible(page, '发布新通知');
  await shot(page, 'managed-before');
  await tap(page, '发布新通知');
  await visible(page, '发布范围');

  // the schema's own messages before anything is sent
  await tap(page, '发布');
  await visible(page, /标题至少|请填写标题/);
  await toastGone(page, /标题至少|请填写标题/); // before the next screenshots

  await field(page, '标题').fill(TITLE);
  await page.getByRole('radio', { name: '提醒', exact: true }).filter({ visible: true }).click();
  await field(page, '正文').fill(BODY);
  // down to buildings: one grid's buildings on 选楼栋; then the whole grid takes their place
  await tap(page, '第一网格 选楼栋');
  const building = page.getByRole('checkbox', { name: '天河嘉城 3号楼', exact: true }).filter({ visible: true });
  await building.click();
  await page.getByRole('checkbox', { name: '天河嘉城 2号楼', exact: true }).filter({ visible: true }).click();
  await visible(page, '第一网格 选楼栋（2）');
  await building.scrollIntoViewIfNeeded();
  await shot(page, 'compose-buildings');
  await page.getByRole('checkbox', { name: '第一网格', exact: true }).filter({ visible: true }).click();
  assert.equal(await building.getAttribute('aria-checked'), 'false');
  await page.getByRole('checkbox', { name: '第二网格', exact: true }).filter({ visible: true }).click();
  await shot(page, 'compose');
  await tap(page, '预览');
  await visible(page, '预览：居民看到的样子');
  await visible(page, '行动不便的老人如需帮助，请联系网格员。');
  await shot(page, 'preview');
  await tap(page, '发布');
  // 发布 asks first, with the households it reaches (notices.reach)
  await visible(page, /^将通知 \d+ 户。/);
  await tap(page, '确定发布');
  await visible(page, '总体阅读率');
  await visible(page, '各网格');
  await shot(page, 'figures-just-published');

  const saved = stack.emulator.store.find('notices', { title: TITLE }, {}) as {
    _id: string;
    status: string;
    targets: string[];
    category: string;
  }[];
  assert.equal(saved.length, 1);
  assert.equal(saved[0].status, 'published');
  assert.equal(saved[0].category, 'reminder');
  assert.deepEqual(saved[0].targets, [DEMO_GRID_ID, DEMO_GRID_2_ID]);
  noticeId = saved[0]._id;
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a resident of the first grid sees the badge and the bar, reads the notice, and the badge goes down', async () => {
  assert.ok(noticeId, 'the staff journey published a notice');
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  const shot = shooter('notices-resident');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await signIn(page, stack.url, { name: '张阿姨', roleLabel: '居民' });
  await visible(page, '我要反映');
  await page.locator('.lx-noticebar').first().waitFor({ timeout: 15_000 });
  // seeded: three unread in scope; plus the one just published
  await waitForBadge(page, '4');
  await shot(page, 'home-badge-and-bar');

  await tabBarItem(page, '通知').click();
  await visible(page, TITLE);
  await visible(page, '开启通知提醒');
  await shot(page, 'list-unread');
  const row = page.locator('.lx-notice', { hasText: TITLE }).filter({ visible: true }).first();
  assert.match(await row.innerText(), /未读/);

  await tap(page, '开启通知提醒');
  await visible(page, /已开启/);
  const me = stack.emulator.store.get('users', 'demo-resident') as { subscriptions?: { notice?: number } };
  assert.ok((me.subscriptions?.notice ?? 0) > 0, 'the tap recorded a consent credit');

  await row.click();
  await visible(page, '通知详情');
  await visible(page, '行动不便的老人如需帮助，请联系网格员。');
  await shot(page, 'detail');
  const reads = stack.emulator.store.find('notice_reads', { noticeId, userId: 'demo-resident' }, {});
  assert.equal(reads.length, 1);

  await page.goBack();
  await waitForBadge(page, '3');
  await visible(page, TITLE);
  await page.waitForFunction(
    (t) => {
      const rows = [...document.querySelectorAll('.lx-notice')].filter(
        (r) => (r as HTMLElement).offsetParent && r.textContent?.includes(t),
      );
      return rows.length > 0 && rows.every((r) => r.classList.contains('lx-notice--read'));
    },
    TITLE,
    { timeout: 15_000 },
  );
  await shot(page, 'list-after-reading');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a resident of another grid of the same community does not see it', async () => {
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  const shot = shooter('notices-elsewhere');
  await signIn(page, stack.url, { name: '赵红梅', roleLabel: '党员' });
  await page.goto(`${stack.url}/pages/notices/index`);
  // the community-wide seeded notice shows, so the list has loaded; ours is not among them
  await visible(page, '凤凰城社区敬老文艺汇演邀请');
  await shot(page, 'list');
  assert.equal(await page.getByText(TITLE).count(), 0);
  const r = await page.evaluate(async (id) => {
    const res = await fetch('/fn/notices', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'detail', payload: { id } }),
    });
    return (await res.json()) as { ok: boolean; code?: string };
  }, noticeId);
  assert.deepEqual([r.ok, r.code], [false, 'NOTICE.NOT_FOUND']);
  await ctx.close();
});

test('the staff see the read share per grid and the door-to-door list, and mark a household as told', async () => {
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  const shot = shooter('notices-staff-figures');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signIn(page, stack.url, { name: '陈丽娟', roleLabel: '社区工作人员' });
  await page.goto(`${stack.url}/packages/notices/pages/managed/index`);
  await visible(page, TITLE);
  await shot(page, 'managed-after');
  await page.locator('.lx-row', { hasText: TITLE }).filter({ visible: true }).first().click();
  await visible(page, '总体阅读率');
  await visible(page, '凤凰城社区第一网格');
  const grid1 = page.locator('.lx-readbar', { hasText: '凤凰城社区第一网格' }).filter({ visible: true }).first();
  assert.match(await grid1.innerText(), /已读 1 \/ \d+ 人/);
  await shot(page, 'figures-after-read');

  await grid1.getByText('入户清单').click();
  await visible(page, /待告知 \d+ 户/);
  const before = await shown(page, /待告知 \d+ 户/).innerText();
  const left = Number(/待告知 (\d+) 户/.exec(before)![1]);
  assert.ok(left > 0);
  // names are masked on the list
  const first = page.locator('.lx-door__household').filter({ visible: true }).first();
  assert.match(await first.innerText(), /\*/);
  await shot(page, 'door-to-door');
  await first.getByText('标记已告知').click();
  await visible(page, `待告知 ${left - 1} 户`);
  await shot(page, 'door-to-door-after-visit');
  const visits = stack.emulator.store.find('notice_visits', { noticeId }, {});
  assert.equal(visits.length, 1);
  assert.deepEqual(errors, []);
  await ctx.close();
});
