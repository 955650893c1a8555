/**
 * Org issue journeys in Chromium at a phone's width:
 * - the admin invites a grid worker (code + mini-program code); a brand-new WeChat user redeems the
 *   code and sees their grid's 网格工单 queue; a second person cannot reuse the code;
 * - a new resident binds an address and sees the 连心卡 of that building's grid;
 * - the admin adds a 连心卡 person to 第一网格 on 编辑组织, and 张阿姨 (who lives there) sees them.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { field, openStack, phone, shooter, signIn, visible, type Stack } from './harness';

let env: Awaited<ReturnType<typeof openStack>>;
let stack: Stack;
let browser: Browser;
let code = '';
const GRID = 'grid-fenghuang-04';

before(async () => {
  env = await openStack();
  stack = env.stack;
  browser = env.browser;
});
after(async () => env?.close());

const click = (page: Page, text: string) =>
  page.getByText(text, { exact: true }).filter({ visible: true }).first().click();

/** Signs in as a WeChat user never seen before (the demo sign-in page's 新用户). */
async function signInFresh(page: Page): Promise<string> {
  await page.goto(`${stack.url}/dev/login?next=/pages/me/index`);
  await page.getByRole('button', { name: '以一个新微信用户身份进入' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dev/login'));
  const cookies = await page.context().cookies();
  const id = decodeURIComponent(cookies.find((c) => /demo-new-/.test(decodeURIComponent(c.value)))?.value ?? '');
  assert.match(id, /^demo-new-[a-f0-9]{12}$/);
  return id;
}

test('the admin invites a grid worker to a grid with a one-time code and a mini-program code', async () => {
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  const shot = shooter('org-admin');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await signIn(page, stack.url, { name: '周志强', roleLabel: '管理员' });
  await page.goto(`${stack.url}/pages/me/index`);
  await visible(page, '管理');
  await shot(page, 'me');
  await click(page, '管理');
  await visible(page, '邀请工作人员');
  await shot(page, 'admin-home');
  await click(page, '邀请工作人员');
  await click(page, '凤凰城社区');
  await click(page, '凤凰城社区第四网格');
  await click(page, '网格员');
  await shot(page, 'invite-form');
  await click(page, '生成邀请码');
  const codeEl = page.locator('.lx-invite__code').filter({ visible: true }).first();
  await codeEl.waitFor({ timeout: 15_000 });
  code = ((await codeEl.textContent()) ?? '').replace('-', '');
  assert.match(code, /^[2-9A-HJKMNP-Z]{8}$/);
  // the local mini-program code is a real PNG QR, shown from local storage
  const qr = page.locator('.lx-invite__qr img, img.lx-invite__qr').filter({ visible: true }).first();
  await qr.waitFor({ timeout: 15_000 });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('img')].some((i) => i.src.includes('/files/invitations/') && i.naturalWidth > 100),
    undefined,
    { timeout: 15_000 },
  );
  await visible(page, '待使用');
  await shot(page, 'invite-created');

  // the tree, and an import with a broken row
  await page.goto(`${stack.url}/packages/admin/pages/tree/index`);
  await click(page, '凤凰城社区');
  await visible(page, '凤凰城社区第一网格');
  await visible(page, '凤凰城社区的工作人员');
  await shot(page, 'tree-community');
  await page.goto(`${stack.url}/packages/admin/pages/import/index`);
  await field(page, 'CSV 内容').fill(
    '类型,社区,名称,小区,所属网格,户数,人口,边界\n网格,凤凰城社区,凤凰城社区第七网格,,,320,900,\n网格,不存在社区,孤儿网格,,,1,1,\n',
  );
  await click(page, '导入');
  // the report, once it is there, is what the screenshot shows
  await visible(page, /导入结果/);
  await visible(page, /新增 1，更新 0，未导入 1/);
  await visible(page, /第 3 行：找不到社区“不存在社区”/);
  await shot(page, 'import-report');
  assert.equal(stack.emulator.store.count('org_nodes', { name: '凤凰城社区第七网格' }), 1);
  assert.equal(stack.emulator.store.count('org_nodes', { name: '孤儿网格' }), 0);

  await page.goto(`${stack.url}/packages/admin/pages/categories/index`);
  await visible(page, '垃圾暴露');
  await shot(page, 'categories');
  await click(page, '垃圾暴露');
  await visible(page, '保存时限');
  await shot(page, 'category-limits');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a new user redeems the code and sees their grid’s queue; nobody can use the code again', async () => {
  assert.ok(code, 'the admin journey made a code');
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  const shot = shooter('org-worker');
  const openid = await signInFresh(page);
  await visible(page, '输入邀请码');
  await shot(page, 'me-new-user');
  await click(page, '输入邀请码');
  await field(page, '邀请码').fill(`${code.slice(0, 4).toLowerCase()}${code.slice(4)}`);
  await shot(page, 'redeem-typed');
  await click(page, '确认加入');
  await visible(page, '您已成为凤凰城社区第四网格的网格员');
  await shot(page, 'redeem-done');

  const user = stack.emulator.store.get('users', openid) as { roles: { role: string; orgId: string }[] };
  assert.deepEqual(
    user.roles.map((r) => [r.role, r.orgId]),
    [['gridWorker', GRID]],
  );

  await click(page, '查看网格工单');
  await visible(page, '网格工单');
  const open = stack.emulator.store.find('tickets', { handlerOrgId: GRID, status: 'pending' }, {}) as { no: string }[];
  if (open.length) await visible(page, open[0].no);
  else await visible(page, /暂无|没有/);
  await shot(page, 'queue');

  await page.goto(`${stack.url}/pages/me/index`);
  await visible(page, '当前身份');
  await visible(page, '网格员 · 凤凰城社区第四网格');
  await shot(page, 'me-worker');
  await ctx.close();

  const late = await phone(browser);
  const page2 = await late.newPage();
  await signInFresh(page2);
  await page2.goto(`${stack.url}/packages/account/pages/redeem/index?scene=${code}`);
  // the scanned code fills the box once the page has read its scene; tap only then
  const box = field(page2, '邀请码');
  await box.waitFor();
  await page2.waitForFunction(({ input, want }) => (input as HTMLInputElement).value === want, {
    input: await box.elementHandle(),
    want: code,
  });
  await click(page2, '确认加入');
  await visible(page2, '该邀请码已被使用，每个邀请码只能使用一次');
  await shooter('org-worker-2')(page2, 'redeem-used');
  await late.close();
});

