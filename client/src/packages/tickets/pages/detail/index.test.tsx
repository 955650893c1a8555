import { screen } from '@testing-library/react';
import type { TicketDetail } from '@lx/types';
import { callCloud } from '@/services/cloud';
import { askSubscription } from '@/services/subscribe';
import { NOW, ticket } from '../../../../../jest/fixtures';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import { filedAndAccepted, HELD_BY_GRID } from '../../../../../test-fixtures';
import TicketDetailPage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn(), uploadPhoto: jest.fn() }));
jest.mock('@/services/subscribe', () => ({ askSubscription: jest.fn().mockResolvedValue([]) }));
const call = callCloud as jest.Mock;
const ask = askSubscription as jest.Mock;
const HOUR = 3_600_000;

function detail(over: Partial<TicketDetail> = {}): TicketDetail {
  return {
    ...ticket(1, { status: 'processing', urgency: 'urgent' }),
    version: 2,
    photos: ['https://files.example/a.jpg'],
    ...HELD_BY_GRID,
    responseDueAt: NOW,
    requiresVerification: false,
    requiresAfterPhotos: true,
    joined: false,
    mine: true,
    allowedActions: [],
    // newest first, as the page must not rely on the order it is sent in
    timeline: filedAndAccepted(NOW - 3_600_000, NOW - 1000, '明天上午派电工').reverse(),
    ...over,
  };
}

/** The backend: the detail for `detail`, a transition result for every action. */
function backend(first: TicketDetail, after: TicketDetail = first) {
  let current = first;
  call.mockImplementation(async (_fn: string, action: string) => {
    if (action === 'detail') return { ok: true, data: current };
    current = after;
    return { ok: true, data: { id: first.id, status: after.status, level: after.level, version: 3, dueAt: NOW } };
  });
}

beforeEach(() => {
  call.mockReset();
  ask.mockClear();
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});

const buttons = (c: HTMLElement) => [...c.querySelectorAll('taro-button-core')].map((b) => b.textContent);
const button = (c: HTMLElement, label: string) =>
  [...c.querySelectorAll('taro-button-core')].find((b) => b.textContent === label)!;

