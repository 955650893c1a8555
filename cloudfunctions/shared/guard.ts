/**
 * What the dispatcher does around a handler besides authorization, from the action's declaration:
 * `once` (idempotency.ts: a retry answers the first result) and `limits` (limits.ts: per-user rate
 * limits). Order: the first answer to this very request (a retry of a call that succeeded is not
 * refused by a limit it used up) → the limits → the handler, whose transaction carries
 * `ctx.record(result)` (the request's record and the counters) → what no transaction carried, on its
 * own.
 */
import { DomainError, type Guards, type LimitName } from '@lx/types';
import { setRequestResult } from './repo/requests';
import type { TxWrite } from './repo/tx';
import { firstAnswer, once, recordAlone, recordWrite, Replayed, type Once } from './idempotency';
import { checkLimits, limitWrite, reserveFailures, settleFailures, type LimitTarget } from './limits';
import { alone } from './repo/tx';
import { logError } from './log';

export interface Guard {
  /** the first answer to this request (a retry), or null */
  replay(): Promise<{ result: unknown } | null>;
  /** COMMON.RATE_LIMITED when a limit holds the caller; a failure-counting rule's slot is taken */
  check(): Promise<void>;
  /** the writes the handler's transaction carries (what the handler hands its repository) */
  record(result?: unknown): TxWrite;
  /** after the handler: what no transaction carried; the answer to send */
  done(result: unknown): Promise<unknown>;
  /** the handler threw: a failure a limit counts keeps its slot; a twin's first answer wins the race */
  failed(err: unknown): Promise<{ result: unknown } | null>;
}

interface GuardInput {
  openid: string;
  /** "tickets.file" */
  action: string;
  payload: Record<string, unknown>;
  target: unknown;
  now: number;
  requestId: string;
}

const limitTarget = (payload: Record<string, unknown>, target: unknown): LimitTarget => ({
  ...(typeof payload.id === 'string' ? { id: payload.id } : {}),
  ...(target && typeof (target as { reporterId?: unknown }).reporterId === 'string'
    ? { reporterId: (target as { reporterId: string }).reporterId }
    : {}),
});

export function guardFor(decl: Guards<unknown>, g: GuardInput): Guard {
  const limits: readonly LimitName[] = decl.limits ?? [];
  const o: Once | null =
    decl.once && typeof g.payload.requestId === 'string' ? once(g.openid, g.action, g.payload.requestId, g.now) : null;
  const target = limitTarget(g.payload, g.target);
  let carried = false;
  let recorded: string | undefined;
  /** slots taken by rules that count failures, settled once the handler is done */
  let reserved: string[] = [];

  return {
    replay: async () => (o ? firstAnswer(o) : null),
    async check() {
      await checkLimits(g.openid, limits, g.now, target);
      reserved = await reserveFailures(g.openid, limits, g.now, target);
    },
    record: (result) => async (tx) => {
      if (o) await recordWrite(o, result)(tx);
      await limitWrite(g.openid, limits, g.now, target)(tx);
      carried = true;
      recorded = JSON.stringify(result);
    },
    async done(result) {
      await settleFailures(reserved, null, g.now);
      if (carried) {
        // known only after the transaction (an invitation's picture): best effort, the record stands
        if (o && recorded !== JSON.stringify(result))
          await setRequestResult(o.key, result).catch((e) => logError(g.requestId, `${g.action}.record`, e, {}));
        return result;
      }
      try {
        if (o) await recordAlone(o, result);
      } catch (e) {
        if (e instanceof Replayed) return e.result;
        throw e;
      }
      if (limits.length === 0) return result;
      await alone(limitWrite(g.openid, limits, g.now, target)).catch((e) => {
        // the action is done; a limit hit by a concurrent twin meanwhile does not undo it
        if (!(e instanceof DomainError)) throw e;
      });
      return result;
    },
    async failed(err) {
      if (err instanceof Replayed) return { result: err.result };
      await settleFailures(reserved, err instanceof DomainError ? err.code : null, g.now);
      if (err instanceof DomainError && err.code !== 'COMMON.CONFLICT') return null;
      // a twin of this request may have committed while it ran (this one then conflicted)
      return o ? firstAnswer(o) : null;
    },
  };
}
