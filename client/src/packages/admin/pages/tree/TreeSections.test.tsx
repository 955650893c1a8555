import Taro from '@tarojs/taro';
import type { TreeNodeView } from '@lx/types';
import { resetMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { fireEvent, screen } from '@testing-library/react';
import { flush, renderInPage } from '../../../../../jest/render';
import { StaffSection } from './TreeSections';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const here = { id: 'c1', type: 'community', name: '凤凰城社区', parentId: 's1', hasBoundary: false, hasChildren: true };
const staff = [
  { userId: 'u-admin', name: '刘主任', role: 'admin', orgId: 'c1' },
  { userId: 'u-other', name: '李网格', role: 'admin', orgId: 'c1' },
];

beforeEach(() => {
  resetMe();
  call.mockReset();
  call.mockImplementation(async (_fn: string, action: string) => {
    if (action === 'me') return { ok: true, data: { id: 'u-admin', nickname: '刘主任', roles: [] } };
    if (action === 'staff') return { ok: true, data: staff };
    return { ok: true, data: {} };
  });
});

describe('撤销角色', () => {
  it('warns 这是您本人 before revoking the signed-in admin’s own role, and only then', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true } as never);
    renderInPage(<StaffSection here={here as TreeNodeView} />);
    await flush();
    expect(screen.getByText('刘主任（您本人）')).toBeTruthy();
    const [mine, theirs] = screen.getAllByText('撤销');
    fireEvent.click(mine);
    await flush();
    expect(modal.mock.calls[0][0]?.content).toMatch(/^这是您本人。/);
    fireEvent.click(theirs);
    await flush();
    expect(modal.mock.calls[1][0]?.content).toBe('撤销李网格的管理员角色？');
    // cancelled: nothing revoked
    expect(call.mock.calls.some((c) => c[1] === 'revokeRole')).toBe(false);
    modal.mockRestore();
  });
});
