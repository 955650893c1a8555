/**
 * Weak network in Chromium at a phone's width (issue 16), on the whole local stack:
 *  1. 张阿姨 fills in a filing with a photo; the network drops: the offline bar says so and 提交 fails
 *     with the form kept. Back online, a send reaches the server but its answer is lost (the route
 *     lets it through, then cuts the line). She restarts the app (reload): the filing comes back with
 *     its photo, 提交 goes under the same requestId, and the store holds one ticket, not two.
 *  2. 赵红梅 signs up for the activity open now; offline, she types the organiser's code and taps
 *     确认签到: 已离线保存，联网后自动签到, nothing reaches the server. Back online the outbox checks her
 *     in by itself, once: her sign-up holds one check-in and the page says 已签到.
 * Screenshots at 375 px go to e2e/artifacts/offline/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Ticket } from '@lx/types';
import { DEMO_OPEN_ACTIVITY_ID } from '../emulator/seed/party';
import {
  field,
  nutButton as button,
  openStack,
  photo,
  shooter,
  signedIn,
  tabBarItem,
  tapExact as tap,
  toastGone,
  visible,
} from './harness';

let env: Awaited<ReturnType<typeof openStack>>;
let browser: Browser;
let url: string;
const shot = shooter('offline');
const OFFLINE = '网络已断开，已填写的内容会保存';
const DESCRIPTION = '天河嘉城3号楼楼道的声控灯坏了一个多月，晚上上楼只能摸黑';

before(async () => {
  env = await openStack();
  url = env.stack.url;
  browser = env.browser;
});
after(async () => env?.close());

const as = (name: string, roleLabel: string): Promise<Page> => signedIn(browser, url, { name, roleLabel });
const bar = (page: Page) => page.getByRole('status').filter({ hasText: OFFLINE });
const store = () => env.stack.emulator.store;
const filed = () => store().find('tickets', { reporterId: 'demo-resident', description: DESCRIPTION }, {}) as Ticket[];

/** 提交, past the hint of open tickets like it nearby (the seed's, or after a lost answer her own). */
async function submit(page: Page, then: string | RegExp) {
  await button(page, '提交').click();
  const hint = page.getByText('附近已有人反映了同类问题').filter({ visible: true }).first();
  const next = page.getByText(then).filter({ visible: true }).first();
  await Promise.race([hint.waitFor({ timeout: 15_000 }), next.waitFor({ timeout: 15_000 })]);
  if (await hint.isVisible()) await button(page, '不是同一个问题，继续提交').click();
  await next.waitFor({ timeout: 15_000 });
}

