import { screen } from '@testing-library/react';
import { resetMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { gridWorker, resident, residentWithAddress, ticket } from '../../../jest/fixtures';
import { renderPage } from '../../../jest/render';
import Home from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

/** Answers like the cloud functions would, for the given user. */
function backend(me: typeof resident, tickets = [ticket(1), ticket(2), ticket(3), ticket(4)]) {
  call.mockImplementation(async (fn: string, action: string) => {
    if (fn === 'org' && action === 'me') return { ok: true, data: me };
    if (fn === 'tickets' && action === 'mine') return { ok: true, data: { items: tickets, hasMore: false } };
    if (fn === 'tickets' && action === 'queue')
      return { ok: true, data: { items: [], hasMore: false, counts: { pending: 7, processing: 2, done: 40 } } };
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

  it('shows a grid worker the number of tickets waiting to be accepted', async () => {
    backend(gridWorker);
    renderPage(Home);
    expect(await screen.findByText('网格工单')).toBeTruthy();
    expect(await screen.findByText('7')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('tickets', 'queue', { tab: 'pending' });
  });

  it('shows no grid card to a resident', async () => {
    backend(residentWithAddress);
    renderPage(Home);
    await screen.findByText('编号 20261121-00001');
    expect(screen.queryByText('网格工单')).toBeNull();
    expect(call).not.toHaveBeenCalledWith('tickets', 'queue', expect.anything());
  });

  it('offers 重试 when the user cannot be loaded', async () => {
    call.mockResolvedValue({ ok: false, code: 'COMMON.NETWORK', message: '网络不给力，请检查网络后重试' });
    renderPage(Home);
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });
});
