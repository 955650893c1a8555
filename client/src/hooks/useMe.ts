/**
 * The signed-in user (org.me), shared by every page: loaded once, updated in place when the address
 * is bound, so 首页 and 我的 show the new address without another request.
 */
import { useEffect, useState } from 'react';
import type { Me, Role } from '@lx/types';
import { callCloud, type ClientFail } from '@/services/cloud';

interface MeState {
  me?: Me;
  error?: ClientFail;
  loading: boolean;
}

let state: MeState = { loading: false };
let inflight: Promise<void> | undefined;
const listeners = new Set<(s: MeState) => void>();

function publish(next: MeState) {
  state = next;
  listeners.forEach((l) => l(state));
}

export function loadMe(): Promise<void> {
  if (inflight) return inflight;
  publish({ ...state, loading: true, error: undefined });
  inflight = callCloud('org', 'me', {}).then((res) => {
    inflight = undefined;
    publish(res.ok ? { me: res.data, loading: false } : { me: state.me, error: res, loading: false });
  });
  return inflight;
}

/** After org.bindAddress answers with the updated user. */
export function setMe(me: Me): void {
  publish({ me, loading: false });
}

/** Tests start from nothing. */
export function resetMe(): void {
  inflight = undefined;
  state = { loading: false };
  listeners.clear();
}

export const hasRole = (me: Me | undefined, role: Role): boolean => !!me?.roles.some((r) => r.role === role);

export function useMe() {
  const [s, setS] = useState<MeState>(() => (state.me || state.error ? state : { ...state, loading: true }));
  useEffect(() => {
    listeners.add(setS);
    if (!state.me && !inflight) void loadMe();
    else setS(state);
    return () => {
      listeners.delete(setS);
    };
  }, []);
  return { me: s.me, error: s.error, loading: s.loading && !s.me, reload: loadMe };
}
