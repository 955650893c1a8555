import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { CoverageView } from '@lx/types';
import { callCloud } from '@/services/cloud';
import { renderPage, tap } from '../../../../../jest/render';
import { fakeCloud, showsEmptyAndError } from '../../testing/visits';
import CoveragePage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const row = (id: string, name: string, visited: number, households: number) => ({
  id,
  name,
  visited,
  households,
  rate: households ? visited / households : null,
});
const community = (children = [row('g1', '第一网格', 30, 100), row('g2', '第二网格', 10, 100)]): CoverageView => ({
  org: { id: 'c1', name: '凤凰城社区', type: 'community' },
  from: '2026-08-23',
  figure: { visited: 40, households: 200, rate: 0.2 },
  children,
  month: { key: '2026-11', visits: 0, byVisitor: {}, byTag: {} } as unknown as CoverageView['month'],
});
const titles = (c: HTMLElement) => [...c.querySelectorAll('[role="listitem"] .lx-entry__title')].map((t) => t.textContent);

beforeEach(() => call.mockReset());

describe('入户率', () => {
  it('shows the community’s figure in words and its grids lowest first, then by name on request', async () => {
    fakeCloud(call, { 'visits.coverage': () => community() });
    const { container } = renderPage(CoveragePage);
    await screen.findByText('入户率 20%');
    expect(screen.getByText('近 90 天走访过 40 户 ÷ 住户 200 户')).toBeTruthy();
    expect(titles(container)).toEqual(['第二网格', '第一网格']);
    tap(screen.getByRole('tab', { name: '从高到低' }));
    expect(titles(container)).toEqual(['第一网格', '第二网格']);
  });

  it('a street’s community row opens that community’s grids', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    const street = { ...community([row('c1', '凤凰城社区', 40, 200)]), org: { id: 's1', name: '九州路街道', type: 'street' } };
    fakeCloud(call, { 'visits.coverage': () => street });
    renderPage(CoveragePage);
    tap(await screen.findByText('凤凰城社区'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/visits/pages/coverage/index?orgId=c1' });
  });

  it('says so when there are no grids, and offers 重试 after a failure', () =>
    showsEmptyAndError(call, CoveragePage, { action: 'visits.coverage', empty: community([]), text: '没有下级网格' }));
});
