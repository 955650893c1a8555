import { screen, waitFor, within } from '@testing-library/react';
import { callCloud } from '@/services/cloud';
import { ticket } from '../../../../../jest/fixtures';
import { flush, renderPage, tap } from '../../../../../jest/render';
import MyTicketsPage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

beforeEach(() => call.mockReset());

describe('我的反映', () => {
  it('shows the empty state when the resident has filed nothing', async () => {
    call.mockResolvedValue({ ok: true, data: { items: [], hasMore: false } });
    renderPage(MyTicketsPage);
    expect(await screen.findByText('您还没有反映过问题')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('tickets', 'mine', { tab: 'all', cursor: undefined });
  });

  it('asks for the chosen tab and says what is empty there', async () => {
    call.mockResolvedValue({ ok: true, data: { items: [], hasMore: false } });
    renderPage(MyTicketsPage);
    await screen.findByText('您还没有反映过问题');
    tap(screen.getByText('没有受理'));
    expect(await screen.findByText('没有未受理的问题')).toBeTruthy();
    expect(call).toHaveBeenLastCalledWith('tickets', 'mine', { tab: 'rejected', cursor: undefined });
  });

  it('lists rows with number, category, status and address, and pages with 加载更多', async () => {
    call
      .mockResolvedValueOnce({
        ok: true,
        data: { items: [ticket(1), ticket(2, { status: 'processing' })], hasMore: true, next: 'c2' },
      })
      .mockResolvedValueOnce({
        ok: true,
        data: { items: [ticket(3, { status: 'rejected', categoryName: '噪音扰民' })], hasMore: false },
      });
    const { container } = renderPage(MyTicketsPage);
    expect(await screen.findByText('编号 20261121-00001')).toBeTruthy();
    // plain words for the resident (types/plain-words.ts), not the office's 待签收
    expect(within(container).getByText('等待网格员接单')).toBeTruthy();
    expect(within(container).queryByText('待签收')).toBeNull();
    expect(within(container).getAllByText('凤凰城社区 天河嘉城 3号楼')).toHaveLength(2);

    tap(screen.getByText('加载更多'));
    expect(await screen.findByText('噪音扰民')).toBeTruthy();
    expect(call).toHaveBeenLastCalledWith('tickets', 'mine', { tab: 'all', cursor: 'c2' });
    expect(container.querySelectorAll('.lx-row')).toHaveLength(3);
    expect(screen.getByText('没有更多了')).toBeTruthy();
  });

  it('shows the failure message with 重试, and 重试 loads again', async () => {
    call
      .mockResolvedValueOnce({ ok: false, code: 'COMMON.NETWORK', message: '网络不给力，请检查网络后重试' })
      .mockResolvedValueOnce({ ok: true, data: { items: [ticket(1)], hasMore: false } });
    renderPage(MyTicketsPage);
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy();
    tap(screen.getByText('重试'));
    await waitFor(() => expect(screen.getByText('编号 20261121-00001')).toBeTruthy());
  });

  it('reloads the first page on pull-down refresh', async () => {
    call
      .mockResolvedValueOnce({ ok: true, data: { items: [], hasMore: false } })
      .mockResolvedValueOnce({ ok: true, data: { items: [ticket(4)], hasMore: false } });
    const page = renderPage(MyTicketsPage);
    await screen.findByText('您还没有反映过问题');
    await page.trigger('onPullDownRefresh');
    expect(await screen.findByText('编号 20261121-00004')).toBeTruthy();
    expect(call).toHaveBeenCalledTimes(2);
  });

  it('drops the answer for a tab the user has already left', async () => {
    let answerAll: (v: unknown) => void = () => undefined;
    call
      .mockImplementationOnce(() => new Promise((r) => (answerAll = r)))
      .mockResolvedValueOnce({ ok: true, data: { items: [], hasMore: false } });
    renderPage(MyTicketsPage);
    await flush();
    tap(screen.getByText('已处理完'));
    await screen.findByText('还没有处理完的问题');
    answerAll({ ok: true, data: { items: [ticket(9)], hasMore: false } });
    await flush();
    expect(screen.queryByText('编号 20261121-00009')).toBeNull();
  });

  it('asks for a rating on a resolved ticket, and only there', async () => {
    call.mockResolvedValue({
      ok: true,
      data: { items: [ticket(1, { status: 'resolved' }), ticket(2, { status: 'closed' })], hasMore: false },
    });
    const { container } = renderPage(MyTicketsPage);
    await screen.findByText('编号 20261121-00001');
    const prompts = [...container.querySelectorAll('.lx-row')].map((r) => r.textContent?.includes('请确认并评价'));
    expect(prompts).toEqual([true, false]);
  });
});
