import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { resetMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import ComposePage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn(), uploadPhoto: jest.fn() }));
const call = callCloud as jest.Mock;
const calls = (action: string) => call.mock.calls.filter((c) => c[1] === action);

beforeEach(() => {
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as never);
  resetMe();
  call.mockReset();
  call.mockImplementation(async (_fn: string, action: string) => {
    if (action === 'me') return { ok: true, data: { id: 'u1', nickname: '陈丽娟', roles: [] } };
    if (action === 'scopes')
      return { ok: true, data: { options: [{ id: 'grid-1', name: '第一网格', type: 'grid', communityId: 'c1' }] } };
    if (action === 'reach') return { ok: true, data: { households: 7 } };
    if (action === 'save') return { ok: true, data: { id: 'n1' } };
    return { ok: true, data: { id: 'n1', state: 'published', pushed: 0 } };
  });
});
afterEach(() => jest.restoreAllMocks());

async function fill(container: HTMLElement) {
  await typeInto(container.querySelector('.lx-input')!, '楼道堆物清理通知');
  await typeInto(container.querySelector('.lx-textarea')!, '请各位居民本周内清理楼道堆放的杂物。');
  tap(screen.getByText('第一网格'));
  await flush();
}

describe('发布通知', () => {
  it('asks 将通知 7 户 before publishing: a no saves and publishes nothing, a yes does both', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true } as never);
    const { container } = renderPage(ComposePage);
    await flush();
    await fill(container);
    tap(screen.getByText('发布'));
    await flush();
    expect(calls('reach')[0][2]).toEqual({ targets: ['grid-1'] });
    expect(modal.mock.calls[0][0]?.content).toMatch(/^将通知 7 户。/);
    expect(calls('save')).toHaveLength(0);
    expect(calls('publish')).toHaveLength(0);

    modal.mockResolvedValue({ confirm: true, cancel: false } as never);
    tap(screen.getByText('发布'));
    await flush();
    expect(calls('save')).toHaveLength(1);
    expect(calls('publish')[0][2]).toEqual({ id: 'n1' });
  });

  it('保存草稿 asks nothing', async () => {
    const modal = jest.spyOn(Taro, 'showModal');
    const { container } = renderPage(ComposePage);
    await flush();
    await fill(container);
    tap(screen.getByText('保存草稿'));
    await flush();
    expect(calls('save')).toHaveLength(1);
    expect(calls('reach')).toHaveLength(0);
    expect(modal).not.toHaveBeenCalled();
  });
});
