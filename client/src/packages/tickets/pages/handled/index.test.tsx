import { screen } from '@testing-library/react';
import { callCloud } from '@/services/cloud';
import { ticket } from '../../../../../jest/fixtures';
import { renderPage } from '../../../../../jest/render';
import HandledPage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

beforeEach(() => call.mockReset());

describe('我经手的', () => {
  it('lists the tickets the caller handled with their current state, in office terms', async () => {
    call.mockResolvedValue({
      ok: true,
      data: { items: [ticket(1, { status: 'pending', level: 'community' })], hasMore: false },
    });
    renderPage(HandledPage);
    expect(await screen.findByText('编号 20261121-00001')).toBeTruthy();
    // staff read the office's words, not the resident's plain ones
    expect(screen.getByText('待签收')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('tickets', 'handled', { cursor: undefined });
  });

  it('says what will be listed when nothing is yet', async () => {
    call.mockResolvedValue({ ok: true, data: { items: [], hasMore: false } });
    renderPage(HandledPage);
    expect(await screen.findByText('还没有经手的工单')).toBeTruthy();
  });
});
