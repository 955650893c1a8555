import { screen, within } from '@testing-library/react';
import type { Me } from '@lx/types';
import { resetMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { gridWorker, NOW, residentWithAddress, ticket } from '../../../../../jest/fixtures';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import QueuePage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;
const HOUR = 3_600_000;
const counts = { pending: 1, processing: 4, dueSoon: 2, overdue: 3, done: 27 };

const communityStaff: Me = {
  ...residentWithAddress,
  id: 'u-comm',
  nickname: '陈丽娟',
  roles: [{ role: 'communityStaff', orgId: 'c1', orgName: '凤凰城社区' }],
};

function backend(me: Me, pages: unknown[]) {
  const queue = [...pages];
  call.mockImplementation(async (fn: string, action: string, payload?: { parentId?: string }) => {
    if (fn === 'org' && action === 'me') return { ok: true, data: me };
    if (fn === 'tickets' && action === 'queue') return queue.length > 1 ? queue.shift() : queue[0];
    if (fn === 'tickets' && action === 'categories') return { ok: true, data: CATEGORIES };
    if (fn === 'org' && action === 'children') return { ok: true, data: TREE[payload?.parentId ?? ''] ?? [] };
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' };
  });
}
/** the grid's part of the address tree (org.children with gridId) */
const TREE: Record<string, { id: string; name: string; type: string; hasChildren: boolean }[]> = {
  c1: [{ id: 'p1', name: '天河嘉城', type: 'compound', hasChildren: true }],
  p1: [
    { id: 'b1', name: '1号楼', type: 'building', hasChildren: false },
    { id: 'b2', name: '2号楼', type: 'building', hasChildren: false },
  ],
};
const CATEGORIES = [
  { id: 'cat-streetlight', name: '路灯照明', group: '市政', limitText: '3个工作日', urgentLimitText: '4小时' },
  { id: 'cat-garbage', name: '垃圾清运', group: '环境', limitText: '1个工作日', urgentLimitText: '2小时' },
];
const page = (items = [ticket(1)], c = counts) => ({ ok: true, data: { items, hasMore: false, counts: c } });
const queueCalls = () => call.mock.calls.filter((c) => c[1] === 'queue').map((c) => c[2]);

beforeEach(() => {
  call.mockReset();
  resetMe();
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});

describe('工单队列', () => {
  it('opens a grid worker’s queue on 待签收 with the count of all five tabs', async () => {
    backend(gridWorker, [page()]);
    const { container } = renderPage(QueuePage);
    await screen.findByText('编号 20261121-00001');
    expect(queueCalls()[0]).toEqual({ tab: 'pending', role: 'gridWorker', cursor: undefined });
    const tabs = [...container.querySelectorAll('[role="tab"]')].map((t) => t.textContent);
    expect(tabs).toEqual(['待签收1', '处理中4', '即将超期2', '已超期3', '已办结27']);
    expect(container.querySelector('.lx-segments__count--alert')?.textContent).toBe('3');
    expect(screen.getByText('代居民上报 ›')).toBeTruthy();
  });

  it('shows the time left on each ticket, red with how late once the deadline has passed', async () => {
    backend(gridWorker, [
      page([ticket(1, { dueAt: NOW + 5 * HOUR + 60_000 }), ticket(2, { dueAt: NOW - 3 * HOUR, overdue: true })]),
    ]);
    const { container } = renderPage(QueuePage);
    await screen.findByText('编号 20261121-00001');
    const dues = [...container.querySelectorAll('.lx-due')].map((d) => [d.textContent, d.className.includes('over')]);
    expect(dues).toEqual([
      ['剩余 5 小时', false],
      ['已超期 3 小时', true],
    ]);
  });

  it('switches to 已超期 and says when there is nothing there', async () => {
    backend(gridWorker, [page(), page([])]);
    const { container } = renderPage(QueuePage);
    await screen.findByText('编号 20261121-00001');
    tap(within(container).getByText('已超期'));
    expect(await screen.findByText('没有超期的工单')).toBeTruthy();
    expect(queueCalls().at(-1)).toEqual({ tab: 'overdue', role: 'gridWorker', cursor: undefined });
  });

  it('community staff get the community’s queue, without 代居民上报', async () => {
    backend(communityStaff, [page()]);
    renderPage(QueuePage, { role: 'communityStaff' });
    await screen.findByText('编号 20261121-00001');
    expect(queueCalls()[0]).toEqual({ tab: 'pending', role: 'communityStaff', cursor: undefined });
    expect(screen.queryByText('代居民上报 ›')).toBeNull();
  });

  it('a queue asked for by a role the user does not hold falls back to their own', async () => {
    backend(gridWorker, [page()]);
    renderPage(QueuePage, { role: 'streetStaff' });
    await screen.findByText('编号 20261121-00001');
    expect(queueCalls()[0]).toMatchObject({ role: 'gridWorker' });
  });

  it('a resident without a handling role is told so, and nothing is asked of the queue', async () => {
    backend(residentWithAddress, [page()]);
    renderPage(QueuePage);
    expect(await screen.findByText('您没有需要处理的工单')).toBeTruthy();
    expect(queueCalls()).toEqual([]);
  });

  it('a worker of two grids can look at one of them; one grid needs no choice', async () => {
    const twoGrids: Me = {
      ...gridWorker,
      roles: [...gridWorker.roles, { role: 'gridWorker', orgId: 'g2', orgName: '凤凰城社区第二网格' }],
    };
    backend(twoGrids, [page()]);
    renderPage(QueuePage);
    await screen.findByText('编号 20261121-00001');
    const scope = screen.getByRole('radiogroup', { name: '范围' });
    expect(
      within(scope)
        .getAllByRole('radio')
        .map((r) => r.textContent),
    ).toEqual(['全部', '凤凰城社区第一网格', '凤凰城社区第二网格']);
    tap(screen.getByText('凤凰城社区第二网格'));
    await screen.findByText('编号 20261121-00001');
    expect(queueCalls().at(-1)).toEqual({ tab: 'pending', role: 'gridWorker', orgId: 'g2', cursor: undefined });

    document.body.innerHTML = '';
    resetMe();
    backend(gridWorker, [page()]);
    renderPage(QueuePage);
    await screen.findByText('编号 20261121-00001');
    // no 范围 chips for one grid (the 筛选 chips are radios of their own groups)
    expect(screen.queryByRole('radiogroup', { name: '范围' })).toBeNull();
  });

  it('a failed queue shows the message with 重试', async () => {
    backend(gridWorker, [{ ok: false, code: 'COMMON.NETWORK', message: '网络不给力，请检查网络后重试' }, page()]);
    renderPage(QueuePage);
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy();
    tap(screen.getByText('重试'));
    expect(await screen.findByText('编号 20261121-00001')).toBeTruthy();
  });

  it('searches by number or words, and filters by category and source; the counts stay the tabs’ totals', async () => {
    backend(gridWorker, [page()]);
    renderPage(QueuePage);
    await screen.findByText('编号 20261121-00001');
    await typeInto(await screen.findByLabelText('搜索工单'), ' 路灯 ');
    tap(screen.getByText('搜索'));
    await flush();
    expect(queueCalls().at(-1)).toEqual({ tab: 'pending', role: 'gridWorker', q: '路灯', cursor: undefined });

    tap(await screen.findByRole('radio', { name: '垃圾清运' }));
    await flush();
    tap(screen.getByRole('radio', { name: '日常巡查' }));
    await flush();
    expect(queueCalls().at(-1)).toEqual({
      tab: 'pending',
      role: 'gridWorker',
      q: '路灯',
      categoryId: 'cat-garbage',
      source: 'patrol',
      cursor: undefined,
    });
    // back to 全部: the field leaves the request
    tap(screen.getByRole('radio', { name: '全部类别' }));
    await flush();
    expect(queueCalls().at(-1)).not.toHaveProperty('categoryId');
  });

  it('a grid worker filters by one of her grid’s buildings, named with its compound', async () => {
    const worker: Me = {
      ...gridWorker,
      roles: [{ ...gridWorker.roles[0], orgPath: ['s1', 'c1', gridWorker.roles[0].orgId] }],
    };
    backend(worker, [page()]);
    renderPage(QueuePage);
    await screen.findByText('编号 20261121-00001');
    tap(await screen.findByRole('radio', { name: '天河嘉城 2号楼' }));
    await flush();
    expect(queueCalls().at(-1)).toEqual({ tab: 'pending', role: 'gridWorker', buildingId: 'b2', cursor: undefined });
    // the grid's buildings only: the tree was asked with her grid
    const asked = call.mock.calls.filter((c) => c[1] === 'children').map((c) => c[2]);
    expect(asked).toEqual([
      { parentId: 'c1', gridId: gridWorker.roles[0].orgId },
      { parentId: 'p1', gridId: gridWorker.roles[0].orgId },
    ]);
    tap(screen.getByRole('radio', { name: '全部楼栋' }));
    await flush();
    expect(queueCalls().at(-1)).not.toHaveProperty('buildingId');
  });

  it('says nothing matched, not that the tab is empty, when a search finds nothing', async () => {
    backend(gridWorker, [page(), page([])]);
    renderPage(QueuePage);
    await screen.findByText('编号 20261121-00001');
    await typeInto(await screen.findByLabelText('搜索工单'), '不存在的词');
    tap(screen.getByText('搜索'));
    expect(await screen.findByText('没有符合条件的工单')).toBeTruthy();
    expect(screen.queryByText('没有待签收的工单')).toBeNull();
  });
});
