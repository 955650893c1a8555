import { cstInstant } from '@lx/types';
import type { SignupView } from '../../staffApi';
import { canConfirm, inTab, signupLine, windowText } from './activityView';

const at = (time: string, date = '2026-11-21') => cstInstant(date, time);
const signup = (over: Partial<SignupView>): SignupView => ({
  userId: 'u1',
  name: '赵红梅',
  state: 'signedUp',
  signedUpAt: at('08:00'),
  ...over,
});

describe('the staff’s activity lines', () => {
  it('says the window in China time, the end in full only past midnight', () => {
    expect(windowText({ startAt: at('09:00'), endAt: at('11:30') })).toBe('2026-11-21 09:00–11:30');
    expect(windowText({ startAt: at('22:00'), endAt: at('01:00', '2026-11-22') })).toBe(
      '2026-11-21 22:00–2026-11-22 01:00',
    );
  });

  it('says a sign-up’s state, how it checked in and the hours credited', () => {
    expect(signupLine(signup({}))).toBe('已报名');
    expect(
      signupLine(
        signup({
          state: 'checkedOut',
          checkInAt: at('09:02'),
          checkInMethod: 'location',
          distanceM: 35,
          checkOutAt: at('11:00'),
          hours: 1.9,
          creditedBy: 'checkout',
        }),
      ),
    ).toBe('已签退 · 09:02 签到（定位 35 米） · 11:00 签退 · 1.9 小时');
    expect(signupLine(signup({ state: 'checkedIn', checkInAt: at('09:10'), checkInMethod: 'code' }))).toBe(
      '已签到 · 09:10 签到（扫码）',
    );
    expect(signupLine(signup({ hours: 2, creditedBy: 'organiser' }))).toBe('已报名 · 2 小时（已确认）');
  });

  it('puts the current list’s rows under 即将开始 or 进行中 by the server’s phase', () => {
    expect(inTab('upcoming', { phase: 'upcoming' })).toBe(true);
    expect(inTab('upcoming', { phase: 'checkInOpen' })).toBe(false);
    expect(inTab('ongoing', { phase: 'checkInOpen' })).toBe(true);
    expect(inTab('past', { phase: 'ended' })).toBe(true);
  });

  it('confirms hours only for those holding a place, once the activity has begun', () => {
    expect(canConfirm({ state: 'signedUp' }, 'ended')).toBe(true);
    expect(canConfirm({ state: 'cancelled' }, 'ended')).toBe(false);
    expect(canConfirm({ state: 'signedUp' }, 'upcoming')).toBe(false);
  });
});
