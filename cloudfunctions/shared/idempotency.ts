/**
 * Idempotent creating actions: the declaration says `once: true`, the payload carries the client's
 * `requestId` (one per user intention, reused on retry: client/src/hooks/useRequestId.ts). The
 * first answer is kept per (caller, function.action, requestId), written in the same transaction as
 * what the action created (`ctx.record(result)` handed to the repository), and a retry gets it back
 * and creates nothing — also when the first answer never reached the client (a lost connection, a
 * crash after the commit), and when two copies of one request race (the loser's transaction finds
 * the winner's record, aborts, and answers the winner's result).
 */
import { createHash } from 'node:crypto';
import type { RequestRecord } from '@lx/types';
import { getRequest, putRequest, putRequestInTx } from './repo/requests';
import type { TxWrite } from './repo/tx';

/** Who asked, for what, under which id: the record's _id (fixed length, any openid shape). */
export const requestKey = (openid: string, action: string, requestId: string): string =>
  createHash('sha256').update(`${openid}\n${action}\n${requestId}`).digest('hex');

/** Thrown inside a transaction that finds its request already answered: it aborts, the first answer stands. */
export class Replayed extends Error {
  constructor(readonly result: unknown) {
    // no "exist"/"duplicate" in the text: repositories retry on those (a drawn number or code taken)
    super('request answered before');
  }
}
const taken = (first: RequestRecord): never => {
  throw new Replayed(first.result);
};

export interface Once {
  key: string;
  record: (result: unknown) => RequestRecord;
}

export function once(openid: string, action: string, requestId: string, now: number): Once {
  const key = requestKey(openid, action, requestId);
  return { key, record: (result) => ({ _id: key, caller: openid, action, requestId, result, at: now }) };
}

/** The first answer to this request, if there was one. */
export const firstAnswer = async (o: Once): Promise<{ result: unknown } | null> => {
  const rec = await getRequest(o.key);
  return rec ? { result: rec.result } : null;
};

export const recordWrite =
  (o: Once, result: unknown): TxWrite =>
  (tx) =>
    putRequestInTx(tx, o.record(result), taken);

/** The record on its own, for a call that wrote nothing of its own to carry it. */
export const recordAlone = (o: Once, result: unknown): Promise<void> => putRequest(o.record(result), taken);