describe('诉求详情', () => {
  it('loads the ticket named in the page query and shows what the reporter needs to know', async () => {
    backend(detail());
    const { container } = renderPage(TicketDetailPage, { id: 't1' });
    expect(await screen.findByText('20261121-00001')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('tickets', 'detail', { id: 't1' });
    // the reporter reads plain words (types/plain-words.ts): 正在处理, 网格员已接单, not 处理中, 签收
    expect(screen.getByText('正在处理')).toBeTruthy();
    expect(screen.queryByText('处理中')).toBeNull();
    expect(screen.getByText('凤凰城社区第一网格（网格）')).toBeTruthy();
    expect(screen.getByText('明天上午派电工')).toBeTruthy();
    const actions = [...container.querySelectorAll('.lx-timeline__action')].map((n) => n.textContent);
    expect(actions).toEqual(['我反映了问题', '网格员已接单']);
    expect(container.querySelector('.lx-due')?.textContent).toBe('剩余 5 小时');
  });

  it('shows the server’s message for a ticket that is not there, with the way back and no 重试', async () => {
    call.mockResolvedValueOnce({ ok: false, code: 'TICKET.NOT_FOUND', message: '找不到该诉求' });
    renderPage(TicketDetailPage, { id: 'nope' });
    expect(await screen.findByText('找不到该诉求')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();
    expect(screen.getByText('返回首页')).toBeTruthy();
  });

  it('offers 重试 when the ticket could not be fetched, and 重试 fetches it', async () => {
    call
      .mockResolvedValueOnce({ ok: false, code: 'COMMON.NETWORK', message: '网络不给力，请检查网络后重试' })
      .mockResolvedValueOnce({ ok: true, data: detail() });
    renderPage(TicketDetailPage, { id: 't1' });
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy();
    tap(screen.getByText('重试'));
    expect(await screen.findByText('20261121-00001')).toBeTruthy();
  });

  it('draws exactly the buttons the server allows', async () => {
    backend(detail({ mine: false, allowedActions: ['progress', 'resolve', 'escalate'] }));
    const { container } = renderPage(TicketDetailPage, { id: 't1' });
    await screen.findByText('20261121-00001');
    expect(buttons(container)).toEqual(['办结', '添加进展', '上报上级']);
    // a handler keeps the office's words
    expect(screen.getByText('处理中')).toBeTruthy();
    const actions = [...container.querySelectorAll('.lx-timeline__action')].map((n) => n.textContent);
    expect(actions).toEqual(['提交诉求', '签收']);
  });

  it('a grid worker’s 签收 asks for task messages in the tap, sends the version seen, and reloads', async () => {
    backend(
      detail({ status: 'pending', mine: false, allowedActions: ['accept', 'reject', 'escalate'] }),
      detail({ status: 'processing', mine: false, allowedActions: ['progress', 'resolve', 'escalate'] }),
    );
    const { container } = renderPage(TicketDetailPage, { id: 't1' });
    await screen.findByText('20261121-00001');
    tap(button(container, '签收'));
    await flush();
    expect(ask).toHaveBeenCalledWith(['ticketTask']);
    expect(call).toHaveBeenCalledWith('tickets', 'accept', { id: 't1', version: 2 });
    await flush();
    expect(buttons(container)).toEqual(['办结', '添加进展', '上报上级']);
  });

  it('the contract’s own schema checks a reason before anything is sent', async () => {
    backend(detail({ status: 'pending', mine: false, allowedActions: ['reject'] }));
    const { container } = renderPage(TicketDetailPage, { id: 't1' });
    await screen.findByText('20261121-00001');
    tap(screen.getByText('不予受理'));
    await flush();
    await typeInto(container.querySelector('.lx-textarea')!, '否');
    tap(screen.getByText('确认不予受理'));
    await flush();
    expect(container.querySelector('.lx-actions__failure')?.textContent).toBe('不予受理的理由至少 2 个字');
    expect(call).not.toHaveBeenCalledWith('tickets', 'reject', expect.anything());
  });

  it('the reporter rates a resolved ticket 不满意 with a reason, which sends it back', async () => {
    backend(
      detail({ status: 'resolved', allowedActions: ['rate', 'reopen'] }),
      detail({ status: 'processing', reopenCount: 1, allowedActions: [] }),
    );
    const { container } = renderPage(TicketDetailPage, { id: 't1' });
    await screen.findByText('问题已处理完，请确认是否解决并评价');
    expect(buttons(container)).toEqual(['评价', '问题没有解决']);
    tap(screen.getByText('评价'));
    await flush();
    expect(ask).toHaveBeenCalledWith(['ticketProgress']);
    tap(screen.getByText('不满意'));
    await typeInto(container.querySelector('.lx-textarea')!, '路灯还是不亮');
    tap(screen.getByText('提交评价'));
    await flush();
    expect(call).toHaveBeenCalledWith('tickets', 'rate', {
      id: 't1',
      version: 2,
      score: 'unsatisfied',
      comment: '路灯还是不亮',
    });
    await flush();
    expect(screen.getByText('重新办理 1 次')).toBeTruthy();
  });

  it('催办 shows for the reporter only when the server allows it; before and after, a hint says when', async () => {
    backend(detail({ allowedActions: [] }));
    renderPage(TicketDetailPage, { id: 't1' });
    expect(await screen.findByText('超过办理时限仍未办结的，可以在这里催办')).toBeTruthy();
    expect(screen.queryByText('催办')).toBeNull();

    document.body.innerHTML = '';
    backend(detail({ dueAt: NOW - 2 * HOUR, overdue: true, allowedActions: ['urge'] }));
    const { container } = renderPage(TicketDetailPage, { id: 't1' });
    expect(await screen.findByText('已超过预计处理时间，我们已提醒办理人员')).toBeTruthy();
    tap(screen.getByText('催办'));
    await flush();
    // 催办 asks why, and says how often it may be sent; nothing goes without the note
    expect(screen.getByText('每天可以催办一次')).toBeTruthy();
    tap(screen.getByText('确认催办'));
    await flush();
    expect(call).not.toHaveBeenCalledWith('tickets', 'urge', expect.anything());
    await typeInto(container.querySelector('.lx-textarea')!, '快一周了，晚上看不见路');
    tap(screen.getByText('确认催办'));
    await flush();
    // 催办 commutes: it carries no version (the schema drops one)
    expect(call).toHaveBeenCalledWith('tickets', 'urge', { id: 't1', note: '快一周了，晚上看不见路' });

    // urged today: the button is gone until tomorrow, and the page says so
    document.body.innerHTML = '';
    backend(detail({ dueAt: NOW - 2 * HOUR, overdue: true, allowedActions: [] }));
    renderPage(TicketDetailPage, { id: 't1' });
    expect(await screen.findByText('今天已经催办过了，明天可以再催办')).toBeTruthy();
    expect(screen.queryByText('催办')).toBeNull();
  });

  it('shows the reporter and phone where the server returns them, and 匿名 for an anonymous ticket', async () => {
    backend(detail({ mine: false, reporter: { name: '张阿姨', phone: '13800001111' } }));
    renderPage(TicketDetailPage, { id: 't1' });
    expect(await screen.findByText('张阿姨 13800001111')).toBeTruthy();
    expect(screen.getByText('拨打')).toBeTruthy();

    document.body.innerHTML = '';
    backend(detail({ mine: false, anonymous: true }));
    renderPage(TicketDetailPage, { id: 't1' });
    expect(await screen.findByText('匿名')).toBeTruthy();
    expect(screen.queryByText('拨打')).toBeNull();
  });
});
