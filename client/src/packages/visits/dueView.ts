/**
 * The visitor's due visits as they read them: 已逾期 first, then 今天, then 近期 (the contract's
 * dueBucket) — each group oldest due first. The server answers its pages in that order already; the
 * client groups what is loaded so far and sorts again, so that a page boundary between two groups
 * never shows a later visit above an overdue one.
 */
import {
  cstDaysBetween,
  DUE_BUCKET_LABELS,
  DUE_BUCKETS,
  dueBucket,
  type DueBucket,
  VISIT_SOURCES,
  type VisitSource,
} from '@lx/types';

/** What a due row needs to be placed: its visit's id, due instant and source. */
export interface DueLike {
  visit: { _id: string; dueAt: number; source: VisitSource };
}

export interface DueGroup<T> {
  bucket: DueBucket;
  label: string;
  items: T[];
}

export function groupDue<T extends DueLike>(rows: readonly T[], now: number): DueGroup<T>[] {
  const sorted = [...rows].sort((a, b) => a.visit.dueAt - b.visit.dueAt || a.visit._id.localeCompare(b.visit._id));
  return DUE_BUCKETS.map((bucket) => ({
    bucket,
    label: DUE_BUCKET_LABELS[bucket],
    items: sorted.filter((r) => dueBucket(r.visit.dueAt, now) === bucket),
  })).filter((g) => g.items.length > 0);
}

/**
 * The kind a due list was opened for (结对帮扶: ?kind=pairing), as the contract's `kind` filter takes
 * it; anything else (入户走访 names none) is every kind. The server filters, so paging stays exact.
 */
export const dueKind = (param: string | undefined): VisitSource | undefined =>
  (VISIT_SOURCES as readonly string[]).includes(param ?? '') ? (param as VisitSource) : undefined;

/** 已超期 3 天 / 今天到期 / 还有 5 天: by China-time calendar days, never by hours. */
export function dueWords(dueAt: number, now: number): string {
  const days = cstDaysBetween(now, dueAt);
  if (days === 0) return '今天到期';
  return days < 0 ? `已超期 ${-days} 天` : `还有 ${days} 天`;
}
