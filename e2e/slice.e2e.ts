/**
 * The foundation slice as people do it, in Chromium at a phone's width:
 * a new resident signs in, binds a home address, files a ticket with a photo and sees it under 我的反映
 * with its timeline; the grid worker of that building's grid finds it in 网格工单; the worker of the
 * neighbouring grid does not.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DEMO_BUILDING_ID, DEMO_GRID_ID } from '../emulator/seed/build';
import { field, openStack, phone, photo, shooter, signIn, visible, type Stack } from './harness';

const DESCRIPTION = '天河嘉城3号楼东侧路灯不亮已经一周了，晚上老人出门看不清路';

let env: Awaited<ReturnType<typeof openStack>>;
let stack: Stack;
let browser: Browser;
let ticketNo = '';

before(async () => {
  env = await openStack();
  stack = env.stack;
  browser = env.browser;
});
after(async () => env?.close());

test('a new resident binds a home address and files a ticket with a photo', async () => {
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  const shot = shooter('resident');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await signIn(page, stack.url, { name: '小刘', roleLabel: '居民' });
  await visible(page, '绑定住址后即可反映问题');
  await shot(page, 'home-unbound');

  await page.getByText('绑定住址', { exact: true }).filter({ visible: true }).first().click();
  await visible(page, '第 1 步：请选择社区');
  await shot(page, 'address-community');
  await page.getByText('凤凰城社区', { exact: true }).filter({ visible: true }).first().click();
  await page.getByText('天河嘉城', { exact: true }).filter({ visible: true }).first().click();
  await page.getByText('3号楼', { exact: true }).filter({ visible: true }).first().click();
  await field(page, '门牌号').fill('1单元302');
  await shot(page, 'address-building');
  await page.getByText('保存住址', { exact: true }).filter({ visible: true }).first().click();
  await page.waitForFunction(() => !location.pathname.includes('/address/'), undefined, { timeout: 15_000 });

  const user = stack.emulator.store.get('users', 'demo-resident-new') as {
    address?: { buildingId: string; gridId: string };
  };
  assert.equal(user.address?.buildingId, DEMO_BUILDING_ID);
  assert.equal(user.address?.gridId, DEMO_GRID_ID);

  await page.goto(`${stack.url}/pages/home/index`);
  await visible(page, /天河嘉城 3号楼/);
  await shot(page, 'home-bound');

  await page.getByText('我要反映', { exact: true }).filter({ visible: true }).first().click();
  await visible(page, '反映问题');
  await page.getByRole('radio', { name: '路灯照明故障', exact: true }).filter({ visible: true }).click();
  await visible(page, /办理时限/);
  // the schema's own message, before anything is sent
  await page.getByText('提交', { exact: true }).filter({ visible: true }).first().click();
  await visible(page, /问题描述|请填写/);
  await shot(page, 'file-validation');

  await field(page, '问题描述').fill(DESCRIPTION);
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('添加照片').filter({ visible: true }).first().click();
  await (await chooser).setFiles({ name: 'street-light.png', mimeType: 'image/png', buffer: photo() });
  await page.locator('img[src*="/files/"]').filter({ visible: true }).first().waitFor({ timeout: 15_000 });
  await page.getByRole('radio', { name: '紧急', exact: true }).filter({ visible: true }).click();
  await shot(page, 'file-filled');
  await page.getByText('提交', { exact: true }).filter({ visible: true }).first().click();

  // the seed has 张阿姨's open 路灯 ticket in this building: the duplicate hint offers 附议 first
  const hint = page.getByText('附近已有人反映了同类问题').filter({ visible: true }).first();
  const filedPage = page.getByText('已经提交，我们会尽快处理').filter({ visible: true }).first();
  await Promise.race([hint.waitFor({ timeout: 15_000 }), filedPage.waitFor({ timeout: 15_000 })]);
  if (await hint.isVisible()) {
    await shot(page, 'file-duplicate-hint');
    await page.getByText('不是同一个问题，继续提交', { exact: true }).filter({ visible: true }).first().click();
  }

  // the success screen (number, who, by when), then 查看进度 opens the ticket in plain words
  await visible(page, '已经提交，我们会尽快处理');
  await shot(page, 'filed');
  await page.getByText('查看进度', { exact: true }).filter({ visible: true }).first().click();
  await visible(page, '诉求详情');
  await visible(page, '我反映了问题');
  await visible(page, '等待网格员接单');
  await shot(page, 'detail');

  const filed = stack.emulator.store.find('tickets', { reporterId: 'demo-resident-new' }, {}) as {
    _id: string;
    no: string;
    gridId: string;
    urgency: string;
    photos: string[];
    description: string;
  }[];
  assert.equal(filed.length, 1);
  assert.equal(filed[0].gridId, DEMO_GRID_ID);
  assert.equal(filed[0].urgency, 'urgent');
  assert.equal(filed[0].description, DESCRIPTION);
  assert.equal(filed[0].photos.length, 1);
  assert.ok(existsSync(stack.emulator.storage.pathOf(filed[0].photos[0]) ?? ''), 'the photo is in local storage');
  ticketNo = filed[0].no;
  await visible(page, ticketNo);

  await page.goto(`${stack.url}/packages/tickets/pages/mine/index`);
  await visible(page, '我的反映');
  await visible(page, ticketNo);
  await shot(page, 'mine');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('the grid worker of that building’s grid sees it in the queue; the next grid’s worker does not', async () => {
  assert.ok(ticketNo, 'the resident journey filed a ticket');
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  const shot = shooter('grid-worker');
  await signIn(page, stack.url, { name: '王秀兰', roleLabel: '网格员' });
  await visible(page, '网格工单');
  await shot(page, 'home');
  await page.getByText('网格工单', { exact: true }).filter({ visible: true }).first().click();
  await visible(page, ticketNo);
  await shot(page, 'queue');
  await page.getByText(ticketNo).filter({ visible: true }).first().click();
  await visible(page, '诉求详情');
  await visible(page, DESCRIPTION);
  await shot(page, 'detail');
  await ctx.close();

  const other = await phone(browser);
  const page2 = await other.newPage();
  await signIn(page2, stack.url, { name: '李卫东', roleLabel: '网格员' });
  await page2.goto(`${stack.url}/packages/tickets/pages/queue/index`);
  await visible(page2, '网格工单');
  // the second grid has its own open tickets: wait for them, then make sure ours is not among them
  await page2.locator('.lx-row').filter({ visible: true }).first().waitFor({ timeout: 15_000 });
  await shooter('grid-worker-2')(page2, 'queue');
  assert.equal(await page2.getByText(ticketNo).count(), 0);
  await other.close();
});
