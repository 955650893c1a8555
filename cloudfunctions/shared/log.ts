/**
 * The one logger of the cloud functions: every line is `logLine`'s allow-list (types/privacy.ts), so
 * no note, name, phone, point, openid, code or file id reaches the platform's log search. Nothing
 * else in shipped code calls console.* (eslint: no-console outside this file).
 */
import { logLine, type LogLine } from '@lx/types/privacy';

/** Ids of things a line may name besides the error (never people's): see LogLine. */
export type LogFacts = Pick<LogLine, 'counts' | 'role' | 'orgId' | 'template' | 'errCode'>;

export function logError(requestId: string, where: string, err: unknown, facts: LogFacts = {}): void {
  console.error(logLine({ ...facts, level: 'error', where, requestId, error: err }));
}

export function logWarn(where: string, facts: LogFacts & { requestId?: string }): void {
  console.warn(logLine({ ...facts, level: 'warn', where }));
}

export function logInfo(where: string, facts: LogFacts & { requestId?: string }): void {
  console.log(logLine({ ...facts, level: 'info', where }));
}
