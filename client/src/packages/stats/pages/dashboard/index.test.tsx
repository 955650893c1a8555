import { screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { resetMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { downloadReport } from '@/services/report';
import { residentWithAddress } from '../../../../../jest/fixtures';
import { flush, renderPage, tap } from '../../../../../jest/render';
import { gridDashboard, streetDashboard } from '../../testing/dashboard';
import Dashboard from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
jest.mock('@/services/report', () => ({ downloadReport: jest.fn() }));
const call = callCloud as jest.Mock;
const download = downloadReport as jest.Mock;
const REPORT = {
  fileID: 'cloud://reports/r1.xlsx',
  url: '/files/r1.xlsx',
  fileName: '九州路街道办事处2026年11月月度通报.xlsx',
  bytes: 2048,
};

const streetStaff = {
  ...residentWithAddress,
  roles: [{ role: 'streetStaff', orgId: 's1', orgName: '九州路街道办事处' }],
};

function backend(
  answer: (payload: { period?: string; orgId?: string }) => unknown,
  exported: () => unknown = () => ({ ok: true, data: REPORT }),
) {
  call.mockImplementation(async (fn: string, action: string, payload: { period?: string }) => {
    if (fn === 'org' && action === 'me') return { ok: true, data: streetStaff };
    if (fn === 'stats' && action === 'dashboard') return answer(payload);
    if (fn === 'stats' && action === 'export') return exported();
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' };
  });
}

/** A table's cells row by row, by its accessible name. */
function cells(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return [...table.querySelectorAll('[role="row"]')].map((r) =>
    [...r.querySelectorAll('[role="columnheader"],[role="rowheader"],[role="cell"]')].map((c) => c.textContent ?? ''),
  );
}

beforeEach(() => {
  call.mockReset();
  download.mockReset().mockResolvedValue({ ok: true });
  resetMe();
  // jsdom draws no canvas: the chart finds its node and gets no context, which it takes quietly
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('统计看板', () => {
  it('shows the street’s figures with each denominator, and every chart’s table', async () => {
    backend(() => ({ ok: true, data: streetDashboard() }));
    renderPage(Dashboard);
    expect(await screen.findByText('九州路街道办事处')).toBeTruthy();
    expect(screen.getByText('2026年11月')).toBeTruthy();
    expect(screen.getByText('办结 36 件 ÷ 应办结 38 件')).toBeTruthy();
    expect(screen.getByText(/^分母：应办结：本期到期未办结/)).toBeTruthy();
    expect(cells('每日受理与办结（表格）')).toEqual([
      ['日期', '受理（件）', '办结（件）'],
      ['11-01', '12', '10'],
      ['11-02', '18', '16'],
      ['11-03', '10', '10'],
    ]);
    expect(cells('各社区受理与办结（表格）')[1]).toEqual(['凤凰城社区', '25', '22']);
    expect(cells('在哪一级办结（表格）')[1]).toEqual(['网格', '27', '75']);
    expect(screen.getByText('网格办结 27 件 ÷ 办结 36 件')).toBeTruthy();
    expect(cells('受理来源')[1]).toEqual(['居民上报', '30']);
    expect(cells('社区排名：按期办结率')[1]).toEqual(['1', '凤凰城社区', '91.3%', '21 / 23']);
    expect(cells('网格员排名：响应率')[1]).toEqual(['1', '李网格', '95%', '19 / 20']);
    // the canvases are named by what they show, for screen readers
    expect(screen.getByRole('img', { name: /每日受理与办结：受理最高为11-02 18件/ })).toBeTruthy();
  });

  it('asks for the period tapped in the switch and shows its figures', async () => {
    backend((p) =>
      p.period === '2026'
        ? { ok: true, data: streetDashboard({ period: { kind: 'year', key: '2026', label: '2026年' } }) }
        : { ok: true, data: streetDashboard() },
    );
    renderPage(Dashboard);
    await screen.findByText('2026年11月');
    expect(call).toHaveBeenCalledWith('stats', 'dashboard', {});
    tap(screen.getByRole('tab', { name: '本年' }));
    expect(await screen.findByText('2026年')).toBeTruthy();
    expect(call).toHaveBeenLastCalledWith('stats', 'dashboard', { period: '2026' });
    expect(screen.getByRole('tab', { name: '本年' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('每月受理与办结')).toBeTruthy();
  });

  it('opens a child’s dashboard by its id and asks for that scope', async () => {
    backend(() => ({ ok: true, data: gridDashboard() }));
    renderPage(Dashboard, { orgId: 'g1' });
    expect(await screen.findByText('凤凰城社区第一网格')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('stats', 'dashboard', { orgId: 'g1' });
    // a grid has no children: no bars, no rankings
    expect(screen.queryByText(/各网格受理与办结/)).toBeNull();
    expect(screen.queryByText(/排名/)).toBeNull();
  });

  it('an empty period shows the empty state instead of a blank chart', async () => {
    const d = streetDashboard();
    const none = gridDashboard().rankings; // nothing ranked either
    const quiet = d.trend.map((t) => ({ ...t, figures: { ...t.figures, received: 0, resolved: 0 } }));
    backend(() => ({ ok: true, data: { ...d, trend: quiet, rankings: none } }));
    renderPage(Dashboard);
    await screen.findByText('每日受理与办结');
    expect(screen.getByText('这段时间还没有数据')).toBeTruthy();
    expect(screen.queryByRole('table', { name: '每日受理与办结（表格）' })).toBeNull();
    expect(screen.getByRole('table', { name: '各社区受理与办结（表格）' })).toBeTruthy();
  });

  it('a refusal is shown with its message and the way back, not 重试 (asking again answers the same)', async () => {
    backend(() => ({ ok: false, code: 'COMMON.VALIDATION', message: '该统计周期没有数据' }));
    renderPage(Dashboard);
    expect(await screen.findByText('该统计周期没有数据')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();
    expect(screen.getByText('返回首页')).toBeTruthy();
  });

  it('a server fault is shown as such and 重试 asks again', async () => {
    let fail = true;
    backend(() =>
      fail
        ? { ok: false, code: 'COMMON.INTERNAL', message: '系统繁忙，请稍后再试' }
        : { ok: true, data: streetDashboard() },
    );
    renderPage(Dashboard);
    expect(await screen.findByText('系统繁忙，请稍后再试')).toBeTruthy();
    fail = false;
    tap(screen.getByText('重试'));
    await flush();
    await waitFor(() => expect(screen.getByText('九州路街道办事处')).toBeTruthy());
  });

  it('导出月报 exports the scope and period shown and hands the file to the download helper', async () => {
    backend(() => ({ ok: true, data: streetDashboard() }));
    renderPage(Dashboard);
    tap(await screen.findByText('导出月报'));
    await waitFor(() => expect(download).toHaveBeenCalledWith(REPORT));
    const [, , payload] = call.mock.calls.find(([fn, action]) => fn === 'stats' && action === 'export');
    expect(payload).toEqual({ orgId: 's1', period: '2026-11', requestId: expect.stringMatching(/^[0-9a-f]{24}$/) });
    expect(await screen.findByText(`已导出：${REPORT.fileName}`)).toBeTruthy();
  });

  it('a failed export is said, and 导出月报 again sends the same requestId (no second file)', async () => {
    let fail = true;
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never);
    backend(
      () => ({ ok: true, data: streetDashboard() }),
      () =>
        fail
          ? { ok: false, code: 'COMMON.NETWORK', message: '网络不给力，请检查网络后重试' }
          : { ok: true, data: REPORT },
    );
    renderPage(Dashboard);
    tap(await screen.findByText('导出月报'));
    await waitFor(() =>
      expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '网络不给力，请检查网络后重试' })),
    );
    expect(download).not.toHaveBeenCalled();
    fail = false;
    tap(await screen.findByText('导出月报'));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const ids = call.mock.calls.filter(([, action]) => action === 'export').map(([, , p]) => p.requestId);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
  });

  it('a grid’s dashboard has no 导出月报 (the report is a street’s or a community’s)', async () => {
    backend(() => ({ ok: true, data: gridDashboard() }));
    renderPage(Dashboard, { orgId: 'g1' });
    await screen.findByText('凤凰城社区第一网格');
    expect(screen.queryByText('导出月报')).toBeNull();
  });
});
