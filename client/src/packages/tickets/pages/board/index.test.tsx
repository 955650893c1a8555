import { screen } from '@testing-library/react';
import type { BoardRow, Me } from '@lx/types';
import { resetMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { NOW, residentWithAddress, ticket } from '../../../../../jest/fixtures';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import BoardPage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn(), uploadPhoto: jest.fn() }));
jest.mock('@/services/subscribe', () => ({ askSubscription: jest.fn().mockResolvedValue([]) }));
const call = callCloud as jest.Mock;

const supervisor: Me = {
  ...residentWithAddress,
  id: 'u-sup',
  nickname: '孟德明',
  roles: [{ role: 'supervisor', orgId: 's1', orgName: '九州路街道办事处' }],
};
const row = (n: number, over: Partial<BoardRow> = {}): BoardRow => ({
  ...ticket(n, { status: 'processing', overdue: true, dueAt: NOW - 30 * 3_600_000 }),
  handlerOrgName: '凤凰城社区第一网格',
  overdueHours: 30,
  ...over,
});

function backend(me: Me, rows: BoardRow[]) {
  call.mockImplementation(async (fn: string, action: string) => {
    if (fn === 'org' && action === 'me') return { ok: true, data: me };
    if (fn === 'org' && action === 'children')
      return {
        ok: true,
        data: [
          { id: 'c1', name: '凤凰城社区', type: 'community', hasChildren: true },
          { id: 'c2', name: '迎宾社区', type: 'community', hasChildren: true },
        ],
      };
    if (action === 'board')
      return {
        ok: true,
        data: { items: rows, hasMore: false, counts: { total: 5, grid: 3, community: 2, street: 0 } },
      };
    if (action === 'urge')
      return { ok: true, data: { id: 't1', status: 'processing', level: 'grid', version: 4, dueAt: NOW } };
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' };
  });
}

beforeEach(() => {
  call.mockReset();
  resetMe();
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});

describe('督办看板', () => {
  it('lists overdue tickets with who holds them and how late, counted by level', async () => {
    backend(supervisor, [row(1), row(2, { level: 'community', handlerOrgName: '凤凰城社区', overdueHours: 75 })]);
    const { container } = renderPage(BoardPage);
    expect(await screen.findByText('凤凰城社区第一网格（网格）')).toBeTruthy();
    expect(screen.getByText('凤凰城社区（社区）')).toBeTruthy();
    const late = [...container.querySelectorAll('.lx-due--over')].map((d) => d.textContent);
    expect(late).toEqual(['超期 30 小时', '超期 3 天']);
    const tabs = [...container.querySelectorAll('[role="tab"]')].map((t) => t.textContent);
    expect(tabs).toEqual(['超期督办', '待核查', '不予受理', '全部5', '网格3', '社区2', '街道0']);
  });

  it('filters by level', async () => {
    backend(supervisor, [row(1)]);
    renderPage(BoardPage);
    await screen.findByText('编号 20261121-00001');
    tap(screen.getByText('社区'));
    await flush();
    expect(call).toHaveBeenLastCalledWith('tickets', 'board', {
      view: 'overdue',
      level: 'community',
      cursor: undefined,
    });
  });

  it('待核查 lists resolutions waiting for the check, without a lateness mark while in time', async () => {
    backend(supervisor, [row(3, { status: 'verifying', overdue: false, overdueHours: -20 })]);
    const { container } = renderPage(BoardPage);
    await screen.findByText('编号 20261121-00003');
    tap([...container.querySelectorAll('[role="tab"]')].find((t) => t.textContent === '待核查')!);
    await flush();
    expect(call).toHaveBeenLastCalledWith('tickets', 'board', { view: 'verifying', cursor: undefined });
    expect(container.querySelectorAll('.lx-due--over')).toHaveLength(0);
    expect(screen.queryByText('催办')).toBeNull();
    expect(screen.getByText('去核查')).toBeTruthy();
  });

  it('不予受理 lists the refusals with their reasons and opens one for 退回重办, without lateness or 催办', async () => {
    const refused = row(4, {
      status: 'rejected',
      overdue: false,
      overdueHours: 30,
      rejection: { reason: '属于物业维修范围，请联系物业', at: NOW - 3_600_000 },
    });
    backend(supervisor, [refused]);
    const { container } = renderPage(BoardPage);
    await screen.findByText('编号 20261121-00004');
    tap([...container.querySelectorAll('[role="tab"]')].find((t) => t.textContent === '不予受理')!);
    await flush();
    expect(call).toHaveBeenLastCalledWith('tickets', 'board', { view: 'rejected', cursor: undefined });
    expect(screen.getByText('不予受理理由：属于物业维修范围，请联系物业')).toBeTruthy();
    expect(container.querySelectorAll('.lx-due--over')).toHaveLength(0);
    expect(screen.queryByText('催办')).toBeNull();
    expect(screen.getByText('去复核')).toBeTruthy();
  });

  it('催办 from the row asks why, then urges that ticket without opening it', async () => {
    backend(supervisor, [row(1)]);
    const { container } = renderPage(BoardPage);
    await screen.findByText('编号 20261121-00001');
    tap(screen.getByText('催办'));
    await flush();
    expect(screen.getByText('同一诉求每小时可以催办一次')).toBeTruthy();
    tap(screen.getByText('确认催办'));
    await flush();
    expect(call).not.toHaveBeenCalledWith('tickets', 'urge', expect.anything());
    await typeInto(container.querySelector('.lx-textarea')!, '超期两天了，请今天处理');
    tap(screen.getByText('确认催办'));
    await flush();
    expect(call).toHaveBeenCalledWith('tickets', 'urge', { id: 't1', note: '超期两天了，请今天处理' });
  });

  it('a street supervisor narrows the board to one community; a community supervisor gets no choice', async () => {
    backend(supervisor, [row(1)]);
    renderPage(BoardPage);
    tap(await screen.findByText('迎宾社区'));
    await flush();
    expect(call).toHaveBeenLastCalledWith('tickets', 'board', { view: 'overdue', orgId: 'c2', cursor: undefined });

    document.body.innerHTML = '';
    resetMe();
    backend({ ...supervisor, roles: [{ role: 'supervisor', orgId: 'c1', orgName: '凤凰城社区' }] }, [row(1)]);
    renderPage(BoardPage);
    await screen.findByText('编号 20261121-00001');
    await flush();
    expect(screen.queryByText('迎宾社区')).toBeNull();
  });

  it('says so when nothing is overdue', async () => {
    backend(supervisor, []);
    renderPage(BoardPage);
    expect(await screen.findByText('没有超期的工单')).toBeTruthy();
  });

  it('is closed to anyone who is not a supervisor', async () => {
    backend(residentWithAddress, [row(1)]);
    renderPage(BoardPage);
    expect(await screen.findByText('督办看板只对督导员开放')).toBeTruthy();
    expect(call).not.toHaveBeenCalledWith('tickets', 'board', expect.anything());
  });
});