test('张阿姨’s filing survives an offline spell, a lost answer and a restart: one ticket', async () => {
  const page = await as('张阿姨', '居民');
  const ctx = page.context();
  await tabBarItem(page, '办事').click();
  await tap(page, '反映问题');
  const category = page.getByRole('radio', { name: '路灯照明故障', exact: true }).filter({ visible: true });
  await category.waitFor({ timeout: 15_000 });
  await category.click();
  await field(page, '问题描述').fill(DESCRIPTION);
  await shot(page, 'filing-filled');
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('添加照片').filter({ visible: true }).first().click();
  await (await chooser).setFiles({ name: 'stairs.png', mimeType: 'image/png', buffer: photo() });
  await page.locator('img[src*="/files/"]').filter({ visible: true }).first().waitFor({ timeout: 15_000 });

  // the network drops: the bar says so, 提交 fails and the form stays as it was
  await ctx.setOffline(true);
  await bar(page).waitFor({ timeout: 5_000 });
  await shot(page, 'filing-offline');
  await button(page, '提交').click();
  await visible(page, /网络/);
  assert.equal(await field(page, '问题描述').inputValue(), DESCRIPTION);
  assert.equal(filed().length, 0);
  await ctx.setOffline(false);
  await bar(page).waitFor({ state: 'hidden', timeout: 5_000 });

  // back online, the filing reaches the server but the line drops before its answer (and its one resend's)
  let reached = 0;
  await page.route('**/fn/tickets', async (route) => {
    if ((route.request().postDataJSON() as { action?: string }).action !== 'file') return route.continue();
    reached += 1;
    await route.fetch();
    await route.abort('internetdisconnected');
  });
  await submit(page, /网络/);
  assert.ok(reached >= 1, 'the filing never reached the server');
  assert.equal(filed().length, 1, 'the lost answer’s filing is on the server');
  const first = filed()[0];

  // she closes the app and opens it again: the filing is still there, photo and all
  await page.unroute('**/fn/tickets');
  await page.reload();
  const text = field(page, '问题描述');
  await text.waitFor({ timeout: 15_000 });
  assert.equal(await text.inputValue(), DESCRIPTION);
  await page.locator('img[src*="/files/"]').filter({ visible: true }).first().waitFor({ timeout: 15_000 });
  await shot(page, 'filing-restored');
  // filed: the page shows the ticket's number (the first ticket's)
  await submit(page, first.no);
  await shot(page, 'filing-filed');
  // the same requestId: the server answered its first ticket and made no second
  const tickets = filed();
  assert.equal(tickets.length, 1);
  assert.equal(tickets[0]._id, first._id);
  assert.equal(tickets[0].photos.length, 1);

  // filed: a new 反映问题 starts empty
  await page.goto(`${url}/pages/services/index`);
  await tap(page, '反映问题');
  const empty = field(page, '问题描述');
  await empty.waitFor({ timeout: 15_000 });
  assert.equal(await empty.inputValue(), '');
  await ctx.close();
});

test('赵红梅 checks in while offline: kept, then sent once when the network is back', async () => {
  const title = (store().get('party_activities', DEMO_OPEN_ACTIVITY_ID) as { title: string }).title;
  const member = await as('赵红梅', '党员');
  await tabBarItem(member, '办事').click();
  await tap(member, '志愿活动');
  await member.getByRole('listitem').filter({ hasText: title }).filter({ visible: true }).first().click();
  await visible(member, '我的报名');
  await shot(member, 'activity');
  await tap(member, '报名');
  await toastGone(member, '报名成功');
  await field(member, '签到码').waitFor({ timeout: 15_000 });

  const staff = await as('陈丽娟', '社区工作人员');
  await tabBarItem(staff, '办事').click();
  await tap(staff, '活动管理');
  await tap(staff, '进行中');
  await staff.getByRole('listitem').filter({ hasText: title }).filter({ visible: true }).first().click();
  const digits = staff.getByLabel('签到码', { exact: true }).filter({ visible: true });
  await digits.waitFor({ state: 'visible', timeout: 15_000 });
  const code = ((await digits.textContent()) ?? '').replace(/\D/g, '');
  assert.match(code, /^\d{6}$/);

  const mine = () =>
    store().find('party_signups', { activityId: DEMO_OPEN_ACTIVITY_ID, userId: 'demo-party' }, {}) as {
      checkIn?: { at: number };
    }[];
  await member.context().setOffline(true);
  await bar(member).waitFor({ timeout: 5_000 });
  await field(member, '签到码').fill(code);
  await tap(member, '确认签到');
  await visible(member, '已离线保存，联网后自动签到');
  await shot(member, 'checkin-queued');
  assert.equal(mine()[0].checkIn, undefined, 'nothing reached the server while offline');

  await member.context().setOffline(false);
  await bar(member).waitFor({ state: 'hidden', timeout: 5_000 });
  await visible(member, /已签到/);
  await shot(member, 'checkin-sent');
  const signups = mine();
  assert.equal(signups.length, 1);
  assert.ok(signups[0].checkIn, 'the outbox checked her in');
  // nothing is left to send: reopening the page sends nothing more and shows no waiting check-in
  const at = signups[0].checkIn.at;
  await member.reload();
  await visible(member, /已签到/);
  assert.equal(await member.getByText('已离线保存，联网后自动签到').filter({ visible: true }).count(), 0);
  assert.equal(mine()[0].checkIn?.at, at);
  await staff.context().close();
  await member.context().close();
});
