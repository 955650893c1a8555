import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { cstInstant, DAY } from '@lx/types';
import { callCloud, networkFail } from '@/services/cloud';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import { activity, fakeCloud, freshStart, page, staffMe } from '../../testing/staff';
import ManagePage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

beforeEach(() => freshStart(call));

const upcoming = activity({ _id: 'a2', title: '关爱老人上门理发', phase: 'upcoming', category: '关爱老人' });
const ongoing = activity({ _id: 'a1' });
const ended = activity({ _id: 'a0', title: '政策宣传进小区', phase: 'ended', category: '政策宣传' });

const lists = (p: Record<string, unknown>) => page(p.list === 'past' ? [ended] : [upcoming, ongoing]);

describe('活动管理', () => {
  it('shows the current list as 即将开始 and 进行中, the past one as 已结束; a row opens its roster', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    const cloud = fakeCloud(call, { 'org.me': () => staffMe, 'party.activities': lists });
    renderPage(ManagePage);
    await screen.findByText('关爱老人上门理发');
    expect(screen.queryByText('河南路环境整治')).toBeNull();
    tap(screen.getByRole('tab', { name: '进行中' }));
    await screen.findByText('河南路环境整治');
    expect(screen.getByText('河南路社区广场 · 已报名 2/30 人 · 2 小时')).toBeTruthy();
    tap(screen.getByRole('tab', { name: '已结束' }));
    await screen.findByText('政策宣传进小区');
    expect(cloud.of('party.activities').map((p) => p.list)).toEqual(['current', 'current', 'past']);
    tap(screen.getByText('政策宣传进小区'));
    expect(navigateTo).toHaveBeenCalledWith({
      url: '/packages/party/pages/roster/index?communityId=c1&name=%E6%B2%B3%E5%8D%97%E8%B7%AF%E7%A4%BE%E5%8C%BA&activityId=a0',
    });
  });

  it('发布活动 sends the whole activity; a retry after 网络不给力 keeps its requestId, and nothing goes half-filled', async () => {
    let answer: 'fail' | 'ok' = 'fail';
    const cloud = fakeCloud(call, {
      'org.me': () => staffMe,
      'party.activities': lists,
      'party.createActivity': () => (answer === 'fail' ? networkFail() : activity({ _id: 'a9', phase: 'upcoming' })),
    });
    const { container } = renderPage(ManagePage);
    tap(await screen.findByText('发布活动'));
    await typeInto(await screen.findByLabelText('活动名称'), '河南路环境整治志愿服务');
    // nothing goes without a category and a place
    tap(screen.getAllByText('发布活动').at(-1)!);
    await flush();
    expect(cloud.of('party.createActivity')).toHaveLength(0);
    const errors = [...container.querySelectorAll('.lx-field__error')].map((e) => e.textContent);
    expect(errors).toContain('请选择服务类别');
    tap(screen.getByRole('radio', { name: '环境整治' }));
    // an earlier activity's place, reused
    tap(screen.getByRole('radio', { name: '河南路社区广场' }));
    await typeInto(screen.getByLabelText('报名人数上限'), '50');
    await flush();
    tap(screen.getAllByText('发布活动').at(-1)!);
    await flush();
    answer = 'ok';
    tap(screen.getAllByText('发布活动').at(-1)!);
    await screen.findByText('关爱老人上门理发');
    const sent = cloud.of('party.createActivity');
    expect(sent).toHaveLength(2);
    expect(sent[1].requestId).toBe(sent[0].requestId);
    const tomorrow = new Date(Date.now() + 8 * 3_600_000 + DAY).toISOString().slice(0, 10);
    expect(sent[0]).toEqual({
      communityId: 'c1',
      title: '河南路环境整治志愿服务',
      category: '环境整治',
      startAt: cstInstant(tomorrow, '09:00'),
      endAt: cstInstant(tomorrow, '11:00'),
      place: { name: '河南路社区广场', point: { lng: 113.64, lat: 34.75 }, radiusM: 200 },
      capacity: 50,
      hours: 2,
      requestId: sent[0].requestId,
    });
  });

  it('a place can be typed in the browser, where there is no map picker', async () => {
    const cloud = fakeCloud(call, {
      'org.me': () => staffMe,
      'party.activities': () => page([]),
      'party.createActivity': () => activity({ _id: 'a9' }),
    });
    renderPage(ManagePage);
    tap(await screen.findByText('发布活动'));
    await typeInto(await screen.findByLabelText('活动名称'), '夜间治安巡逻');
    tap(screen.getByRole('radio', { name: '治安巡逻' }));
    await typeInto(screen.getByLabelText('活动地点'), '社区北门');
    await typeInto(screen.getByLabelText('经度'), '113.65');
    await typeInto(screen.getByLabelText('纬度'), '34.76');
    tap(screen.getAllByText('发布活动').at(-1)!);
    await screen.findByText('还没有活动');
    expect(cloud.of('party.createActivity')[0]).toMatchObject({
      place: { name: '社区北门', point: { lng: 113.65, lat: 34.76 }, radiusM: 200 },
    });
  });
});
