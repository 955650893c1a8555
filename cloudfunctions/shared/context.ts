/** What every action receives besides its payload. */
import type { Caller } from './caller';

export interface ActionContext {
  /** the WeChat OPENID of whoever called; '' when the platform gave none */
  openid: string;
  requestId: string;
  /** the clock, read once per request so every timestamp of one action agrees */
  now: number;
  /** the caller's user and role grants, loaded on first use (one read) */
  caller(): Promise<Caller>;
}
