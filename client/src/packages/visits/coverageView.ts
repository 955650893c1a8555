/** 入户率 rows as the coverage page shows them: sorted by the chosen key, each rate with its words. */
import { COVERAGE_WINDOW_DAYS } from '@lx/types';
import type { CoverageRow } from './api';

export type CoverageSort = 'low' | 'high' | 'name';

export const SORTS: { key: CoverageSort; label: string }[] = [
  { key: 'low', label: '入户率从低到高' },
  { key: 'high', label: '从高到低' },
  { key: 'name', label: '按名称' },
];

/** A grid without households has no rate: it goes last whichever way the rates are sorted. */
export function sortRows(rows: readonly CoverageRow[], by: CoverageSort): CoverageRow[] {
  const rate = (r: CoverageRow) => r.rate ?? (by === 'low' ? Infinity : -Infinity);
  const sorted = [...rows];
  if (by === 'name') return sorted.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return sorted.sort(
    (a, b) => (by === 'low' ? rate(a) - rate(b) : rate(b) - rate(a)) || a.name.localeCompare(b.name, 'zh-CN'),
  );
}

export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

/** The denominator in words, as the stats pages say theirs. */
export const rateWords = (r: { visited: number; households: number }) =>
  `近 ${COVERAGE_WINDOW_DAYS} 天走访过 ${r.visited} 户 ÷ 住户 ${r.households} 户`;
