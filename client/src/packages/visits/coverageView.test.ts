import type { CoverageRow } from '@lx/types';
import { percent, rateWords, sortRows } from './coverageView';

const row = (name: string, visited: number, households: number): CoverageRow => ({
  id: name,
  name,
  visited,
  households,
  rate: households ? visited / households : null,
});

describe('入户率 rows', () => {
  const rows = [row('三网格', 30, 40), row('一网格', 10, 40), row('空网格', 0, 0), row('二网格', 40, 40)];

  it('sorts by rate either way, a grid without households last both ways', () => {
    expect(sortRows(rows, 'low').map((r) => r.name)).toEqual(['一网格', '三网格', '二网格', '空网格']);
    expect(sortRows(rows, 'high').map((r) => r.name)).toEqual(['二网格', '三网格', '一网格', '空网格']);
  });

  it('says each rate with its numerator and denominator', () => {
    expect(percent(30 / 40)).toBe('75%');
    expect(percent(1 / 3)).toBe('33.3%');
    expect(percent(null)).toBe('—');
    expect(rateWords(rows[0])).toBe('近 90 天走访过 30 户 ÷ 住户 40 户');
  });
});
