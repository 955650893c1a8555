import { screen } from '@testing-library/react';
import { resetMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { gridWorker } from '../../../../../jest/fixtures';
import { flush, renderPage, tap } from '../../../../../jest/render';
import RedeemPage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

beforeEach(() => {
  call.mockReset();
  resetMe();
});

describe('输入邀请码', () => {
  it('takes the code a scanned mini-program code brings (scene) and confirms the new role', async () => {
    call.mockResolvedValue({ ok: true, data: { me: gridWorker, role: 'gridWorker', orgName: '凤凰城社区第一网格' } });
    renderPage(RedeemPage, { scene: 'FHWG3K7P' });
    tap(screen.getByText('确认加入'));
    await flush();
    expect(call).toHaveBeenCalledWith('org', 'redeem', { code: 'FHWG3K7P' });
    expect(screen.getByText('您已成为凤凰城社区第一网格的网格员')).toBeTruthy();
    expect(screen.getByText('查看网格工单')).toBeTruthy();
  });

  it('shows why a used code is refused', async () => {
    call.mockResolvedValue({ ok: false, code: 'INVITE.USED', message: '该邀请码已被使用，每个邀请码只能使用一次' });
    renderPage(RedeemPage, { code: 'FHWG3K7P' });
    tap(screen.getByText('确认加入'));
    await flush();
    expect(document.querySelector('.lx-field__error')?.textContent).toBe('该邀请码已被使用，每个邀请码只能使用一次');
  });

  it('asks for a code before calling', async () => {
    renderPage(RedeemPage);
    tap(screen.getByText('确认加入'));
    await flush();
    expect(call).not.toHaveBeenCalled();
    expect(screen.getByText('请输入邀请码')).toBeTruthy();
  });
});
