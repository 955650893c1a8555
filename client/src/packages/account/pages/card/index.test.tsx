import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { LianxinCard } from '@lx/types';
import { callCloud } from '@/services/cloud';
import { renderPage, tap } from '../../../../../jest/render';
import CardPage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const CARD: LianxinCard = {
  gridId: 'g1',
  gridName: '凤凰城社区第一网格',
  communityName: '凤凰城社区',
  streetName: '九州路街道办事处',
  people: [
    { duty: '网格长', name: '王秀兰', phone: '13903920005', hours: '工作日 8:30-17:30' },
    { duty: '警务员', name: '赵警官', phone: '13900000000' },
  ],
  communityHotline: '0392-3336017',
};

beforeEach(() => call.mockReset());

describe('连心卡', () => {
  it('lists the grid’s people with their duty and calls one with a tap', async () => {
    call.mockResolvedValue({ ok: true, data: CARD });
    const dial = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'ok' });
    renderPage(CardPage);
    expect(await screen.findByText('凤凰城社区第一网格')).toBeTruthy();
    expect(screen.getByText('网格长')).toBeTruthy();
    expect(screen.getByText('0392-3336017')).toBeTruthy();
    tap(screen.getByLabelText('拨打网格长王秀兰的电话'));
    expect(dial).toHaveBeenCalledWith({ phoneNumber: '13903920005' });
  });

  it('asks an unbound resident to bind an address first', async () => {
    call.mockResolvedValue({ ok: true, data: null });
    renderPage(CardPage);
    expect(await screen.findByText(/绑定住址后/)).toBeTruthy();
  });

  it('shows a failure with a retry', async () => {
    call.mockResolvedValue({ ok: false, code: 'COMMON.NETWORK', message: '网络不给力，请检查网络后重试' });
    renderPage(CardPage);
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });
});
