/**
 * One way to keep what someone is in the middle of on the phone (Taro storage, one key per thing):
 * a visit's steps (packages/visits/draft.ts), a filing form (useZodForm's `persistKey`), the
 * check-ins waiting for the network (services/outbox.ts). What is kept survives leaving the page, a
 * call, or WeChat killing the app, and goes when the thing is done. Storage that cannot be read or
 * written never fails a page: the user loses the draft, never what the server already holds.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';

/** The storage key prefix of every form draft (a visit's keep their older `lx.visitDraft.`). */
export const FORM_DRAFT_PREFIX = 'lx.draft.';

/** What is stored under `key`, when it is an object that `looksRight` accepts; else nothing. */
export function readDraft<T extends object>(
  key: string,
  looksRight: (raw: object) => boolean = () => true,
): T | undefined {
  try {
    const raw = Taro.getStorageSync(key) as unknown;
    return raw && typeof raw === 'object' && looksRight(raw) ? (raw as T) : undefined;
  } catch {
    // storage unreadable (full, or cleared under us): start afresh rather than fail the page
    return undefined;
  }
}

/** Keeps `draft` under `key`, stamped with when (`savedAt`). */
export function keepDraft(key: string, draft: object): void {
  try {
    Taro.setStorageSync(key, { ...draft, savedAt: Date.now() });
  } catch {
    // a full storage loses the draft, never the work: what was sent is on the server already
  }
}

/** The thing is done (sent, finished): nothing of it stays on the phone. */
export function dropDraft(key: string): void {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // nothing to do: a stale draft is dropped again the next time it is done
  }
}

export interface Draft<T extends object> {
  /** what was kept when the page opened (read once) */
  restored: T | undefined;
  keep: (draft: T) => void;
  drop: () => void;
}

/** A page's draft under `key` (none kept when `key` is undefined). */
export function useDraft<T extends object>(key: string | undefined, looksRight?: (raw: object) => boolean): Draft<T> {
  const [restored] = useState(() => (key ? readDraft<T>(key, looksRight) : undefined));
  return {
    restored,
    keep: (draft) => void (key ? keepDraft(key, draft) : undefined),
    drop: () => void (key ? dropDraft(key) : undefined),
  };
}
