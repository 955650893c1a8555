import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { resetMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { askSubscription } from '@/services/subscribe';
import { gridWorker, residentWithAddress } from '../../../../../jest/fixtures';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import ProxyFilePage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn(), uploadPhoto: jest.fn() }));
jest.mock('@/services/subscribe', () => ({ askSubscription: jest.fn().mockResolvedValue([]) }));
const call = callCloud as jest.Mock;
const ask = askSubscription as jest.Mock;

const CHILDREN: Record<string, { id: string; name: string; type: string; hasChildren: boolean }[]> = {
  root: [{ id: 'c1', name: '凤凰城社区', type: 'community', hasChildren: true }],
  c1: [{ id: 'p1', name: '天河嘉城', type: 'compound', hasChildren: true }],
  p1: [{ id: 'b5', name: '5号楼', type: 'building', hasChildren: false }],
};

function backend(me = gridWorker) {
  call.mockImplementation(async (fn: string, action: string, payload: { parentId?: string }) => {
    if (fn === 'org' && action === 'me') return { ok: true, data: me };
    if (fn === 'org' && action === 'children') return { ok: true, data: CHILDREN[payload.parentId ?? 'root'] };
    if (action === 'categories')
      return {
        ok: true,
        data: [{ id: 'cat-dispute', name: '邻里纠纷', group: '邻里纠纷', limitText: '3天', urgentLimitText: '24小时' }],
      };
    if (action === 'similar') return { ok: true, data: [] };
    if (action === 'file')
      return { ok: true, data: { id: 't9', no: '20261122-00009', level: 'grid', handlerOrgId: 'g1' } };
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' };
  });
}

beforeEach(() => {
  call.mockReset();
  ask.mockClear();
  resetMe();
});

describe('代办上报', () => {
  it('files for the chosen building with the source and the resident’s name', async () => {
    backend();
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' } as never);
    renderPage(ProxyFilePage);
    tap(await screen.findByText('凤凰城社区'));
    tap(await screen.findByText('天河嘉城'));
    tap(await screen.findByText('5号楼'));
    expect(await screen.findByText('凤凰城社区 天河嘉城 5号楼')).toBeTruthy();
    tap(screen.getByText('电话反映'));
    await flush();
    // the resident's name and phone are both one-line fields: each is found by its own label
    await typeInto(await screen.findByLabelText('居民姓名'), '李大爷');
    await typeInto(await screen.findByLabelText('居民电话'), '13903920011');
    tap(screen.getAllByText('邻里纠纷').at(-1)!);
    await typeInto(await screen.findByLabelText('问题描述'), '李大爷来电反映楼上装修噪音到深夜');
    await flush();
    // a handler files as nobody's secret: no 匿名 switch
    expect(screen.queryByText('匿名反映')).toBeNull();
    tap(screen.getByText('提交'));
    await flush();
    expect(ask).toHaveBeenCalledWith(['ticketTask']);
    expect(call).toHaveBeenCalledWith('tickets', 'similar', { categoryId: 'cat-dispute', buildingId: 'b5' });
    expect(call).toHaveBeenCalledWith(
      'tickets',
      'file',
      expect.objectContaining({
        categoryId: 'cat-dispute',
        buildingId: 'b5',
        source: 'phone',
        residentName: '李大爷',
        phone: '13903920011',
      }),
    );
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/tickets/pages/detail/index?id=t9' });
  });

  it('is closed to residents', async () => {
    backend(residentWithAddress);
    renderPage(ProxyFilePage);
    expect(await screen.findByText('只有网格员可以代居民上报')).toBeTruthy();
  });
});
