/**
 * A cursor-paged list (我的反映, 网格工单): first page, 加载更多, pull-down refresh. Changing `deps`
 * (the tab) starts over; answers for a tab the user has left are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '@lx/types';
import type { ClientFail, CloudResult } from '@/services/cloud';

export interface PagedList<T, X> {
  items: T[];
  hasMore: boolean;
  /** everything but the items of the latest page (e.g. the queue's tab counts) */
  extra: X | undefined;
  /** the first page is loading and nothing is shown yet */
  loading: boolean;
  loadingMore: boolean;
  /** the first page failed */
  error: ClientFail | undefined;
  /** a further page failed; the rows already shown stay */
  moreError: ClientFail | undefined;
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
}

export function usePagedList<T, X = object>(
  fetchPage: (cursor: string | undefined) => Promise<CloudResult<Page<T> & X>>,
  deps: readonly unknown[],
): PagedList<T, X> {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string>();
  const [hasMore, setHasMore] = useState(false);
  const [extra, setExtra] = useState<X>();
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<ClientFail>();
  const [moreError, setMoreError] = useState<ClientFail>();
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const busyMore = useRef(false);

  const split = (page: Page<T> & X) => {
    const { items: rows, hasMore: more, next: cursor, ...rest } = page;
    return { rows, more, cursor, rest: rest as unknown as X };
  };

  const refresh = useCallback(async () => {
    const gen = ++generation.current;
    busyMore.current = false;
    setLoading(true);
    setLoadingMore(false);
    setError(undefined);
    setMoreError(undefined);
    const res = await fetchRef.current(undefined);
    if (gen !== generation.current) return;
    if (res.ok) {
      const { rows, more, cursor, rest } = split(res.data);
      setItems(rows);
      setHasMore(more);
      setNext(cursor);
      setExtra(rest);
    } else {
      setError(res);
    }
    setLoading(false);
  }, []);

  const loadMore = useCallback(async () => {
    if (busyMore.current || !hasMore || !next) return;
    busyMore.current = true;
    const gen = generation.current;
    setLoadingMore(true);
    setMoreError(undefined);
    const res = await fetchRef.current(next);
    if (gen !== generation.current) return;
    busyMore.current = false;
    if (res.ok) {
      const { rows, more, cursor, rest } = split(res.data);
      setItems((prev) => [...prev, ...rows]);
      setHasMore(more);
      setNext(cursor);
      setExtra(rest);
    } else {
      setMoreError(res);
    }
    setLoadingMore(false);
  }, [hasMore, next]);

  useEffect(() => {
    setItems([]);
    setHasMore(false);
    setNext(undefined);
    void refresh();
  }, deps);

  return { items, hasMore, extra, loading, loadingMore, error, moreError, refresh, loadMore };
}
