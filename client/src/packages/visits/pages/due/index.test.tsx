import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { DAY } from '@lx/types';
import { callCloud } from '@/services/cloud';
import { renderPage, tap } from '../../../../../jest/render';
import { dueItem, fakeCloud, page, showsEmptyAndError } from '../../testing/visits';
import DueVisitsPage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;
const now = Date.now();
const groups = (c: HTMLElement) => [...c.querySelectorAll('[role="group"]')].map((g) => g.getAttribute('aria-label'));

beforeEach(() => call.mockReset());

describe('我的走访', () => {
  it('groups 已逾期, 今天, 近期 and pages on with 加载更多', async () => {
    const cloud = fakeCloud(call, {
      'visits.due': (p) =>
        p.cursor
          ? page([dueItem('v3', now + 3 * DAY, { room: '3单元502' })])
          : page([dueItem('v1', now - 2 * DAY, { room: '1单元101' }), dueItem('v2', now, { room: '2单元201' })], 'c2'),
    });
    const { container } = renderPage(DueVisitsPage);
    await screen.findByText('1单元101');
    expect(groups(container)).toEqual(['已逾期', '今天']);
    expect(screen.getByText('已超期 2 天')).toBeTruthy();
    tap(screen.getByText('加载更多'));
    await screen.findByText('3单元502');
    expect(groups(container)).toEqual(['已逾期', '今天', '近期']);
    expect(cloud.of('visits.due')).toEqual([{}, { cursor: 'c2' }]);
  });

  it('结对帮扶 asks the server for the pairing visits only', async () => {
    const cloud = fakeCloud(call, { 'visits.due': () => page([dueItem('v1', now)]) });
    renderPage(DueVisitsPage, { kind: 'pairing' });
    await screen.findByText('今天到期');
    expect(cloud.of('visits.due')).toEqual([{ kind: 'pairing' }]);
  });

  it('says so when nothing is due, and offers 重试 when the list fails', () =>
    showsEmptyAndError(call, DueVisitsPage, { action: 'visits.due', empty: page([]), text: '没有要走访的住户' }));

  it('a row opens the step screen', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    fakeCloud(call, { 'visits.due': () => page([dueItem('v7', now, { room: '7单元701' })]) });
    renderPage(DueVisitsPage);
    tap(await screen.findByText('7单元701'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/visits/pages/visit/index?id=v7' });
  });
});
