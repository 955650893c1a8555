/**
 * Idempotent actions: every creating action takes a client `requestId` (one per user intention,
 * reused on retry), and its declaration says `once: true`. The server keeps the first answer per
 * (caller, function.action, requestId) and gives it again to a retry, which creates nothing.
 * Pure: no I/O.
 */
import * as z from 'zod/mini';

export const REQUEST_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
/** What the client sends: letters, digits, `-` and `_`, 8–64 characters. */
export const RequestId = z
  .string('请求编号无效，请重新提交')
  .check(z.regex(REQUEST_ID_PATTERN, '请求编号无效，请重新提交'));

/** One answered request (collection `requests`); `_id` is a hash of who, what and the requestId. */
export interface RequestRecord {
  _id: string;
  caller: string;
  /** "tickets.file" */
  action: string;
  requestId: string;
  result: unknown;
  at: number;
}
