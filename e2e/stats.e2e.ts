/**
 * The street's 统计看板 as street staff use it, in Chromium at a phone's width: 刘建国 opens 统计看板
 * from 办事, the charts are drawn (their canvases hold pixels, not a blank), the tables beside them
 * hold the same figures (the trend's days add up to the month's 受理量), he switches to 上月 and 本年,
 * and reads the communities' ranking; he exports the 月度通报, the test opens the downloaded .xlsx and
 * finds the figures on screen in it (汇总's counts, rates with their numerators and denominators, the
 * ranking, each community's row). Then 陈丽娟 (community staff) sees her community with its grids and
 * the grid workers' ranking, and 王秀兰 (grid worker) finds her grid's figures on 首页 under 我的网格.
 * Screenshots of each chart at 375 px go to e2e/artifacts/stats/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { openStack, phone, shooter, signIn, tabBarItem, visible, type Stack } from './harness';

let env: Awaited<ReturnType<typeof openStack>>;
let stack: Stack;
let browser: Browser;
/** one street staff member's session, step after step */
let page: Page;
const shot = shooter('stats');
const errors: string[] = [];

before(async () => {
  env = await openStack();
  stack = env.stack;
  browser = env.browser;
  page = await (await phone(browser)).newPage();
  page.on('pageerror', (e) => errors.push(e.message));
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

async function tapTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).filter({ visible: true }).first().click();
}

const num = (s: string) => Number(s.replace(/[^\d.]/g, ''));

type Cell = string | number | boolean | Date | null;
/** A share cell of the report as the screen prints it: one decimal and %, or —. */
const asShown = (c: Cell) => (typeof c === 'number' ? `${Math.round(c * 1000) / 10}%` : String(c));

/** The rate cards on screen: label, value, and the counts of "办结 4 件 ÷ 应办结 9 件". */
async function rateCards(page: Page): Promise<{ label: string; value: string; parts: number[] }[]> {
  const cards = await page
    .locator('.lx-rate')
    .filter({ visible: true })
    .evaluateAll((els) =>
      els.map((el) => ({
        label: el.querySelector('.lx-rate__label')?.textContent?.trim() ?? '',
        value: el.querySelector('.lx-rate__value')?.textContent?.trim() ?? '',
        parts: el.querySelector('.lx-rate__parts')?.textContent ?? '',
      })),
    );
  return cards.map((c) => ({ ...c, parts: (c.parts.match(/\d+(?= 件)/g) ?? []).map(Number) }));
}

/** Exports the report from the dashboard and answers its sheets (name → rows), read from the download. */
async function exportReport(page: Page): Promise<Map<string, Cell[][]>> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    page.getByText('导出月报', { exact: true }).filter({ visible: true }).first().click(),
  ]);
  assert.match(download.suggestedFilename(), /月度通报\.xlsx$/);
  const path = await download.path();
  const sheets = await readXlsxFile(readFileSync(path));
  return new Map(sheets.map((x) => [x.sheet, x.data as Cell[][]]));
}

/** The visible 受理量 tile's number. */
async function receivedTile(): Promise<number> {
  const text = await page
    .locator('.lx-tile')
    .filter({ hasText: '受理量' })
    .filter({ visible: true })
    .first()
    .locator('.lx-tile__value')
    .textContent();
  return num(text ?? '');
}

async function scrollTo(role: 'img' | 'table', name: string | RegExp) {
  await page
    .getByRole(role, { name, exact: typeof name === 'string' })
    .filter({ visible: true })
    .first()
    .scrollIntoViewIfNeeded();
}

test('street staff open 统计看板 from 办事 and the charts are drawn at the phone’s pixel ratio', async () => {
  await signIn(page, stack.url, { name: '刘建国', roleLabel: '街道工作人员' });
  await tabBarItem(page, '办事').click();
  await page.getByText('统计看板', { exact: true }).filter({ visible: true }).first().click();
  await visible(page, '办理质量');
  await visible(page, STREET);

  assert.equal(await chartsDrawn(page, CHARTS.length), CHARTS.length);
  const ratio = await page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('.lx-chart__canvas canvas');
    return c ? c.width / c.getBoundingClientRect().width : 0;
  });
  assert.ok(Math.abs(ratio - 2) < 0.05, `canvas bitmap at the pixel ratio (got ${ratio})`);
  await shot(page, 'month-figures');
  for (const [i, title] of CHARTS.entries()) {
    await scrollTo('img', new RegExp(`^${title}：`));
    await shot(page, `month-chart-${i + 1}`);
  }
});

test('the tables beside the charts hold their figures, and the ranking is best first', async () => {
  // the trend's days add up to the month's 受理量
  const trend = await table(page, '每日受理与办结（表格）');
  assert.deepEqual(trend[0], ['日期', '受理（件）', '办结（件）']);
  const days = trend.slice(1).reduce((sum, r) => sum + num(r[1]), 0);
  assert.equal(days, await receivedTile(), 'the trend’s days add up to 受理量');

  // places from 1, shares best first, each with its numerator and denominator
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
  await scrollTo('table', '社区排名：按期办结率');
  await shot(page, 'month-ranking');
});

