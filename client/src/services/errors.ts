/**
 * What kind of failure a code is, and so what the user can do about it. Only a failure that may
 * pass by itself (no answer, a server fault, a busy moment, someone else's edit) is worth 重试; a
 * refusal, a missing record or a wrong entry answers the same every time, so the page says why and
 * offers the way back instead. Pure: no Taro, so pages, components and tests share one answer.
 */
import type { ErrorCode } from '@lx/types';

/** A failure the client detects itself: the request never got an answer. */
export const NETWORK_CODE = 'COMMON.NETWORK';
export type ClientCode = ErrorCode | typeof NETWORK_CODE;

export type ErrorKind =
  /** no answer: the phone's connection */
  | 'network'
  /** answered, but the server failed (a 5xx, COMMON.INTERNAL) */
  | 'server'
  /** answered "not now": too many requests, or a record changed under the user */
  | 'later'
  /** the caller may not do this (AUTH.*, and the domain's "not yours" answers) */
  | 'refused'
  /** the record is gone or never was */
  | 'notFound'
  /** what was sent, or the record's state, does not allow it */
  | 'invalid';

/** The codes that no naming rule below can tell apart. */
const KIND_OF: Partial<Record<ClientCode, ErrorKind>> = {
  [NETWORK_CODE]: 'network',
  'COMMON.INTERNAL': 'server',
  'CONTENT.CHECK_UNAVAILABLE': 'server',
  'COMMON.RATE_LIMITED': 'later',
  'COMMON.CONFLICT': 'later',
  'ROLE.NOT_GRANTABLE': 'refused',
  'TICKET.SOURCE_FORBIDDEN': 'refused',
  'VISIT.NOT_ASSIGNED': 'refused',
  'PARTY.WISH_NOT_YOURS': 'refused',
  'PARTY.WISH_NOT_OWNER': 'refused',
};

export function errorKind(code: string): ErrorKind {
  const known = KIND_OF[code as ClientCode];
  if (known) return known;
  if (code.startsWith('AUTH.')) return 'refused';
  if (code.endsWith('NOT_FOUND')) return 'notFound';
  return 'invalid';
}

const RETRYABLE: ReadonlySet<ErrorKind> = new Set(['network', 'server', 'later']);

/** Whether asking again can give a different answer (and so whether a page offers 重试). */
export const canRetry = (code: string): boolean => RETRYABLE.has(errorKind(code));
