/**
 * What a warm function instance keeps between invocations (categories, the holiday calendar, grid
 * boundaries, the street's id): things an admin changes rarely and nearly every call reads. A kept
 * value is fresh for `ms` after it was loaded, measured on the `now` each call passes in (never the
 * real clock, so fake-clock tests and a handler's own `now` agree); a clock that moved back counts as
 * stale. Concurrent misses each load: a duplicate read costs less than a shared failure would.
 */
export interface TtlCache<T> {
  /** the kept value while fresh at `now`, else undefined */
  peek(now: number): T | undefined;
  /** the kept value while fresh at `now`, else `load()`'s, kept from `now` */
  get(now: number, load: () => Promise<T>): Promise<T>;
  /** keeps `value` from `now` */
  put(now: number, value: T): T;
  /** the next read goes to the database (after an edit, and in tests) */
  forget(): void;
}

export function ttlCache<T>(ms: number): TtlCache<T> {
  let kept: { at: number; value: T } | null = null;
  const fresh = (now: number) => !!kept && now >= kept.at && now - kept.at < ms;
  const cache: TtlCache<T> = {
    peek: (now) => (fresh(now) ? kept!.value : undefined),
    async get(now, load) {
      if (fresh(now)) return kept!.value;
      return cache.put(now, await load());
    },
    put(now, value) {
      kept = { at: now, value };
      return value;
    },
    forget() {
      kept = null;
    },
  };
  return cache;
}
