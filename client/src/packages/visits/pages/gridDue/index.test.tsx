import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { DAY, type GridDueItem } from '@lx/types';
import { callCloud } from '@/services/cloud';
import { renderPage, tap } from '../../../../../jest/render';
import { communityStaffMe, dueItem, fakeCloud, freshStart, page, showsEmptyAndError } from '../../testing/visits';
import GridDuePage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;
const now = Date.now();
const row = (id: string, dueAt: number, visitorName: string, room: string): GridDueItem => ({
  ...dueItem(id, dueAt, { room, householdId: `h-${id}` }),
  bucket: dueAt < now - DAY ? 'overdue' : 'today',
  visitorName,
});

beforeEach(() => freshStart(call));

describe('到期走访', () => {
  it('the community’s overdue and today’s visits, each with its visitor; 已逾期 narrows on the server', async () => {
    const cloud = fakeCloud(call, {
      'org.me': () => communityStaffMe,
      'visits.gridDue': (p) =>
        page([row('v1', now - 3 * DAY, '赵红梅', '1单元101'), ...(p.bucket ? [] : [row('v2', now, '', '2单元201')])]),
    });
    const { container } = renderPage(GridDuePage);
    await screen.findByText('走访人：赵红梅');
    expect(screen.getByText('走访人：未留姓名')).toBeTruthy();
    expect([...container.querySelectorAll('[role="group"]')].map((g) => g.getAttribute('aria-label'))).toEqual([
      '已逾期',
      '今天',
    ]);
    tap(screen.getByRole('tab', { name: '已逾期' }));
    await screen.findByText('1单元101');
    expect(cloud.of('visits.gridDue')).toEqual([{ orgId: 'c1' }, { orgId: 'c1', bucket: 'overdue' }]);
  });

  it('a row opens the household', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    fakeCloud(call, {
      'org.me': () => communityStaffMe,
      'visits.gridDue': () => page([row('v1', now, '赵红梅', '1单元101')]),
    });
    renderPage(GridDuePage);
    tap(await screen.findByText('1单元101'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/visits/pages/household/index?id=h-v1' });
  });

  it('says when nothing is late, and offers 重试 when the list fails', () =>
    showsEmptyAndError(call, GridDuePage, {
      action: 'visits.gridDue',
      empty: page([]),
      text: '没有逾期或今天到期的走访',
      handlers: { 'org.me': () => communityStaffMe },
    }));
});
