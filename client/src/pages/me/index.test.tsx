import { screen } from '@testing-library/react';
import { resetMe } from '@/hooks/useMe';
import { browser } from '@/services/browser';
import { callCloud } from '@/services/cloud';
import { gridWorker, resident } from '../../../jest/fixtures';
import { renderPage, tap } from '../../../jest/render';
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
    expect(screen.getByText('网格员 · 凤凰城社区第一网格')).toBeTruthy();
    expect(screen.getByText('凤凰城社区 天河嘉城 3号楼 2单元501')).toBeTruthy();
    expect(screen.getByText('我的诉求')).toBeTruthy();
  });

  it('says 未绑定 and 居民 for a new resident', async () => {
    call.mockResolvedValue({ ok: true, data: resident });
    renderPage(MePage);
    expect(await screen.findByText('未绑定')).toBeTruthy();
    expect(screen.getByText('居民')).toBeTruthy();
  });

  it('in h5, links to the local demo sign-in to switch identity', async () => {
    call.mockResolvedValue({ ok: true, data: resident });
    const assign = jest.spyOn(browser, 'assign').mockImplementation(() => undefined);
    renderPage(MePage);
    tap(await screen.findByText('切换演示身份'));
    expect(assign).toHaveBeenCalledWith('/dev/login?next=%2Fpages%2Fme%2Findex');
  });
});
