/**
 * The staff workbench as 王秀兰 (网格员) uses it, in Chromium at a phone's width: her 首页 opens on her
 * grid's work (已超期 first); 网格工单 lists the urgent ticket about to run out first; she finds one
 * ticket by its number and narrows the list by category; she accepts and escalates the urgent one,
 * whose page then offers no 附议; 我经手的 lists it, in its new state.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Ticket } from '@lx/types';
import { DEMO_GRID_ID } from '../emulator/seed/build';
import {
  field,
  nutButton as button,
  openStack,
  phone,
  shooter,
  signIn,
  tapExact as tap,
  visible,
  type Stack,
} from './harness';

let env: Awaited<ReturnType<typeof openStack>>;
let stack: Stack;
let browser: Browser;

before(async () => {
  env = await openStack();
  stack = env.stack;
  browser = env.browser;
});
after(async () => env?.close());

const shot = shooter('workbench');
const rows = (page: Page) => page.locator('.lx-row').filter({ visible: true });
const pending = () =>
  (stack.emulator.store.find('tickets', { handlerOrgId: DEMO_GRID_ID, status: 'pending' }, {}) as Ticket[]).sort(
    (a, b) =>
      (a.urgency === 'urgent' ? 0 : 1) - (b.urgency === 'urgent' ? 0 : 1) ||
      a.dueAt - b.dueAt ||
      (a._id < b._id ? -1 : 1),
  );

test('王秀兰’s 首页, her queue in the order work is done, a search, a filter, an escalation and 我经手的', async () => {
  const page = await (await phone(browser)).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signIn(page, stack.url, { name: '王秀兰', roleLabel: '网格员' });

  // 首页: her work, 已超期 first, not the resident's 我要反映
  await page.locator('.lx-staff-count').filter({ visible: true }).first().waitFor({ timeout: 15_000 });
  const tiles = await page.locator('.lx-staff-count').filter({ visible: true }).allTextContents();
  assert.match(tiles[0], /^\d+已超期$/);
  assert.deepEqual(
    tiles.map((t) => t.replace(/^\d+/, '')),
    ['已超期', '待签收', '处理中', '即将超期'],
  );
  assert.equal(await page.getByText('我要反映', { exact: true }).filter({ visible: true }).count(), 0);
  await visible(page, '我经手的');
  await shot(page, 'home');

  // 网格工单: 紧急 first, then by deadline; the seed's urgent one has about an hour left
  await tap(page, '网格工单');
  // the queue itself, not 首页's overdue rows still on screen while the page turns
  await page.waitForURL(/packages\/tickets\/pages\/queue/);
  const queuePage = page.locator('.taro_page').filter({ has: page.getByRole('search') });
  await queuePage.locator('.lx-row').filter({ visible: true }).first().waitFor({ timeout: 15_000 });
  const order = pending();
  const urgent = order[0];
  assert.equal(urgent.urgency, 'urgent', 'the seed has an urgent pending ticket in the demo grid');
  const firstRow = (await queuePage.locator('.lx-row').filter({ visible: true }).first().textContent()) ?? '';
  assert.ok(firstRow.includes(urgent.no), `first row is ${firstRow}`);
  assert.ok(firstRow.includes('紧急'));
  // newest first would not have put it first: something filed after it sits below it
  await shot(page, 'queue');
  console.log(
    `# queue: first ${urgent.no} (${urgent.urgency}, ${Math.round((urgent.dueAt - Date.now()) / 60_000)} min left)`,
  );

  // 搜索 by a number
  const other = order[order.length - 1];
  await field(page, '搜索工单').fill(other.no);
  await tap(page, '搜索');
  await page.waitForFunction(
    (no) => {
      const list = [...document.querySelectorAll<HTMLElement>('.lx-row')].filter((r) => r.offsetParent !== null);
      return list.length === 1 && list[0].textContent?.includes(no);
    },
    other.no,
    { timeout: 15_000 },
  );
  await shot(page, 'search');

  // 筛选 by category, the search cleared
  await field(page, '搜索工单').fill('');
  await tap(page, '搜索');
  const category = order.find((t) => t.categoryId !== urgent.categoryId)!;
  await page.getByRole('radio', { name: category.categoryName, exact: true }).filter({ visible: true }).first().click();
  await page.waitForFunction(
    (name) => {
      const list = [...document.querySelectorAll<HTMLElement>('.lx-row')].filter((r) => r.offsetParent !== null);
      return list.length > 0 && list.every((r) => r.textContent?.includes(name));
    },
    category.categoryName,
    { timeout: 15_000 },
  );
  await shot(page, 'filter');
  await page.getByRole('radio', { name: '全部类别', exact: true }).filter({ visible: true }).first().click();

  // accept and escalate the urgent one
  await rows(page).filter({ hasText: urgent.no }).first().click();
  await visible(page, urgent.no);
  await button(page, '签收').click();
  await button(page, '上报上级').waitFor({ timeout: 15_000 });
  await button(page, '上报上级').click();
  await field(page.locator('.lx-sheet'), '上报原因').fill('外墙需要专业高空作业队伍，请社区协调物业和施工单位');
  await button(page, '确认上报').click();
  await page.waitForFunction(() => !document.querySelector('.lx-sheet'), undefined, { timeout: 15_000 });
  const sent = stack.emulator.store.get('tickets', urgent._id) as Ticket;
  assert.equal(sent.level, 'community');
  assert.ok(sent.handlers?.includes('demo-grid'));
  await visible(page, urgent.no);
  // her view of it stays a worker's: no 附议
  assert.equal(await button(page, '附议').count(), 0);
  await shot(page, 'escalated');

  // 我经手的 (from 办事) lists it in its new state
  // the ticket's page (a subpackage) has no tab bar: 办事 itself
  await page.goto(`${stack.url}/pages/services/index`);
  await tap(page, '我经手的');
  await rows(page).filter({ hasText: urgent.no }).first().waitFor({ timeout: 15_000 });
  const row = (await rows(page).filter({ hasText: urgent.no }).first().textContent()) ?? '';
  assert.match(row, /待签收/);
  await shot(page, 'handled');
  await rows(page).filter({ hasText: urgent.no }).first().click();
  await visible(page, urgent.no);
  assert.equal(await button(page, '附议').count(), 0);

  assert.deepEqual(errors, []);
  await page.context().close();
});