test('导出月报: the downloaded .xlsx holds the figures on the screen', async () => {
  const sheets = await exportReport(page);
  await visible(page, /^已导出：.*月度通报\.xlsx$/);
  await page.getByText('导出月报', { exact: true }).filter({ visible: true }).first().scrollIntoViewIfNeeded();
  await shot(page, 'exported');

  const summary = sheets.get('汇总') ?? [];
  const row = (label: string) => summary.find((r) => r[0] === label);
  assert.equal(row('受理量')?.[1], await receivedTile(), '汇总 受理量');
  const cards = (await rateCards(page)).filter((c) => row(c.label));
  assert.equal(cards.length, 6, 'six rates on screen and in 汇总');
  for (const c of cards) {
    const r = row(c.label)!;
    assert.equal(asShown(r[1]), c.value, `${c.label}: the file's value is the screen's`);
    assert.deepEqual([r[2], r[3]], c.parts, `${c.label}: numerator and denominator`);
  }

  const ranking = await table(page, '社区排名：按期办结率');
  const fileRanking = (sheets.get('排名') ?? [])
    .filter((r) => r[0] === '社区' && r[1] === '按期办结率')
    .map((r) => [String(r[2]), String(r[3]), asShown(r[4]), `${r[5]} / ${r[6]}`]);
  assert.deepEqual(fileRanking, ranking.slice(1), '排名: the communities by 按期办结率');

  const byName = (a: string[], b: string[]) => a[0].localeCompare(b[0]);
  const bars = (await table(page, '各社区受理与办结（表格）')).slice(1).sort(byName);
  const communities = sheets.get('社区') ?? [];
  const head = communities[0] ?? [];
  const fileBars = communities
    .slice(1)
    .map((r) => [String(r[0]), String(r[head.indexOf('受理量')]), String(r[head.indexOf('办结数')])]);
  assert.deepEqual(fileBars.sort(byName), bars, '社区: each community’s 受理量 and 办结数');
});

test('上月 and 本年: the label follows the switch and the charts are drawn again', async () => {
  for (const [tab, label] of [
    ['上月', /^\d{4}年\d{1,2}月$/],
    ['本年', /^\d{4}年$/],
  ] as const) {
    const period = page.locator('.lx-stats-scope__period').filter({ visible: true }).first();
    const before = (await period.textContent())?.trim() ?? '';
    await tapTab(page, tab);
    await page.waitForFunction(
      (prev) => {
        const el = [...document.querySelectorAll('.lx-stats-scope__period')].find(
          (e) => (e as HTMLElement).offsetParent,
        );
        const t = el?.textContent?.trim() ?? '';
        return t !== prev && t !== '正在加载…';
      },
      before,
      { timeout: 15_000 },
    );
    assert.match((await period.textContent())?.trim() ?? '', label);
    const selected = await page
      .getByRole('tab', { name: tab })
      .filter({ visible: true })
      .first()
      .getAttribute('aria-selected');
    assert.equal(selected, 'true');
    await chartsDrawn(page, 1);
    await shot(page, tab === '本年' ? 'year-figures' : 'last-month-figures');
  }
  await visible(page, '每月受理与办结');
  await scrollTo('img', /^每月受理与办结：/);
  await shot(page, 'year-trend');
});

test('at 320 px nothing is wider than the screen (tiles, rate cards, tables, bars)', async () => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.reload();
  await visible(page, '办理质量');
  await chartsDrawn(page, CHARTS.length);
  const overflow = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.lx-page *')]
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => el.className || el.tagName)
      .slice(0, 5),
  );
  assert.deepEqual(overflow, [], 'at 320 px nothing is wider than the screen');
  await shot(page, 'month-320px');
  assert.deepEqual(errors, [], 'no script errors on the way');
});

test('community staff see their community, its grids and the grid workers’ ranking', async () => {
  const other = await (await phone(browser)).newPage();
  await signIn(other, stack.url, { name: '陈丽娟', roleLabel: '社区工作人员' });
  await tabBarItem(other, '办事').click();
  await other.getByText('统计看板', { exact: true }).filter({ visible: true }).first().click();
  await visible(other, '各网格受理与办结');
  await visible(other, '凤凰城社区');
  assert.ok((await chartsDrawn(other, CHARTS.length)) >= CHARTS.length);
  const workers = await table(other, '网格员排名：响应率');
  assert.deepEqual(workers[0], ['名次', '网格员', '响应率', '分子 / 分母']);
  assert.ok(workers.length >= 2, 'the community’s grid workers are ranked');
  await other
    .getByRole('table', { name: '网格员排名：响应率', exact: true })
    .filter({ visible: true })
    .first()
    .scrollIntoViewIfNeeded();
  await shot(other, 'community-workers');
  await other.context().close();
});

test('a grid worker finds their grid’s figures on 首页 under 我的网格', async () => {
  const worker = await (await phone(browser)).newPage();
  await signIn(worker, stack.url, { name: '王秀兰', roleLabel: '网格员' });
  await visible(worker, '我的网格 · 凤凰城社区第一网格');
  await visible(worker, /受理 \d+ 件，办结 \d+ 件，办结率 (\d+(\.\d)?%|—)（应办结 \d+ 件）/);
  await shot(worker, 'grid-worker-home');
  await worker.getByText('统计 ›', { exact: true }).filter({ visible: true }).first().click();
  await visible(worker, '办理质量');
  await visible(worker, '凤凰城社区第一网格');
  assert.equal(
    await worker
      .getByText(/排名：/)
      .filter({ visible: true })
      .count(),
    0,
    'a grid has no rankings',
  );
  await worker.context().close();
});
