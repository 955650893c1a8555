import { act, screen, within } from '@testing-library/react';
import { callCloud, networkFail } from '@/services/cloud';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import { activity, code, fakeCloud, freshStart, roster, staffMe, T0 } from '../../testing/staff';
import RosterPage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;
const ids = { communityId: 'c1', activityId: 'a1' };

beforeEach(() => freshStart(call));
afterEach(() => jest.useRealTimers());

/** Lets a second of the page's clock pass (its countdown ticks every second). */
const seconds = async (n: number) => {
  for (let i = 0; i < n; i++) {
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
  }
};

describe('活动名单', () => {
  it('shows who signed up, checked in and out, with the counts', async () => {
    fakeCloud(call, {
      'org.me': () => staffMe,
      'party.roster': () => roster({ activity: activity({ phase: 'ended' }) }),
    });
    renderPage(RosterPage, ids);
    await screen.findByText('赵红梅');
    expect(screen.getByText('已报名 2')).toBeTruthy();
    expect(screen.getByText('已签到 1')).toBeTruthy();
    expect(screen.getByText('已签退 0')).toBeTruthy();
    expect(screen.getByText('已签到 · 09:10 签到（扫码）')).toBeTruthy();
    // no code once it has ended: the server would refuse one
    expect(screen.queryByLabelText('签到二维码')).toBeNull();
    expect(call.mock.calls.some((c) => c[1] === 'checkInCode')).toBe(false);
  });

  // before the fake-clock tests: Stencil's field components draw on a scheduler a fake clock leaves stuck
  it('确认时长 sends the hours the organiser confirms for that member', async () => {
    const cloud = fakeCloud(call, {
      'org.me': () => staffMe,
      'party.roster': () => roster({ activity: activity({ phase: 'ended' }) }),
      'party.confirmHours': (p) => ({ activityId: 'a1', userId: p.userId, hours: p.hours, entries: [] }),
    });

    renderPage(RosterPage, ids);
    const li = (await screen.findByText('李建国')).closest('[role="listitem"]') as HTMLElement;
    tap(within(li).getByText('确认时长'));
    await flush();
    await typeInto(await within(li).findByLabelText('李建国的服务时长'), '1.5');
    tap(within(li).getByText('确认'));
    await flush();
    expect(cloud.of('party.confirmHours')).toEqual([{ ...ids, userId: 'u-li', hours: 1.5 }]);
  });
  it('while check-in is open the code shows as a QR with its digits, and a new one comes as the slot turns', async () => {
    // 12 s into a 30 s slot: the next code comes 18 s later
    const start = Math.floor(T0 / 30_000) * 30_000 + 12_000;
    jest.useFakeTimers({ now: start });
    const answers = ['123456', '654321'];
    const cloud = fakeCloud(call, {
      'org.me': () => staffMe,
      'party.roster': () => roster(),
      'party.checkInCode': () => code(answers.shift() ?? '999999', Date.now()),
    });
    renderPage(RosterPage, ids);
    await screen.findByText('123456');
    expect(screen.getByLabelText('签到二维码').getAttribute('data-qr')).toBe('lxparty:checkin:a1:123456');
    expect(screen.getByText('18 秒后更新')).toBeTruthy();
    await seconds(17);
    expect(screen.getByText('1 秒后更新')).toBeTruthy();
    expect(cloud.of('party.checkInCode')).toHaveLength(1);
    await seconds(1);
    await screen.findByText('654321');
    expect(screen.getByLabelText('签到二维码').getAttribute('data-qr')).toBe('lxparty:checkin:a1:654321');
    expect(screen.queryByText('123456')).toBeNull();
    expect(cloud.of('party.checkInCode')).toEqual([ids, ids]);
    // the next one a whole slot later
    expect(screen.getByText('30 秒后更新')).toBeTruthy();
  });

  it('a failed code says so and waits for 重试 instead of asking every second', async () => {
    jest.useFakeTimers({ now: T0 });
    let fail = true;
    const cloud = fakeCloud(call, {
      'org.me': () => staffMe,
      'party.roster': () => roster(),
      'party.checkInCode': () => (fail ? networkFail() : code('222222', Date.now())),
    });
    renderPage(RosterPage, ids);
    await screen.findByText('重试');
    await seconds(5);
    expect(cloud.of('party.checkInCode')).toHaveLength(1);
    fail = false;
    tap(screen.getByText('重试'));
    await screen.findByText('222222');
  });
});
