import { DAY } from '@lx/types';
import { dueKind, dueWords, groupDue } from './dueView';
import { dueItem, T0 } from './testing/visits';

describe('我的走访 order', () => {
  const rows = [
    dueItem('later-2', T0 + 5 * DAY),
    dueItem('today-late', T0 + 3_600_000),
    dueItem('overdue-1', T0 - 2 * DAY),
    dueItem('later-1', T0 + 2 * DAY, { source: 'key' }),
    dueItem('today-early', T0 - 3_600_000),
    dueItem('overdue-3', T0 - 3 * DAY, { source: 'revisit' }),
  ];

  it('overdue first, then due today, then the rest, each oldest due first', () => {
    const groups = groupDue(rows, T0);
    expect(groups.map((g) => [g.label, g.items.map((r) => r.visit._id)])).toEqual([
      ['已逾期', ['overdue-3', 'overdue-1']],
      ['今天', ['today-early', 'today-late']],
      ['近期', ['later-1', 'later-2']],
    ]);
  });

  it('by China-time calendar days: 23:30 yesterday is overdue, 00:30 today is today', () => {
    const midnight = Date.UTC(2026, 10, 19, 16); // 2026-11-20 00:00 China time
    const [a, b] = groupDue([dueItem('y', midnight - 1_800_000), dueItem('t', midnight + 1_800_000)], T0);
    expect([a.bucket, a.items[0].visit._id, b.bucket, b.items[0].visit._id]).toEqual(['overdue', 'y', 'today', 't']);
    expect(dueWords(midnight - 1_800_000, T0)).toBe('已超期 1 天');
    expect(dueWords(midnight + 1_800_000, T0)).toBe('今天到期');
    expect(dueWords(T0 + 2 * DAY, T0)).toBe('还有 2 天');
  });

  it('结对帮扶 asks the server for pairing visits only; 入户走访 and unknown kinds ask for all', () => {
    expect(dueKind('pairing')).toBe('pairing');
    expect(dueKind(undefined)).toBeUndefined();
    expect(dueKind('everything')).toBeUndefined();
  });
});
