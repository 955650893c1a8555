/**
 * The signed-in user (org.me), shared by every page: loaded once, updated in place when the address
 * is bound, so 首页 and 我的 show the new address without another request.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
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

/** The role a staff member is working as right now (one user may hold several). */
export interface ActiveRole {
  role: Role;
  orgId?: string;
  orgName?: string;
}

const ACTIVE_ROLE_KEY = 'lx.activeRole';
const roleListeners = new Set<(r: string) => void>();
const roleKey = (r: { role: Role; orgId?: string }) => `${r.role}@${r.orgId ?? ''}`;

function storedRoleKey(): string {
  try {
    return (Taro.getStorageSync(ACTIVE_ROLE_KEY) as string) || '';
  } catch {
    return '';
  }
}

/** Remembers the working role on this device (Taro storage), and tells every page using it. */
export function setActiveRole(r: ActiveRole): void {
  const key = roleKey(r);
  try {
    Taro.setStorageSync(ACTIVE_ROLE_KEY, key);
  } catch {
    // storage full or unavailable: the choice lasts for this session only
  }
  roleListeners.forEach((l) => l(key));
}

/**
 * The chosen role if the user still holds it, else their first staff role, else 居民. A revoked role
 * falls back by itself, since it is checked against the roles org.me returned.
 */
export function activeRoleOf(me: Me | undefined, key: string): ActiveRole {
  if (!me) return { role: 'resident' };
  if (key === roleKey({ role: 'resident' })) return { role: 'resident' };
  const held = me.roles.find((r) => roleKey(r) === key) ?? me.roles[0];
  return held ? { role: held.role, orgId: held.orgId, orgName: held.orgName } : { role: 'resident' };
}

/** For the services and home pages: the working role, and the setter for 我的's switcher. */
export function useActiveRole(): { active: ActiveRole; choices: ActiveRole[]; setActive: (r: ActiveRole) => void } {
  const { me } = useMe();
  const [key, setKey] = useState(storedRoleKey);
  useEffect(() => {
    roleListeners.add(setKey);
    return () => {
      roleListeners.delete(setKey);
    };
  }, []);
  const choices: ActiveRole[] = [
    ...(me?.roles ?? []).map((r) => ({ role: r.role, orgId: r.orgId, orgName: r.orgName })),
    { role: 'resident' as Role },
  ];
  return { active: activeRoleOf(me, key), choices, setActive: setActiveRole };
}
