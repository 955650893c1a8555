import { DAY } from '@lx/types';
import { entry, registration, T0 } from './testing/party';
import { activityBucket, checkInHint, ledgerLine, recentQuarters, registrationLine, typedCode } from './views';

describe('a registration’s line', () => {
  it('a rejected one says why and may be sent again', () => {
    const l = registrationLine(registration({ status: 'rejected', rejectReason: '不是本社区居民' }), T0);
    expect(l).toMatchObject({ label: '未通过', detail: '原因：不是本社区居民', again: true, withdraw: false });
  });
  it('an approved one offers 再次报到 only within 30 days of the due date, and always when overdue', () => {
    const far = registrationLine(registration({ status: 'approved', dueAt: T0 + 60 * DAY }), T0);
    expect(far).toMatchObject({ label: '已报到', rereport: false, withdraw: true, detail: '下次报到：2027-01-19 前' });
    expect(registrationLine(registration({ status: 'approved', dueAt: T0 + 10 * DAY }), T0).rereport).toBe(true);
    const over = registrationLine(registration({ status: 'approved', dueAt: T0 - DAY, overdue: true }), T0);
    expect(over).toMatchObject({ label: '待再次报到', tone: 'warn', rereport: true });
  });
});

describe('the ledger in plain words', () => {
  it('an activity entry: its rule, the activity it came from, points and hours', () => {
    expect(ledgerLine(entry())).toEqual({
      title: '志愿活动',
      source: '志愿活动：小区环境整治',
      points: '+15 分',
      hours: '服务 1.5 小时',
      when: '2026-11-20 10:00',
      tone: 'ok',
    });
  });
  it('a correction taking points off says so, in red, without hours', () => {
    const l = ledgerLine(
      entry({
        rule: 'correction',
        ruleLabel: '积分更正',
        source: { kind: 'correction', id: 'x' },
        points: -5,
        minutes: 0,
        hours: 0,
        note: '重复记分',
      }),
    );
    expect(l).toMatchObject({ title: '积分更正', source: '社区更正：重复记分', points: '-5 分', tone: 'danger' });
    expect(l.hours).toBeUndefined();
  });
});

describe('check-in', () => {
  it('a typed code is six digits or the QR’s text', () => {
    expect(typedCode(' 123456 ')).toBe('123456');
    expect(typedCode('lxparty:checkin:a1:654321')).toBe('lxparty:checkin:a1:654321');
    expect(typedCode('12345')).toBeNull();
  });
  it('each refusal says what to do next', () => {
    expect(checkInHint('PARTY.CODE_EXPIRED')).toBe('请组织者打开最新的签到码，再扫一次');
    expect(checkInHint('PARTY.OUT_OF_RADIUS')).toBe('也可以请组织者出示签到码，扫码签到');
  });
});

it('activities are 即将开始, 进行中 or 已结束 by their times', () => {
  const a = { startAt: T0, endAt: T0 + 7_200_000 };
  expect([T0 - 1, T0, T0 + 7_200_001].map((now) => activityBucket(a, now))).toEqual(['upcoming', 'ongoing', 'past']);
});

it('the quarters offered go back across a year', () => {
  expect(recentQuarters(Date.UTC(2026, 1, 1)).map((q) => q.value)).toEqual([
    '2026-Q1',
    '2025-Q4',
    '2025-Q3',
    '2025-Q2',
  ]);
});
