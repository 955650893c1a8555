import { cstInstant } from '@lx/types';
import { recentQuarters, registrationLines } from './reviewView';
import { registration } from '../../testing/staff';

describe('报到审核’s lines', () => {
  it('says who the member is, then where the registration stands', () => {
    expect(registrationLines(registration({}))).toEqual([
      '在职 · 13800000001 · 市第一人民医院（市一院党委）',
      '2026-11-19 提交报到',
    ]);
    const due = cstInstant('2026-05-01');
    expect(registrationLines(registration({ status: 'approved', overdue: true, dueAt: due }))[1]).toBe(
      '应于 2026-05-01 复报，已逾期',
    );
    expect(registrationLines(registration({ status: 'approved', overdue: false, dueAt: due }))[1]).toBe(
      '下次复报 2026-05-01',
    );
  });

  it('offers this quarter and the three before, across the new year', () => {
    expect(recentQuarters(cstInstant('2026-02-10')).map((q) => q.value)).toEqual([
      '2026-Q1',
      '2025-Q4',
      '2025-Q3',
      '2025-Q2',
    ]);
    expect(recentQuarters(cstInstant('2026-11-20'))[0]).toEqual({ value: '2026-Q4', label: '2026年第四季度' });
  });
});
