/**
 * The privacy journey (issue 16) in Chromium at a phone's width: a brand-new WeChat user binds her
 * home and files a ticket; the consent sheet stands before the album opens (no file chooser until she
 * taps 同意并继续); 「我的数据」 shows her phone and her ticket; she deletes her account (asked twice);
 * the grid worker's view of her ticket then reads 已注销用户, with neither her name nor her phone.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Ticket } from '@lx/types';
import {
  field,
  nutButton,
  openStack,
  phone,
  photo,
  shooter,
  signIn,
  signInAsNew,
  tapExact,
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

const NICKNAME = '李大姐';
const PHONE = '13955550123';
const DESCRIPTION = '天河嘉城3号楼楼道里的灯坏了，晚上上楼看不清台阶';

const click = tapExact;
const button = nutButton;

test('a new user meets the consent sheet before the album, sees her data, deletes her account', async () => {
  const ctx = await phone(browser, { privacy: 'ask' });
  const page = await ctx.newPage();
  const shot = shooter('privacy');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const openid = await signInAsNew(page, stack.url);
  assert.match(openid, /^demo-new-/);

  // her name and phone, and her home (天河嘉城 3号楼: 第一网格, 王秀兰's)
  await click(page, '个人资料');
  await field(page, '昵称').fill(NICKNAME);
  await field(page, '手机号码').fill(PHONE);
  await button(page, '保存').click();
  await page.waitForFunction(() => !location.pathname.includes('/profile/'), undefined, { timeout: 15_000 });
  await page.goto(`${stack.url}/pages/me/index`);
  await click(page, '我的住址');
  await click(page, '凤凰城社区');
  await click(page, '天河嘉城');
  await click(page, '3号楼');
  await click(page, '保存住址');
  await page.waitForFunction(() => !location.pathname.includes('/address/'), undefined, { timeout: 15_000 });

  // filing: the first album call meets the sheet, and the album opens only after 同意并继续
  await page.goto(`${stack.url}/packages/tickets/pages/file/index`);
  await page.getByRole('radio', { name: '路灯照明故障', exact: true }).filter({ visible: true }).click();
  await field(page, '问题描述').fill(DESCRIPTION);
  let choosers = 0;
  page.on('filechooser', () => choosers++);
  await page.getByText('添加照片').filter({ visible: true }).first().click();
  const sheet = page.getByRole('dialog', { name: '隐私保护提示' });
  await sheet.waitFor({ timeout: 15_000 });
  await visible(page, '查看《隐私政策》');
  await shot(page, 'consent-sheet');
  assert.equal(choosers, 0, 'the album opened before she agreed');
  const chooser = page.waitForEvent('filechooser');
  await button(page, '同意并继续').click();
  await (await chooser).setFiles({ name: 'light.png', mimeType: 'image/png', buffer: photo() });
  await page.locator('img[src*="/files/"]').filter({ visible: true }).first().waitFor({ timeout: 15_000 });
  assert.equal(await sheet.count(), 0);
  await button(page, '提交').click();
  const hint = page.getByText('附近已有人反映了同类问题').filter({ visible: true }).first();
  const done = page.getByText('已经提交，我们会尽快处理').filter({ visible: true }).first();
  await Promise.race([hint.waitFor({ timeout: 15_000 }), done.waitFor({ timeout: 15_000 })]);
  if (await hint.isVisible()) await button(page, '不是同一个问题，继续提交').click();
  await visible(page, '已经提交，我们会尽快处理');
  const mine = stack.emulator.store.find('tickets', { reporterId: openid }, {}) as unknown as Ticket[];
  assert.equal(mine.length, 1);
  const ticket = mine[0]!;

  // 我的 → 我的数据: her phone, her home, her ticket; the 隐私政策 is one tap away
  await page.goto(`${stack.url}/pages/me/index`);
  await click(page, '隐私政策');
  await visible(page, '我们收集什么');
  await visible(page, '保存多久');
  await shot(page, 'privacy-policy');
  await page.goto(`${stack.url}/pages/me/index`);
  await click(page, '我的数据');
  await visible(page, `电话：${PHONE}`);
  await visible(page, /天河嘉城 3号楼/);
  await visible(page, new RegExp(`${ticket.no} 路灯照明故障`));
  await shot(page, 'my-data');

  // 注销账号: a first tap explains, only 确认注销 deletes
  await button(page, '注销账号').click();
  await visible(page, '确定要注销账号吗？');
  assert.ok(stack.emulator.store.get('users', openid), 'one tap must not delete');
  await shot(page, 'delete-confirm');
  await button(page, '确认注销').click();
  await visible(page, '账号已注销。感谢您使用连心网格。');
  assert.equal(stack.emulator.store.get('users', openid), null);
  assert.deepEqual(errors, []);
  await ctx.close();

  // the grid worker's view of her ticket: 已注销用户, no name, no phone
  const staff = await phone(browser);
  const worker = await staff.newPage();
  await signIn(worker, stack.url, { name: '王秀兰', roleLabel: '网格员' });
  await worker.goto(`${stack.url}/packages/tickets/pages/detail/index?id=${encodeURIComponent(ticket._id)}`);
  await visible(worker, DESCRIPTION);
  await visible(worker, '已注销用户');
  await shot(worker, 'handler-view');
  const text = (await worker.locator('body').textContent()) ?? '';
  assert.ok(!text.includes(PHONE), 'the handler still sees her phone');
  assert.ok(!text.includes(NICKNAME), 'the handler still sees her name');
  await staff.close();
});
