/**
 * The street's 统计看板 as street staff use it, in Chromium at a phone's width: 刘建国 opens 统计看板
 * from 办事, the charts are drawn (their canvases hold pixels, not a blank), the tables beside them
 * hold the same figures (the trend's days add up to the month's 受理量), he switches to 上月 and 本年,
 * and reads the communities' ranking. Screenshots of each chart at 375 px go to e2e/artifacts/stats/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openStack, phone, shooter, signIn, tabBarItem, visible, type Stack } from './harness';

let env: Awaited<ReturnType<typeof openStack>>;
let stack: Stack;
let browser: Browser;

before(async () => {
  env = await openStack();
  stack = env.stack;
  browser = env.browser;
});
after(async () => env?.close());

const STREET = '九州路街道办事处';
const CHARTS = ['每日受理与办结', '各社区受理与办结', '在哪一级办结'];

/** The visible table of that accessible name, cell texts row by row (the head first). */
async function table(page: Page, name: string): Promise<string[][]> {
  const t = page.getByRole('table', { name, exact: true }).filter({ visible: true }).first();
  await t.waitFor({ state: 'visible', timeout: 15_000 });
  return t.evaluate((el) =>
    [...el.querySelectorAll('[role="row"]')].map((r) =>
      [...r.querySelectorAll('[role="columnheader"],[role="rowheader"],[role="cell"]')].map((c) =>
        (c.textContent ?? '').trim(),
      ),
    ),
  );
}

/**
 * Waits until every chart canvas on the visible page has been drawn: uCharts paints a white ground
 * and then the axes, lines and bars, so a drawn canvas holds pixels that are neither transparent nor
 * white. Answers how many canvases were checked.
 */
async function chartsDrawn(page: Page, expected: number): Promise<number> {
  const handle = await page.waitForFunction(
    (want) => {
      const canvases = [...document.querySelectorAll<HTMLCanvasElement>('.lx-chart__canvas canvas')].filter(
        (c) => c.getClientRects().length > 0,
      );
      if (canvases.length < want) return false;
      // no named helpers in here: tsx's keepNames would wrap them in a __name the page does not have
      for (const c of canvases) {
        const ctx = c.getContext('2d');
        if (!ctx || !c.width || !c.height) return false;
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        let ink = false;
        for (let i = 0; i < px.length && !ink; i += 4)
          ink = px[i + 3] > 0 && !(px[i] > 250 && px[i + 1] > 250 && px[i + 2] > 250);
        if (!ink) return false;
      }
      return canvases.length;
    },
    expected,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as number;
}

const num = (s: string) => Number(s.replace(/[^\d.]/g, ''));

test('street staff read the street dashboard: charts drawn, tables, period switch, ranking', async () => {
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  const shot = shooter('stats');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await signIn(page, stack.url, { name: '刘建国', roleLabel: '街道工作人员' });
  await tabBarItem(page, '办事').click();
  await page.getByText('统计看板', { exact: true }).filter({ visible: true }).first().click();
  await visible(page, '办理质量');
  await visible(page, STREET);

  // the charts are pictures, not blanks, at the phone's pixel ratio
  assert.equal(await chartsDrawn(page, CHARTS.length), CHARTS.length);
  const ratio = await page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('.lx-chart__canvas canvas');
    return c ? c.width / c.getBoundingClientRect().width : 0;
  });
  assert.ok(Math.abs(ratio - 2) < 0.05, `canvas bitmap at the pixel ratio (got ${ratio})`);
  await shot(page, 'month-figures');
  for (const [i, title] of CHARTS.entries()) {
    await page
      .getByRole('img', { name: new RegExp(`^${title}：`) })
      .filter({ visible: true })
      .first()
      .scrollIntoViewIfNeeded();
    await shot(page, `month-chart-${i + 1}`);
  }

  // the table beside the trend holds the chart's figures: its days add up to the month's 受理量
  const trend = await table(page, '每日受理与办结（表格）');
  assert.deepEqual(trend[0], ['日期', '受理（件）', '办结（件）']);
  const received = await page
    .locator('.lx-tile')
    .filter({ hasText: '受理量' })
    .filter({ visible: true })
    .first()
    .locator('.lx-tile__value')
    .textContent();
  assert.equal(
    trend.slice(1).reduce((sum, r) => sum + num(r[1]), 0),
    num(received ?? ''),
    'the trend’s days add up to 受理量',
  );

  // a ranking: places from 1, shares best first, each with its numerator and denominator
  const ranking = await table(page, '社区排名：按期办结率');
  assert.deepEqual(ranking[0], ['名次', '社区', '按期办结率', '分子 / 分母']);
  assert.ok(ranking.length >= 3, 'the street’s communities are ranked');
  assert.equal(ranking[1][0], '1');
  const shares = ranking.slice(1).map((r) => (r[2] === '—' ? -1 : num(r[2])));
  assert.deepEqual(
    [...shares].sort((a, b) => b - a),
    shares,
    'best first',
  );
  for (const r of ranking.slice(1)) assert.match(r[3], /^\d+ \/ \d+$/);
  await page
    .getByRole('table', { name: '社区排名：按期办结率', exact: true })
    .filter({ visible: true })
    .first()
    .scrollIntoViewIfNeeded();
  await shot(page, 'month-ranking');

  // 上月, then 本年: the label follows and the charts are drawn again
  for (const [tab, label] of [
    ['上月', /^\d{4}年\d{1,2}月$/],
    ['本年', /^\d{4}年$/],
  ] as const) {
    const before = await page.locator('.lx-stats-scope__period').filter({ visible: true }).first().textContent();
    await page.getByRole('tab', { name: tab }).filter({ visible: true }).first().click();
    await page.waitForFunction(
      (prev) => {
        const el = [...document.querySelectorAll('.lx-stats-scope__period')].find(
          (e) => (e as HTMLElement).offsetParent,
        );
        const t = el?.textContent?.trim() ?? '';
        return t !== prev && t !== '正在加载…';
      },
      before?.trim() ?? '',
      { timeout: 15_000 },
    );
    const shown =
      (await page.locator('.lx-stats-scope__period').filter({ visible: true }).first().textContent())?.trim() ?? '';
    assert.match(shown, label);
    assert.equal(
      await page.getByRole('tab', { name: tab }).filter({ visible: true }).first().getAttribute('aria-selected'),
      'true',
    );
    await page.evaluate(() => document.querySelector('.taro_page:not([style*="none"])')?.scrollTo?.(0, 0));
    await chartsDrawn(page, 1);
    await shot(page, tab === '本年' ? 'year-figures' : 'last-month-figures');
  }
  await visible(page, '每月受理与办结');
  await page
    .getByRole('img', { name: /^每月受理与办结：/ })
    .filter({ visible: true })
    .first()
    .scrollIntoViewIfNeeded();
  await shot(page, 'year-trend');

  assert.deepEqual(errors, []);
  await ctx.close();
});
