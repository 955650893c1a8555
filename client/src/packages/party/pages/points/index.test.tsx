import { screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { resetMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { flush, renderPage, tap } from '../../../../../jest/render';
import { entry, fakeCloud, memberMe, page } from '../../testing/party';
import PointsPage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const totals = {
  userId: 'u-zhao',
  communityId: 'c1',
  points: 20,
  hours: 1.5,
  minutes: 90,
  activities: 1,
  wishes: 1,
  visits: 0,
  tickets: 0,
};

beforeEach(() => {
  call.mockReset();
  resetMe();
  Taro.clearStorageSync();
});

it('我的积分: the totals, each ledger entry with its rule and source, and the leaderboard', async () => {
  fakeCloud(call, {
    'org.me': () => memberMe,
    'party.myPoints': () => ({
      totals,
      rank: 2,
      entries: page([
        entry(),
        entry({
          _id: 'w',
          rule: 'wishCompleted',
          ruleLabel: '微心愿',
          source: { kind: 'wish', id: 'w1' },
          points: 5,
          minutes: 0,
          hours: 0,
          note: '帮忙换个灯泡',
        }),
      ]),
      rules: [{ rule: 'activityHours', label: '志愿活动', describe: '参加志愿活动，每服务 1 小时积 10 分' }],
    }),
    'party.leaderboard': () => [{ ...totals, rank: 1, name: '李建国', points: 40 }],
  });
  renderPage(PointsPage);
  await screen.findByText('志愿活动：小区环境整治');
  const ledger = screen.getByRole('list', { name: '积分明细' });
  const rows = within(ledger)
    .getAllByRole('listitem')
    .map((r) => r.textContent);
  expect(rows).toEqual([
    expect.stringMatching(/^志愿活动\+15 分志愿活动：小区环境整治服务 1\.5 小时 · 2026-11-20 10:00$/),
    expect.stringMatching(/^微心愿\+5 分微心愿：帮忙换个灯泡2026-11-20 10:00$/),
  ]);
  expect(screen.getByText('在本社区排第 2 名')).toBeTruthy();
  expect(screen.getByText('志愿活动：参加志愿活动，每服务 1 小时积 10 分')).toBeTruthy();
  tap(screen.getByRole('tab', { name: '社区排行' }));
  await flush();
  expect(await screen.findByText('第 1 名 · 李建国')).toBeTruthy();
  expect(screen.getByText('40 分 · 1.5 小时')).toBeTruthy();
});