test('a new resident binds an address and sees the 连心卡 of that building’s grid', async () => {
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  const shot = shooter('org-resident');
  const openid = await signInFresh(page);
  await click(page, '我的住址');
  await visible(page, '第 1 步：请选择社区');
  await click(page, '鹤翔社区');
  await click(page, '鹤翔小区');
  await click(page, '2号楼');
  await shot(page, 'address');
  await click(page, '保存住址');
  await page.waitForFunction(() => !location.pathname.includes('/address/'), undefined, { timeout: 15_000 });

  const user = stack.emulator.store.get('users', openid) as { address: { gridId: string } };
  const grid = stack.emulator.store.get('org_nodes', user.address.gridId) as {
    name: string;
    responsible: { duty: string; name: string; phone: string }[];
  };
  assert.ok(grid, 'the building is in a grid');

  await page.goto(`${stack.url}/pages/me/index`);
  await click(page, '我的连心卡');
  await visible(page, grid.name);
  for (const p of grid.responsible) await visible(page, p.name);
  await visible(page, '0392-');
  await shot(page, 'card');
  assert.equal(await page.getByText('凤凰城社区第一网格').count(), 0);
  await ctx.close();
});

test('the admin adds a 连心卡 person to a grid on 编辑组织 and a resident of that grid sees them on the card', async () => {
  const ctx = await phone(browser);
  const page = await ctx.newPage();
  const shot = shooter('org-node-edit');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signIn(page, stack.url, { name: '周志强', roleLabel: '管理员' });
  await page.goto(`${stack.url}/packages/admin/pages/tree/index`);
  await click(page, '凤凰城社区');
  await visible(page, '凤凰城社区第一网格');
  await shot(page, 'tree');
  await page.getByLabel('编辑凤凰城社区第一网格', { exact: true }).filter({ visible: true }).click();
  await visible(page, '连心卡负责人');
  await visible(page, /已设置 \d+ 个点|未设置/);
  await shot(page, 'grid');
  // the new person comes after those the grid has: 第 n 位, with fields named 第n位姓名 …
  const n =
    ((stack.emulator.store.get('org_nodes', 'grid-fenghuang-01') as { responsible?: unknown[] }).responsible ?? [])
      .length + 1;
  await click(page, '添加负责人');
  const person = page
    .locator('.lx-person')
    .filter({ visible: true, has: page.getByText(`第 ${n} 位`, { exact: true }) });
  await person.getByText('志愿者', { exact: true }).click();
  await field(person, `第${n}位姓名`).fill('钱志愿');
  await field(person, `第${n}位电话`).fill('13800000002');
  await field(person, `第${n}位服务时间`).fill('周末 9:00-11:00');
  await shot(page, 'person-added');
  await click(page, '保存');
  await page.waitForFunction(() => document.body.innerText.includes('已保存'), undefined, { timeout: 15_000 });
  await shot(page, 'saved');
  const grid = stack.emulator.store.get('org_nodes', 'grid-fenghuang-01') as {
    responsible: { duty: string; name: string; phone: string; hours?: string }[];
  };
  assert.deepEqual(grid.responsible.at(-1), {
    duty: '志愿者',
    name: '钱志愿',
    phone: '13800000002',
    hours: '周末 9:00-11:00',
  });
  assert.deepEqual(errors, []);
  await ctx.close();

  const rctx = await phone(browser);
  const rpage = await rctx.newPage();
  await signIn(rpage, stack.url, { name: '张阿姨', roleLabel: '居民' });
  await rpage.goto(`${stack.url}/packages/account/pages/card/index`);
  await visible(rpage, '钱志愿');
  await visible(rpage, '周末 9:00-11:00');
  await shot(rpage, 'resident-card');
  await rctx.close();
});
