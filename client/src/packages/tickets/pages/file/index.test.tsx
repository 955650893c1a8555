import { screen } from '@testing-library/react';
import { resetMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { resident, residentWithAddress } from '../../../../../jest/fixtures';
import { renderPage } from '../../../../../jest/render';
import FileTicketPage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn(), uploadPhoto: jest.fn() }));
const call = callCloud as jest.Mock;

const categories = [
  { id: 'c1', name: '路灯损坏', group: '公共设施', limitText: '1个工作日', urgentLimitText: '2小时' },
];

function backend(me: typeof resident) {
  call.mockImplementation(async (fn: string, action: string) => {
    if (fn === 'org' && action === 'me') return { ok: true, data: me };
    if (fn === 'tickets' && action === 'categories') return { ok: true, data: categories };
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' };
  });
}

beforeEach(() => {
  call.mockReset();
  resetMe();
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
});
