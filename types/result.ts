/**
 * The envelope every cloud action returns. Errors cross the process boundary as stable codes with a
 * Chinese message that is safe to show (`instanceof` does not survive the wire).
 */
import { ERROR_MESSAGES, type ErrorCode } from './errors';

export interface Ok<T> {
  ok: true;
  data: T;
}
export interface Fail {
  ok: false;
  code: ErrorCode;
  message: string;
  /** field path → Chinese message, for forms (validation errors only) */
  fields?: Record<string, string>;
  /** present on INTERNAL errors so staff can find the log line */
  requestId?: string;
}
export type Result<T> = Ok<T> | Fail;

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data });

export function fail(code: ErrorCode, message?: string, extra?: Pick<Fail, 'fields' | 'requestId'>): Fail {
  return { ok: false, code, message: message ?? ERROR_MESSAGES[code], ...extra };
}

/** A domain failure raised deep inside an action; the dispatcher turns it into a `Fail`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? ERROR_MESSAGES[code]);
  }
}
