/**
 * One requestId per user intention (types/requests.ts): made at the first send, reused by every
 * retry of that send (a second tap after 网络不给力, the same form sent again unchanged) so the
 * server answers the first result and creates nothing twice, and renewed when the intention changes
 * (what is sent differs: an edit, another photo, other choices) or has succeeded. Every form gets
 * this from useZodForm when its schema takes a requestId; a page without a form (邀请工作人员) uses
 * it itself.
 */
import { useRef } from 'react';

/**
 * A requestId for one user intention (types/requests.ts: 8–64 of [A-Za-z0-9_-]): 96 random bits, so
 * one user's two intentions never share one (the server also keys it by caller and action).
 */
export function newRequestId(): string {
  const bytes = new Uint8Array(12);
  // WeChat's older base libraries have no Web Crypto (nor always globalThis)
  const c: { getRandomValues?: (a: Uint8Array) => Uint8Array } | undefined =
    typeof crypto === 'undefined' ? undefined : crypto;
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The id made for one content: kept with a form's draft so a restart resends under the same id. */
export interface Intention {
  what: string;
  id: string;
}

export interface RequestIdHandle {
  /** the id for sending `what` (its content, as text): the same while it stays the same */
  for: (what: string) => string;
  /** the send succeeded: the next one is a new intention even with the same content */
  renew: () => void;
  /** the intention made last (undefined before the first send and after renew) */
  current: () => Intention | undefined;
}

/** `restored`: the intention a draft kept from before a restart (useZodForm's persistKey). */
export function useRequestId(restored?: Intention): RequestIdHandle {
  const made = useRef<Intention | undefined>(restored);
  return {
    for: (what) => {
      if (made.current?.what !== what) made.current = { what, id: newRequestId() };
      return made.current.id;
    },
    renew: () => {
      made.current = undefined;
    },
    current: () => made.current,
  };
}

/** Whether a contract schema takes a requestId (a creating action's payload). */
export const takesRequestId = (schema: unknown): boolean => {
  const shape = (schema as { _zod?: { def?: { shape?: object } } })?._zod?.def?.shape;
  return !!shape && 'requestId' in shape;
};
