import {
  cardFor,
  claimRefusal,
  isReportOverdue,
  MAX_POSTS_PER_MEMBER,
  nextReportDue,
  quarterBounds,
  quarterLabel,
  quarterOf,
} from './party-members';
import { inChina } from './time';

const at = (s: string) => Date.parse(s);

describe('红黄牌', () => {
  const since = at('2026-01-31T10:00:00+08:00');
  const plus = (n: number) => inChina(since).add(n, 'month').valueOf();
  it('no card before 6 months, yellow from 6, red from 12 (calendar months, China time)', () => {
    expect(cardFor(since, plus(6) - 1)).toBeNull();
    expect(cardFor(since, plus(6))).toBe('yellow');
    expect(cardFor(since, plus(12) - 1)).toBe('yellow');
    expect(cardFor(since, plus(12))).toBe('red');
  });
});

describe('re-report', () => {
  it('falls due six calendar months after the report and is overdue from then, for approved members only', () => {
    const r = at('2026-05-31T09:00:00+08:00');
    expect(nextReportDue(r)).toBe(at('2026-11-30T09:00:00+08:00'));
    expect(isReportOverdue({ status: 'approved', dueAt: nextReportDue(r) }, nextReportDue(r) - 1)).toBe(false);
    expect(isReportOverdue({ status: 'approved', dueAt: nextReportDue(r) }, nextReportDue(r))).toBe(true);
    expect(isReportOverdue({ status: 'withdrawn', dueAt: nextReportDue(r) }, nextReportDue(r))).toBe(false);
  });
});

describe('claims', () => {
  const post = { capacity: 2, claimed: 1, active: true };
  it('refuses a closed post, a second claim, a full post and a fourth post, in that order', () => {
    expect(claimRefusal(post, null, 0)).toBeNull();
    expect(claimRefusal({ ...post, active: false }, null, 0)).toBe('PARTY.POST_CLOSED');
    expect(claimRefusal(post, { status: 'active' }, 0)).toBe('PARTY.POST_ALREADY_CLAIMED');
    expect(claimRefusal(post, { status: 'left' }, 0)).toBeNull();
    expect(claimRefusal({ ...post, claimed: 2 }, null, 0)).toBe('PARTY.POST_FULL');
    expect(claimRefusal(post, null, MAX_POSTS_PER_MEMBER)).toBe('PARTY.TOO_MANY_POSTS');
  });
});

describe('quarters', () => {
  it('are China-time calendar quarters', () => {
    expect(quarterBounds('2026-Q4')).toEqual({
      from: at('2026-10-01T00:00:00+08:00'),
      to: at('2027-01-01T00:00:00+08:00'),
    });
    expect(quarterOf(at('2026-09-30T23:59:59+08:00'))).toBe('2026-Q3');
    expect(quarterOf(at('2026-09-30T16:00:00Z'))).toBe('2026-Q4');
    expect(quarterLabel('2026-Q1')).toBe('2026年第一季度');
  });
});
