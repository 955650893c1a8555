/**
 * Structured logs with the request id. Personal information never goes to a log in clear: values are
 * passed through `redact` first.
 */
import { redact } from '@lx/types/privacy';

export function logError(requestId: string, where: string, err: unknown, context?: unknown): void {
  const e = err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : { value: String(err) };
  console.error(JSON.stringify({ level: 'error', requestId, where, error: e, context: redact(context) }));
}
