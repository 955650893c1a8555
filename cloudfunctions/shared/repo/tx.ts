/** Pieces every repository's transactions share. */
import { DomainError } from '@lx/types';
import { db, isConflict, type Transaction } from '../cloud';

/**
 * More writes that must land in the same transaction as an action's own: the idempotent request's
 * record and the rate counters (shared/idempotency.ts, shared/limits.ts; handlers pass `ctx.record(…)`
 * to the repository function that owns the transaction). May throw to abort it.
 */
export type TxWrite = (tx: Transaction) => Promise<void>;
export const NO_WRITE: TxWrite = async () => undefined;

/**
 * A document read inside a transaction, or null. The SDK rejects a missing `doc().get()` on its own
 * side (throwOnNotFound), after the service answered, so catching it leaves the transaction usable;
 * the emulator and the service both remember the read, so a concurrent insert still conflicts.
 */
export async function getInTx<T>(tx: Transaction, coll: string, id: string): Promise<T | null> {
  try {
    return ((await tx.collection(coll).doc(id).get()).data as T | null) ?? null;
  } catch (e) {
    const message =
      typeof e === 'string'
        ? e
        : String((e as { errMsg?: unknown; message?: unknown })?.errMsg ?? (e as { message?: unknown })?.message ?? '');
    if (/does not exist/i.test(message)) return null;
    throw e;
  }
}

/** Writes with no action's transaction to ride on, in one of their own. */
export const alone = (write: TxWrite): Promise<void> => commuting(() => db().runTransaction(write));

const RETRIES = 8;
const BACKOFF_MS = 4;

/**
 * A transaction whose only conflicts are with writes that commute with it (rate counters shared by a
 * user's filings, a request record): on a conflict runTransaction's own retries gave up on, it is run
 * again after a jittered pause (0 … 4·2^attempt ms, at most 250), so racing callers spread out
 * instead of colliding in step; still lost in the end: COMMON.CONFLICT.
 */
export async function commuting<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (!isConflict(e)) throw e;
      if (attempt >= RETRIES) throw new DomainError('COMMON.CONFLICT');
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(250, BACKOFF_MS * 2 ** attempt)));
    }
  }
}
