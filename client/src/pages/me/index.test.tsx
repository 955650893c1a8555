import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { activeRoleOf, resetMe } from '@/hooks/useMe';
import { browser } from '@/services/browser';
import { callCloud } from '@/services/cloud';
import { gridWorker, resident } from '../../../jest/fixtures';
import { flush, renderPage, tap } from '../../../jest/render';
import MePage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

beforeEach(() => {
  call.mockReset();
  resetMe();
});

describe('我的', () => {
  it('shows the nickname, each role with the place it applies to, and the address', async () => {
    call.mockResolvedValue({ ok: true, data: gridWorker });
    renderPage(MePage);
    expect(await screen.findByText('李网格')).toBeTruthy();
    // once as a role, once as the working role (当前身份)
    expect(screen.getAllByText('网格员 · 凤凰城社区第一网格')).toHaveLength(2);
    expect(screen.getByText('凤凰城社区 天河嘉城 3号楼 2单元501')).toBeTruthy();
    expect(screen.getByText('我的反映')).toBeTruthy();
  });

  it('says 未绑定 and 居民 for a new resident', async () => {
    call.mockResolvedValue({ ok: true, data: resident });
    renderPage(MePage);
    expect(await screen.findByText('未绑定')).toBeTruthy();
    expect(screen.getByText('居民')).toBeTruthy();
  });

  it('switches the working role of a staff member, remembers it on the device and tells the other pages', async () => {
    const both = {
      ...gridWorker,
      roles: [...gridWorker.roles, { role: 'partyMember' as const, orgId: 'c1', orgName: '凤凰城社区' }],
    };
    call.mockResolvedValue({ ok: true, data: both });
    const sheet = jest.spyOn(Taro, 'showActionSheet').mockResolvedValue({ tapIndex: 1, errMsg: 'ok' });
    renderPage(MePage);
    tap(await screen.findByText('当前身份'));
    await flush();
    expect(sheet).toHaveBeenCalledWith({ itemList: ['网格员 · 凤凰城社区第一网格', '党员 · 凤凰城社区', '居民'] });
    expect(screen.getAllByText('党员 · 凤凰城社区')).toHaveLength(2);
    expect(Taro.getStorageSync('lx.activeRole')).toBe('partyMember@c1');
    expect(activeRoleOf(both, 'partyMember@c1')).toEqual({ role: 'partyMember', orgId: 'c1', orgName: '凤凰城社区' });
    // a role no longer held falls back to the first one held
    expect(activeRoleOf(gridWorker, 'partyMember@c1')).toMatchObject({ role: 'gridWorker' });
    Taro.removeStorageSync('lx.activeRole');
  });

  it('offers 管理 to staff who administer, not to residents or grid workers', async () => {
    call.mockResolvedValue({ ok: true, data: gridWorker });
    const view = renderPage(MePage);
    await screen.findByText('我的连心卡');
    expect(screen.queryByText('管理')).toBeNull();
    view.unmount();
    resetMe();
    call.mockResolvedValue({
      ok: true,
      data: { ...resident, roles: [{ role: 'admin', orgId: 's1', orgName: '九州路街道办事处' }] },
    });
    renderPage(MePage);
    expect(await screen.findByText('管理')).toBeTruthy();
  });

  it('in h5, links to the local demo sign-in to switch identity', async () => {
    call.mockResolvedValue({ ok: true, data: resident });
    const assign = jest.spyOn(browser, 'assign').mockImplementation(() => undefined);
    renderPage(MePage);
    tap(await screen.findByText('切换演示身份'));
    expect(assign).toHaveBeenCalledWith('/dev/login?next=%2Fpages%2Fme%2Findex');
  });
});
