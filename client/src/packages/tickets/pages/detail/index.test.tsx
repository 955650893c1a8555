import { screen } from '@testing-library/react';
import type { TicketDetail } from '@lx/types';
import { callCloud } from '@/services/cloud';
import { NOW, ticket } from '../../../../../jest/fixtures';
import { renderPage, tap } from '../../../../../jest/render';
import TicketDetailPage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const detail: TicketDetail = {
  ...ticket(1, { status: 'processing', urgency: 'urgent' }),
  photos: ['https://files.example/a.jpg'],
  source: 'resident',
  anonymous: false,
  handlerOrgName: '凤凰城社区第一网格',
  version: 2,
  handlerOrgId: 'g1',
  communityId: 'c1',
  gridId: 'g1',
  responseDueAt: NOW,
  requiresVerification: false,
  requiresAfterPhotos: true,
  joined: false,
  mine: true,
  allowedActions: [],
  timeline: [
    {
      seq: 2,
      action: 'accept',
      actionLabel: '签收',
      actorLabel: '网格员',
      to: 'processing',
      level: 'grid',
      photos: [],
      at: NOW - 1000,
      note: '明天上午派电工',
    },
    {
      seq: 1,
      action: 'file',
      actionLabel: '提交诉求',
      actorLabel: '居民',
      to: 'pending',
      level: 'grid',
      photos: [],
      at: NOW - 3_600_000,
    },
  ],
};

beforeEach(() => call.mockReset());

describe('诉求详情', () => {
  it('loads the ticket named in the page query and shows what the reporter needs to know', async () => {
    call.mockResolvedValue({ ok: true, data: detail });
    const { container } = renderPage(TicketDetailPage, { id: 't1' });
    expect(await screen.findByText('20261121-00001')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('tickets', 'detail', { id: 't1' });
    expect(screen.getByText('处理中')).toBeTruthy();
    expect(screen.getByText('紧急')).toBeTruthy();
    expect(screen.getByText('凤凰城社区第一网格（网格）')).toBeTruthy();
    expect(screen.getByText('明天上午派电工')).toBeTruthy();
    const actions = [...container.querySelectorAll('.lx-timeline__action')].map((n) => n.textContent);
    expect(actions).toEqual(['提交诉求', '签收']);
  });

  it('shows the server’s message for a ticket that is not there, with 重试', async () => {
    call
      .mockResolvedValueOnce({ ok: false, code: 'TICKET.NOT_FOUND', message: '找不到该诉求' })
      .mockResolvedValueOnce({ ok: true, data: detail });
    renderPage(TicketDetailPage, { id: 'nope' });
    expect(await screen.findByText('找不到该诉求')).toBeTruthy();
    tap(screen.getByText('重试'));
    expect(await screen.findByText('20261121-00001')).toBeTruthy();
  });
});
