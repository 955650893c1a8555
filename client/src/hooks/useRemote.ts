/**
 * One request's state for a page: loading, the data, or the failure to show with a retry. A newer
 * request wins: answers of an older one (a tab the user already left) are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientFail, CloudResult } from '@/services/cloud';

export interface Remote<T> {
  data: T | undefined;
  error: ClientFail | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

export function useRemote<T>(load: () => Promise<CloudResult<T>>, deps: readonly unknown[], enabled = true): Remote<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ClientFail>();
  const [loading, setLoading] = useState(enabled);
  const seq = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    setError(undefined);
    const res = await loadRef.current();
    if (mine !== seq.current) return;
    if (res.ok) setData(res.data);
    else setError(res);
    setLoading(false);
  }, []);

  useEffect(() => {
    if (enabled) void reload();
  }, [enabled, ...deps]);

  return { data, error, loading, reload };
}
