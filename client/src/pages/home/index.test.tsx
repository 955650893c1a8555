import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { resetMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { gridWorker, resident, residentWithAddress, ticket } from '../../../jest/fixtures';
import { renderPage, tap } from '../../../jest/render';
import { gridDashboard } from '../../packages/stats/testing/dashboard';
import Home from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const CARD = {
  gridId: 'g1',
  gridName: '凤凰城社区第一网格',
  communityName: '凤凰城社区',
  streetName: '凤凰街道',
  communityHotline: '0371-66660001',
  people: [
    { duty: '楼栋长', name: '刘大爷', phone: '13900000009' },
    { duty: '网格员', name: '王秀兰', phone: '13900000001' },
  ],
};

/** Answers like the cloud functions would, for the given user. */
function backend(me: typeof resident, tickets = [ticket(1), ticket(2), ticket(3), ticket(4)]) {
  call.mockImplementation(async (fn: string, action: string) => {
    if (fn === 'org' && action === 'me') return { ok: true, data: me };
    if (fn === 'tickets' && action === 'mine') return { ok: true, data: { items: tickets, hasMore: false } };
    if (fn === 'tickets' && action === 'queue')
      return { ok: true, data: { items: [], hasMore: false, counts: { pending: 7, processing: 2, done: 40 } } };
    if (fn === 'stats' && action === 'dashboard') return { ok: true, data: gridDashboard() };
    if (fn === 'org' && action === 'card') return { ok: true, data: CARD };
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' };
  });
}

beforeEach(() => {
  call.mockReset();
  resetMe();
});

describe('首页', () => {
  it('greets the resident and asks for an address before anything else', async () => {
    backend(resident, []);
    renderPage(Home);
    expect(await screen.findByText(/王阿姨/)).toBeTruthy();
    expect(screen.getByText('绑定住址后即可反映问题')).toBeTruthy();
    expect(screen.getByText('绑定住址')).toBeTruthy();
    expect(screen.getByText('我要反映')).toBeTruthy();
  });

  it('shows the bound address and the three latest tickets', async () => {
    backend(residentWithAddress);
    const { container } = renderPage(Home);
    expect(await screen.findByText('凤凰城社区 天河嘉城 3号楼 2单元501')).toBeTruthy();
    expect(screen.queryByText('绑定住址后即可反映问题')).toBeNull();
    await screen.findByText('编号 20261121-00001');
    expect(container.querySelectorAll('.lx-row')).toHaveLength(3);
  });

  it('shows the 连心卡 on 首页: the grid worker’s and the community’s names and numbers, tap to call', async () => {
    const dial = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' });
    backend(residentWithAddress);
    renderPage(Home);
    expect(await screen.findByText('连心卡 · 凤凰城社区第一网格')).toBeTruthy();
    expect(screen.getByText('网格员 王秀兰')).toBeTruthy();
    expect(screen.getByText('13900000001 拨打')).toBeTruthy();
    expect(screen.getByText('社区 凤凰城社区')).toBeTruthy();
    tap(screen.getByText('13900000001 拨打'));
    expect(dial).toHaveBeenCalledWith({ phoneNumber: '13900000001' });
    tap(screen.getByText('0371-66660001 拨打'));
    expect(dial).toHaveBeenLastCalledWith({ phoneNumber: '0371-66660001' });
    // her own tickets in plain words, under 我的反映
    expect(screen.getByText('我的反映')).toBeTruthy();
  });

  it('shows a grid worker the number of tickets waiting to be accepted', async () => {
    backend(gridWorker);
    renderPage(Home);
    expect(await screen.findByText('网格工单')).toBeTruthy();
    expect(await screen.findByText('7')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('tickets', 'queue', { tab: 'pending' });
  });

  it('shows a grid worker this month’s figures of their grid, with the denominator, and opens 统计看板', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    backend(gridWorker);
    renderPage(Home);
    expect(await screen.findByText('我的网格 · 凤凰城社区第一网格')).toBeTruthy();
    expect(screen.getByText('2026年11月受理 9 件，办结 8 件，办结率 100%（应办结 8 件）')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('stats', 'dashboard', {});
    tap(screen.getByText('统计 ›'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/stats/pages/dashboard/index' });
  });

  it('shows no grid card to a resident', async () => {
    backend(residentWithAddress);
    renderPage(Home);
    await screen.findByText('编号 20261121-00001');
    expect(screen.queryByText('网格工单')).toBeNull();
    expect(call).not.toHaveBeenCalledWith('tickets', 'queue', expect.anything());
    expect(screen.queryByText(/我的网格/)).toBeNull();
    expect(call).not.toHaveBeenCalledWith('stats', 'dashboard', expect.anything());
  });

  it('offers 重试 when the user cannot be loaded', async () => {
    call.mockResolvedValue({ ok: false, code: 'COMMON.NETWORK', message: '网络不给力，请检查网络后重试' });
    renderPage(Home);
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });
});
