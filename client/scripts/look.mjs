// A look at the h5 build without the gateway: serves dist/h5 (index.html for unknown paths, like the
// gateway), optionally answers /fn/* from canned data (--mock), and saves 375-px-wide screenshots.
// --journey clicks through binding an address and filing a ticket by visible text, the way the
// browser journeys do. Not a test: a pair of eyes.
//   node client/scripts/look.mjs [--mock] [--journey] [--out /tmp/shots] [route ...]
import http from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import fixtures from '../test-fixtures/index.js';

const { CHROMIUM_ARGS, filedAndAccepted, UNKNOWN_ACTION } = fixtures;

const root = resolve(fileURLToPath(import.meta.url), '../../../dist/h5');
const args = process.argv.slice(2);
const mock = args.includes('--mock');
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? args[outIdx + 1] : '/tmp/shots';
const routes = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const now = Date.now();
const H = 3_600_000;
const me = {
  id: 'u1',
  nickname: '王阿姨',
  roles: [{ role: 'gridWorker', orgId: 'g3', orgName: '凤凰城社区第3网格' }],
  address: {
    streetId: 's',
    communityId: 'c',
    compoundId: 'p',
    buildingId: 'b',
    gridId: 'g3',
    room: '2单元501',
    text: '凤凰城社区 天河嘉城 3号楼 2单元501',
    boundAt: now,
  },
};
const summary = (i, status, extra = {}) => ({
  id: `t${i}`,
  no: `20261121-0004${i}`,
  categoryName: ['路灯损坏', '垃圾清运', '邻里纠纷'][i % 3],
  description: '3号楼东侧路灯不亮已经一周了，晚上出门很不方便，请尽快修一修。',
  status,
  urgency: i === 1 ? 'urgent' : 'normal',
  level: 'grid',
  addressText: '凤凰城社区 天河嘉城 3号楼',
  createdAt: now - i * 20 * H,
  dueAt: now + (5 - i * 3) * H,
  overdue: false,
  ...extra,
});
const FIXTURES = {
  'org.me': () => me,
  'org.children': (p) => [
    {
      id: `${p.parentId ?? 'root'}-1`,
      name: p.parentId ? (p.parentId.split('-').length > 2 ? '3号楼' : '天河嘉城') : '凤凰城社区',
      type: !p.parentId ? 'community' : p.parentId.split('-').length > 2 ? 'building' : 'compound',
      hasChildren: true,
    },
    {
      id: `${p.parentId ?? 'root'}-2`,
      name: p.parentId ? (p.parentId.split('-').length > 2 ? '5号楼' : '锦绣花园') : '九州路社区',
      type: !p.parentId ? 'community' : p.parentId.split('-').length > 2 ? 'building' : 'compound',
      hasChildren: true,
    },
  ],
  'org.bindAddress': (p) => ({
    ...me,
    address: { ...me.address, room: p.room, text: `凤凰城社区 天河嘉城 3号楼 ${p.room ?? ''}`.trim() },
  }),
  'admin.node': (p) => ({
    id: p.id,
    type: 'grid',
    name: '凤凰城社区第一网格',
    parentId: 'c1',
    communityId: 'c1',
    households: 312,
    population: 905,
    hasBoundary: true,
    hasChildren: false,
    boundaryPoints: 5,
    hotline: '0392-3336017',
    serviceHours: '工作日 8:30-17:30，周末轮值',
    responsible: [
      { duty: '网格长', name: '王秀兰', phone: '13903920005', hours: '工作日 8:30-17:30' },
      { duty: '警务员', name: '李建军', phone: '0392-3336110' },
    ],
  }),
  'admin.tree': () => ({
    parent: { id: 's1', type: 'street', name: '九州路街道', parentId: null, hasBoundary: false, hasChildren: true },
    children: [
      { id: 'c1', type: 'community', name: '凤凰城社区', parentId: 's1', hasBoundary: false, hasChildren: true },
      { id: 'c2', type: 'community', name: '鹤翔社区', parentId: 's1', hasBoundary: false, hasChildren: true },
    ],
    canEdit: true,
  }),
  'tickets.file': () => ({ id: 't1', no: '20261121-00041' }),
  'tickets.categories': () => [
    { id: 'c1', name: '路灯损坏', group: '公共设施', limitText: '1个工作日', urgentLimitText: '2小时' },
    { id: 'c2', name: '井盖缺失', group: '公共设施', limitText: '24小时', urgentLimitText: '2小时' },
    { id: 'c3', name: '垃圾清运', group: '市容环境', limitText: '1个工作日', urgentLimitText: '4小时' },
    { id: 'c4', name: '邻里纠纷', group: '邻里纠纷', limitText: '3天', urgentLimitText: '1天' },
  ],
  'tickets.mine': () => ({
    items: [summary(1, 'pending'), summary(2, 'processing'), summary(3, 'resolved')],
    hasMore: true,
    next: 'x',
  }),
  'tickets.queue': () => ({
    items: [summary(1, 'pending'), summary(2, 'pending', { overdue: true })],
    hasMore: false,
    counts: { pending: 2, processing: 5, done: 31 },
  }),
  'tickets.detail': () => ({
    ...summary(1, 'processing'),
    photos: [],
    source: 'resident',
    anonymous: false,
    handlerOrgName: '凤凰城社区第3网格',
    version: 2,
    allowedActions: ['progress', 'resolve', 'escalate'],
    timeline: filedAndAccepted(now - 20 * H, now - 18 * H, '已联系物业，明天上午派电工维修。'),
  }),
};

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname.startsWith('/fn/')) {
    if (!mock) return res.writeHead(502).end('no gateway');
    let body = '';
    for await (const c of req) body += c;
    const { action, payload } = JSON.parse(body);
    const key = `${url.pathname.slice(4)}.${action}`;
    const fx = FIXTURES[key];
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(JSON.stringify(fx ? { ok: true, data: fx(payload ?? {}) } : UNKNOWN_ACTION));
  }
  let file = join(root, url.pathname);
  let data;
  try {
    data = await readFile(file);
  } catch {
    file = join(root, 'index.html');
    data = await readFile(file);
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(data);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
await mkdir(out, { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
const page = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
page.on('pageerror', (e) => console.log('pageerror', e.message));
if (args.includes('--journey')) {
  const shot = async (name) => page.screenshot({ path: join(out, `journey-${name}.png`), fullPage: true });
  await page.goto(`${base}/pages/me/index`);
  await page.getByText('我的住址').click();
  await page.getByText('凤凰城社区', { exact: true }).click();
  await page.getByText('天河嘉城', { exact: true }).click();
  await page.getByText('3号楼', { exact: true }).click();
  await page.locator('.lx-input input').fill('2单元501');
  await shot('1-address');
  await page.getByText('保存住址').click();
  await page.waitForURL('**/pages/me/index');
  await page.goto(`${base}/pages/home/index`);
  await page.getByText('我要反映').click();
  await page.waitForURL('**/packages/tickets/pages/file/index');
  // the home page stays in the DOM (hidden) with rows that also say 路灯损坏 / 紧急: use the radios
  await page.getByRole('radio', { name: '路灯损坏' }).click();
  await page.getByText('提交', { exact: true }).click();
  await page.waitForTimeout(300);
  await shot('2-file-invalid');
  await page.locator('.lx-textarea textarea').fill('3号楼东侧路灯不亮已经一周了');
  await page.getByRole('radio', { name: '紧急' }).click();
  await page.getByText('提交', { exact: true }).click();
  await page.waitForURL('**/packages/tickets/pages/detail/index?id=t1');
  await page.waitForTimeout(500);
  await shot('3-detail');
  console.log('journey ok →', out);
}

const list = args.includes('--journey')
  ? []
  : routes.length
    ? routes
    : [
        '/pages/home/index',
        '/pages/services/index',
        '/pages/notices/index',
        '/pages/me/index',
        '/packages/tickets/pages/file/index',
        '/packages/tickets/pages/mine/index',
        '/packages/tickets/pages/detail/index?id=t1',
        '/packages/tickets/pages/queue/index',
        '/packages/account/pages/address/index',
      ];
for (const r of list) {
  await page.goto(base + r);
  await page.waitForTimeout(1500);
  const name = r.replace(/^\/|\/index.*$/g, '').replace(/\//g, '_') || 'root';
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  console.log('shot', r, '→', join(out, `${name}.png`));
}
await browser.close();
server.close();
