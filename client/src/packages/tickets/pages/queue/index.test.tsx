import { screen, within } from '@testing-library/react';
import { callCloud } from '@/services/cloud';
import { NOW, ticket } from '../../../../../jest/fixtures';
import { renderPage, tap } from '../../../../../jest/render';
import QueuePage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;
const HOUR = 3_600_000;

beforeEach(() => {
  call.mockReset();
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});

describe('网格工单', () => {
  it('opens on 待签收 with the count of every tab', async () => {
    call.mockResolvedValue({
      ok: true,
      data: { items: [ticket(1)], hasMore: false, counts: { pending: 1, processing: 4, done: 27 } },
    });
    const { container } = renderPage(QueuePage);
    await screen.findByText('编号 20261121-00001');
    expect(call).toHaveBeenCalledWith('tickets', 'queue', { tab: 'pending', cursor: undefined });
    const tabs = [...container.querySelectorAll('[role="tab"]')].map((t) => t.textContent);
    expect(tabs).toEqual(['待签收1', '处理中4', '已办结27']);
  });

  it('shows the time left on each ticket, and 已超期 once the deadline has passed', async () => {
    call.mockResolvedValue({
      ok: true,
      data: {
        items: [ticket(1, { dueAt: NOW + 5 * HOUR + 60_000 }), ticket(2, { dueAt: NOW - HOUR, overdue: true })],
        hasMore: false,
        counts: { pending: 2, processing: 0, done: 0 },
      },
    });
    const { container } = renderPage(QueuePage);
    await screen.findByText('编号 20261121-00001');
    const dues = [...container.querySelectorAll('.lx-due')].map((d) => d.textContent);
    expect(dues).toEqual(['剩余 5 小时', '已超期']);
  });

  it('switches to 处理中 and says when there is nothing there', async () => {
    call
      .mockResolvedValueOnce({
        ok: true,
        data: { items: [ticket(1)], hasMore: false, counts: { pending: 1, processing: 0, done: 0 } },
      })
      .mockResolvedValueOnce({
        ok: true,
        data: { items: [], hasMore: false, counts: { pending: 1, processing: 0, done: 0 } },
      });
    const { container } = renderPage(QueuePage);
    await screen.findByText('编号 20261121-00001');
    tap(within(container).getByText('处理中'));
    expect(await screen.findByText('没有正在处理的工单')).toBeTruthy();
    expect(call).toHaveBeenLastCalledWith('tickets', 'queue', { tab: 'processing', cursor: undefined });
  });
});
