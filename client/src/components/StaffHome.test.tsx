import { screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Me } from '@lx/types';
import { resetMe, setActiveRole } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { gridWorker, NOW, residentWithAddress, ticket } from '../../jest/fixtures';
import { renderPage, tap } from '../../jest/render';
import { gridDashboard } from '../packages/stats/testing/dashboard';
import Home from '../pages/home/index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;
const HOUR = 3_600_000;

const staff = (role: string, orgName: string): Me =>
  ({ ...residentWithAddress, nickname: '陈丽娟', roles: [{ role, orgId: 'x', orgName }] }) as Me;
const late = [
  ticket(1, { urgency: 'urgent', dueAt: NOW - HOUR, overdue: true }),
  ticket(2, { dueAt: NOW - 3 * HOUR, overdue: true }),
];

function backend(me: Me) {
  call.mockImplementation(async (fn: string, action: string) => {
    if (fn === 'org' && action === 'me') return { ok: true, data: me };
    if (fn === 'tickets' && action === 'queue')
      return {
        ok: true,
        data: { items: late, hasMore: false, counts: { pending: 7, processing: 2, dueSoon: 1, overdue: 2, done: 40 } },
      };
    if (fn === 'tickets' && action === 'board')
      return {
        ok: true,
        data: { items: late, hasMore: false, counts: { total: 5, grid: 3, community: 2, street: 0 } },
      };
    if (fn === 'tickets' && action === 'mine') return { ok: true, data: { items: [], hasMore: false } };
    if (fn === 'stats' && action === 'dashboard') return { ok: true, data: gridDashboard() };
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' };
  });
}

let navigateTo: jest.SpyInstance;
beforeEach(() => {
  call.mockReset();
  resetMe();
  Taro.clearStorageSync();
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
  navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
});
afterEach(() => jest.restoreAllMocks());

describe('首页 for staff at work', () => {
  it('a grid worker opens on the grid’s work: 已超期 first, the overdue tickets, the queue and 我经手的', async () => {
    backend(gridWorker);
    const { container } = renderPage(Home);
    await screen.findByText('编号 20261121-00001');
    expect(call).toHaveBeenCalledWith('tickets', 'queue', { tab: 'overdue', role: 'gridWorker' });
    const tiles = [...container.querySelectorAll('.lx-staff-count')].map((t) => t.textContent);
    expect(tiles).toEqual(['2已超期', '7待签收', '2处理中', '1即将超期']);
    expect(container.querySelector('.lx-staff-count--alert')?.textContent).toBe('2已超期');
    // the resident's 我要反映 is not what a worker opens on
    expect(screen.queryByText('我要反映')).toBeNull();
    // 我的网格 stays (the page's own card)
    expect(await screen.findByText('我的网格 · 凤凰城社区第一网格')).toBeTruthy();

    tap(screen.getByText('已超期'));
    expect(navigateTo).toHaveBeenLastCalledWith({
      url: '/packages/tickets/pages/queue/index?role=gridWorker&tab=overdue',
    });
    tap(screen.getByText('网格工单'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/tickets/pages/queue/index?role=gridWorker' });
    tap(screen.getByText('我经手的'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/tickets/pages/handled/index' });
    expect(screen.getByText('代居民上报')).toBeTruthy();
  });

  it('community staff see 社区工单 with the same counts', async () => {
    backend(staff('communityStaff', '凤凰城社区'));
    renderPage(Home);
    expect(await screen.findByText('社区工单')).toBeTruthy();
    expect(screen.getByText('社区工作人员 · 凤凰城社区')).toBeTruthy();
    await screen.findByText('编号 20261121-00001');
    expect(call).toHaveBeenCalledWith('tickets', 'queue', { tab: 'overdue', role: 'communityStaff' });
    expect(screen.queryByText('代居民上报')).toBeNull();
  });

  it('a supervisor sees the 督办看板’s overdue count and rows', async () => {
    backend(staff('supervisor', '九州路街道办事处'));
    const { container } = renderPage(Home);
    expect(await screen.findByText('督办看板')).toBeTruthy();
    await screen.findByText('编号 20261121-00001');
    expect(within(container).getByText('5')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('tickets', 'board', { view: 'overdue' });
    tap(screen.getByText('督办看板'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/tickets/pages/board/index' });
  });

  it('an admin gets 我经手的 and 管理, and no queue', async () => {
    backend(staff('admin', '九州路街道办事处'));
    renderPage(Home);
    expect(await screen.findByText('管理')).toBeTruthy();
    expect(screen.getByText('我经手的')).toBeTruthy();
    expect(call).not.toHaveBeenCalledWith('tickets', 'queue', expect.anything());
  });

  it('residents, party members, and a worker who switched to 居民 keep the resident home', async () => {
    backend(staff('partyMember', '凤凰城社区'));
    renderPage(Home);
    expect(await screen.findByText('我要反映')).toBeTruthy();
    expect(screen.queryByText('我经手的')).toBeNull();

    document.body.innerHTML = '';
    resetMe();
    setActiveRole({ role: 'resident' });
    backend(gridWorker);
    renderPage(Home);
    expect(await screen.findByText('我要反映')).toBeTruthy();
    expect(screen.queryByText('我经手的')).toBeNull();
  });
});
