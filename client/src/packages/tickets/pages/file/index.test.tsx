import { screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { resetMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { resident, residentWithAddress } from '../../../../../jest/fixtures';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import FileTicketPage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn(), uploadPhoto: jest.fn() }));
jest.mock('@/services/subscribe', () => ({ askSubscription: jest.fn() }));
const call = callCloud as jest.Mock;

const categories = [
  { id: 'c1', name: '路灯损坏', group: '公共设施', limitText: '1个工作日', urgentLimitText: '2小时' },
];

// Monday 2026-11-23 18:00 China time
const DUE = Date.UTC(2026, 10, 23, 10, 0);
const card = {
  gridId: 'g1',
  gridName: '凤凰城社区第一网格',
  communityName: '凤凰城社区',
  streetName: '凤凰街道',
  people: [
    { duty: '督导员', name: '孟德明', phone: '13900000002' },
    { duty: '网格长', name: '王秀兰', phone: '13900000001' },
  ],
};

function backend(me: typeof resident) {
  call.mockImplementation(async (fn: string, action: string) => {
    if (fn === 'org' && action === 'me') return { ok: true, data: me };
    if (fn === 'tickets' && action === 'categories') return { ok: true, data: categories };
    if (fn === 'tickets' && action === 'file')
      return { ok: true, data: { id: 't9', no: '20261121-00009', level: 'grid', handlerOrgId: 'g1' } };
    if (fn === 'tickets' && action === 'detail')
      return {
        ok: true,
        data: {
          id: 't9',
          no: '20261121-00009',
          level: 'grid',
          handlerOrgId: 'g1',
          handlerOrgName: '凤凰城社区第一网格',
          dueAt: DUE,
        },
      };
    if (fn === 'org' && action === 'card') return { ok: true, data: card };
    if (fn === 'tickets' && action === 'similar') return { ok: true, data: [] };
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' };
  });
}

beforeEach(() => {
  call.mockReset();
  resetMe();
  // the filing form keeps a draft on the phone (useZodForm persistKey): each test starts clean
  Taro.clearStorageSync();
});

describe('反映问题', () => {
  it('asks a resident without an address to bind one first', async () => {
    backend(resident);
    renderPage(FileTicketPage);
    expect(await screen.findByText('绑定住址后即可反映问题')).toBeTruthy();
    expect(screen.queryByText('提交')).toBeNull();
  });

  it('shows the form with the categories and where the ticket will go', async () => {
    backend(residentWithAddress);
    renderPage(FileTicketPage);
    expect(await screen.findByText('路灯损坏')).toBeTruthy();
    expect(screen.getByText('凤凰城社区 天河嘉城 3号楼 2单元501')).toBeTruthy();
    expect(screen.getByText('提交')).toBeTruthy();
  });

  it('fills in 联系电话 from her profile, and she can still change it', async () => {
    backend({ ...residentWithAddress, phone: '13800001234' });
    const { container } = renderPage(FileTicketPage);
    await screen.findByText('路灯损坏');
    // Taro's input draws its inner field asynchronously (Stencil): wait for it, as typeInto does
    const phone = await waitFor(() => {
      const field = container.querySelector('[aria-label="联系电话"]') as HTMLInputElement | null;
      if (!field) throw new Error('联系电话 is not drawn yet');
      return field;
    });
    await waitFor(() => expect(phone.value).toBe('13800001234'));
    await typeInto(phone, '13800005678');
    expect(phone.value).toBe('13800005678');
  });

  it('once filed, says the number, who will handle it and by when, with 查看进度 and 返回首页', async () => {
    backend({ ...residentWithAddress, phone: '13800001234' });
    const { container } = renderPage(FileTicketPage);
    tap(await screen.findByText('路灯损坏'));
    await typeInto(container.querySelector('.lx-textarea')!, '3号楼东侧路灯不亮已经一周');
    await flush();
    tap(screen.getByText('提交'));
    expect(await screen.findByText('已经提交，我们会尽快处理')).toBeTruthy();
    const sent = call.mock.calls.find(([fn, action]) => fn === 'tickets' && action === 'file');
    expect(sent?.[2]).toMatchObject({ phone: '13800001234' });
    expect(screen.getByText('20261121-00009')).toBeTruthy();
    expect(await screen.findByText('凤凰城社区第一网格的网格长 王秀兰')).toBeTruthy();
    expect(screen.getByText('11月23日（周一）18:00前')).toBeTruthy();
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' });
    tap(screen.getByText('查看进度'));
    expect(redirect).toHaveBeenCalledWith({ url: expect.stringContaining('id=t9') });
    expect(screen.getByText('返回首页')).toBeTruthy();
  });
});
