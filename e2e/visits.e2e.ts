/**
 * 五步工作法 in Chromium at a phone's width: 陈丽娟 (community staff) reads her grids' 入户率; 赵红梅
 * (党员) opens a due 结对帮扶 visit from 办事 and records all five steps — knocked, met 本人, one
 * concern heard (养老), help given, the concern 转为诉求 under a category — and the screen says the
 * visit waits for that ticket; 王秀兰 (网格员) finds the ticket in 网格工单; 陈丽娟 opens 入户率 again
 * and the grid's figure has moved. Screenshots at 375 px go to e2e/artifacts/visits/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { field, openStack, shooter, signedIn, tabBarItem, tapExact as tap, visible } from './harness';

let env: Awaited<ReturnType<typeof openStack>>;
let browser: Browser;
let url: string;
const shot = shooter('visits');
const GRID = '凤凰城社区第一网格';
const CONCERN = '想申请老年助餐，腿脚不便';
const CATEGORY = '困难求助';
/** the grid's 入户率 row before the visit (its words: 近 90 天走访过 n 户 ÷ 住户 m 户) */
let before_: string;

before(async () => {
  env = await openStack();
  url = env.stack.url;
  browser = env.browser;
});
after(async () => env?.close());

const as = (name: string, roleLabel: string): Promise<Page> => signedIn(browser, url, { name, roleLabel });

/** The grid's row on 入户率: its words, read from the visible list. */
async function gridRow(page: Page): Promise<string> {
  const row = page.getByRole('listitem').filter({ hasText: GRID }).filter({ visible: true }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  return (await row.textContent()) ?? '';
}

async function openCoverage(): Promise<{ page: Page; row: string }> {
  const page = await as('陈丽娟', '社区工作人员');
  await tabBarItem(page, '办事').click();
  await tap(page, '入户率');
  const row = await gridRow(page);
  return { page, row };
}

test('陈丽娟 reads her grids’ 入户率 before the visit', async () => {
  const { page, row } = await openCoverage();
  before_ = row;
  assert.match(row, /近 90 天走访过 \d+ 户 ÷ 住户 \d+ 户/);
  await shot(page, 'coverage-before');
  await page.context().close();
});

test('赵红梅 completes a due pairing visit in five steps and turns the concern into a ticket', async () => {
  const page = await as('赵红梅', '党员');
  await tabBarItem(page, '办事').click();
  await tap(page, '结对帮扶');
  await page.getByRole('group').filter({ visible: true }).first().waitFor({ timeout: 15_000 });
  await shot(page, 'due');
  await page.locator('.lx-visit-due').filter({ visible: true }).first().click();

  await visible(page, '第 1 步 敲开群众的门');
  await shot(page, 'step-1');
  await tap(page, '已敲门，下一步');
  await visible(page, '第 2 步 见到群众的人');
  await page.getByRole('radio', { name: '本人' }).filter({ visible: true }).click();
  await shot(page, 'step-2');
  await tap(page, '见到了，下一步');
  await visible(page, '第 3 步 听到群众的音');
  await tap(page, '记一件事');
  await field(page, '第 1 件事').fill(CONCERN);
  await page.getByRole('radio', { name: '养老' }).filter({ visible: true }).click();
  await shot(page, 'step-3');
  await tap(page, '记好了，下一步');
  await visible(page, '第 4 步 温暖群众的心');
  await field(page, '做了什么').fill('讲解了助餐点的位置和补贴政策');
  await tap(page, '下一步：看小结');
  await visible(page, '走访小结');
  await visible(page, /想申请老年助餐/);
  await page.getByRole('radio', { name: '转为诉求' }).filter({ visible: true }).click();
  // 老年助餐 is a 困难求助, not the list's first category (垃圾暴露)
  await page
    .getByRole('radiogroup', { name: '第 1 件事的诉求类别' })
    .getByRole('radio', { name: CATEGORY })
    .filter({ visible: true })
    .click();
  await shot(page, 'step-5');
  await tap(page, '确认，完成走访');
  await visible(page, '五步已完成，等待诉求办结');
  await visible(page, '第 1 件事已转为诉求，查看 ›');
  await shot(page, 'done');
  await page.context().close();
});

test('王秀兰 sees that ticket in her grid’s queue', async () => {
  const page = await as('王秀兰', '网格员');
  await tap(page, '网格工单');
  await visible(page, new RegExp(CONCERN));
  // filed from the visit under the category picked there, its tag in front of the concern's words
  const row = page.locator('.lx-row').filter({ hasText: CONCERN }).filter({ visible: true }).first();
  assert.match((await row.textContent()) ?? '', new RegExp(`${CATEGORY}.*养老：${CONCERN}`));
  await shot(page, 'queue');
  await page.context().close();
});

test('陈丽娟 opens 入户率 again and the grid’s figure moved', async () => {
  const { page, row } = await openCoverage();
  await shot(page, 'coverage-after');
  const visited = (s: string) => Number(/走访过 (\d+) 户/.exec(s)?.[1]);
  assert.equal(visited(row), visited(before_) + 1, `${before_} → ${row}`);
  await page.context().close();
});
