/**
 * Party members in Chromium at a phone's width (issue 13):
 *  1. 孙建国, an in-service member who has just moved in, reports to 凤凰城社区 from 我的 → 党员报到;
 *     陈丽娟 (community staff) approves him in 报到审核.
 *  2. He claims a post signing the 认岗协议, signs up for the activity open now, checks in with the
 *     six digits 陈丽娟's 活动名单 shows (rotating), and checks out; 陈丽娟 confirms two hours.
 *  3. 我的积分 shows the hours and the points.
 *  4. 张阿姨's 微心愿 is approved by 陈丽娟, claimed and completed by 孙建国, confirmed by 张阿姨, and
 *     his points grow by the rule's 5.
 * Screenshots at 375 px go to e2e/artifacts/party/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_OPEN_ACTIVITY_ID } from '../emulator/seed/party';
import { field, openStack, shooter, signedIn, tabBarItem, tapExact as tap, toastGone, visible } from './harness';

let env: Awaited<ReturnType<typeof openStack>>;
let browser: Browser;
let url: string;
let activityTitle: string;
const shot = shooter('party');
const WISH = '想请人帮忙换个灯泡';

before(async () => {
  env = await openStack();
  url = env.stack.url;
  browser = env.browser;
  activityTitle = (env.stack.emulator.store.get('party_activities', DEMO_OPEN_ACTIVITY_ID) as { title: string }).title;
});
after(async () => env?.close());

const as = (name: string, roleLabel: string): Promise<Page> => signedIn(browser, url, { name, roleLabel });

/** Back to 办事 as someone reopening the app (a subpackage page has no tab bar). */
async function services(page: Page): Promise<void> {
  await page.goto(`${url}/`);
  await tabBarItem(page, '办事').click();
}
const row = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ hasText: name }).filter({ visible: true }).first();

test('孙建国 reports to 凤凰城社区 from 我的 and waits for the community', async () => {
  const page = await as('孙建国', '居民');
  await tabBarItem(page, '我的').click();
  await tap(page, '党员报到');
  await visible(page, '填写报到信息');
  await field(page, '姓名').fill('孙建国');
  await field(page, '手机号码').fill('13903920011');
  await field(page, '工作单位').fill('区税务局');
  await field(page, '所在党组织').fill('区税务局第二党支部');
  await page.getByRole('radio', { name: '在职' }).filter({ visible: true }).click();
  await shot(page, 'register');
  await tap(page, '提交报到');
  await visible(page, '待审核');
  await shot(page, 'register-pending');
  await page.context().close();
});

test('陈丽娟 approves him in 报到审核', async () => {
  const page = await as('陈丽娟', '社区工作人员');
  await tabBarItem(page, '办事').click();
  await tap(page, '报到审核');
  const mine = row(page, '孙建国');
  await mine.waitFor({ state: 'visible', timeout: 15_000 });
  await shot(page, 'review');
  await mine.getByText('通过', { exact: true }).click();
  await toastGone(page, /已通过孙建国的报到/);
  await page.context().close();
});

test('孙建国 claims a post, signs up, checks in with the organiser’s code and checks out', async () => {
  const member = await as('孙建国', '居民');
  await tabBarItem(member, '办事').click();
  await tap(member, '认岗领责');
  const post = row(member, '关爱老人岗');
  await post.waitFor({ state: 'visible', timeout: 15_000 });
  await post.getByText('认领', { exact: true }).click();
  await member.getByText('我已阅读并签署认岗协议').filter({ visible: true }).click();
  await shot(member, 'post-agreement');
  await tap(member, '确认认领');
  await visible(member, '退出岗位');

  await services(member);
  await tap(member, '志愿活动');
  await row(member, activityTitle).click();
  await tap(member, '报名');
  await toastGone(member, '报名成功');

  // the organiser's 活动名单 shows the six digits that turn every 30 s
  const staff = await as('陈丽娟', '社区工作人员');
  await tabBarItem(staff, '办事').click();
  await tap(staff, '活动管理');
  await tap(staff, '进行中');
  await row(staff, activityTitle).click();
  const digits = staff.getByLabel('签到码', { exact: true }).filter({ visible: true });
  await digits.waitFor({ state: 'visible', timeout: 15_000 });
  await shot(staff, 'roster-code');
  const code = ((await digits.textContent()) ?? '').replace(/\D/g, '');
  assert.match(code, /^\d{6}$/);

  await field(member, '签到码').fill(code);
  await tap(member, '确认签到');
  await visible(member, /已签到/);
  await shot(member, 'checked-in');
  await tap(member, '签退');
  await toastGone(member, /已签退/);

  // checked in and out within a minute: 陈丽娟 confirms the two hours he served
  await staff.reload();
  const mine = row(staff, '孙建国');
  await mine.getByText('确认时长', { exact: true }).click();
  await field(staff, '孙建国的服务时长').fill('2');
  await mine.getByText('确认', { exact: true }).click();
  await toastGone(staff, '已确认 2 小时');
  await shot(staff, 'roster-confirmed');
  await staff.context().close();
  await member.context().close();
});

async function points(page: Page): Promise<number> {
  await services(page);
  await tap(page, '我的积分');
  const total = page.getByLabel('我的合计', { exact: true }).filter({ visible: true });
  await total.waitFor({ state: 'visible', timeout: 15_000 });
  const text = (await total.textContent()) ?? '';
  // each figure stands over its label: "20积分（分）2服务时长（小时）…"
  const m = /(\d+)积分/.exec(text);
  assert.ok(m, `no points in ${text}`);
  return Number(m[1]);
}

let before_: number;
test('我的积分 shows his two hours and their points', async () => {
  const page = await as('孙建国', '居民');
  before_ = await points(page);
  const total = (await page.getByLabel('我的合计', { exact: true }).filter({ visible: true }).textContent()) ?? '';
  assert.match(total, /2服务时长/);
  assert.equal(before_, 20);
  await shot(page, 'points');
  await page.context().close();
});

test('张阿姨’s 微心愿: approved, claimed, completed and confirmed; his points grow by 5', async () => {
  const resident = await as('张阿姨', '居民');
  await tabBarItem(resident, '办事').click();
  await tap(resident, '微心愿');
  await tap(resident, '提交微心愿');
  await field(resident, '心愿标题').fill(WISH);
  await field(resident, '心愿内容').fill('楼道三楼的灯坏了，晚上上下楼看不见。');
  await tap(resident, '提交心愿');
  await visible(resident, /等待社区审核/);
  await shot(resident, 'wish-posted');

  const staff = await as('陈丽娟', '社区工作人员');
  await tabBarItem(staff, '办事').click();
  await tap(staff, '微心愿审核');
  const w = row(staff, WISH);
  await w.waitFor({ state: 'visible', timeout: 15_000 });
  await w.getByText('通过', { exact: true }).click();
  await staff.context().close();

  const member = await as('孙建国', '居民');
  await tabBarItem(member, '办事').click();
  await tap(member, '微心愿');
  await row(member, WISH).click();
  await tap(member, '接单');
  await toastGone(member, '接单成功');
  await tap(member, '完成心愿');
  await field(member, '完成情况').fill('已上门换好灯泡，张阿姨说亮堂了。');
  await tap(member, '提交完成');
  await visible(member, /等待居民确认/);
  await shot(member, 'wish-completed');

  await resident.reload();
  await tap(resident, '确认完成');
  await visible(resident, /已完成/);
  await shot(resident, 'wish-confirmed');
  await resident.context().close();

  assert.equal(await points(member), before_ + 5);
  await member.context().close();
});
