/** What every action receives besides its payload. */
import type { Caller } from './caller';
import type { TxWrite } from './repo/tx';

export interface ActionContext {
  /** the WeChat OPENID of whoever called; '' when the platform gave none */
  openid: string;
  requestId: string;
  /** the clock, read once per request so every timestamp of one action agrees */
  now: number;
  /** the caller's user and role grants, loaded on first use (one read) */
  caller(): Promise<Caller>;
  /**
   * The writes that must commit with what the action creates (shared/guard.ts): an idempotent
   * action's first answer and its rate counters. A handler hands `ctx.record(result)` to the
   * repository function whose transaction writes the action's documents; a no-op when the
   * declaration asks for neither.
   */
  record(result?: unknown): TxWrite;
}
