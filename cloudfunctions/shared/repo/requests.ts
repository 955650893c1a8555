/**
 * Answered requests of idempotent actions (shared/idempotency.ts): (caller, function.action,
 * requestId) → the first result. The record is written in the same transaction as what the action
 * created, so a committed create always has its record and a retry after a crash finds it.
 */
import { COLLECTIONS, type RequestRecord } from '@lx/types';
import { db, type Transaction } from '../cloud';
import { getInTx } from './tx';

const requests = () => db().collection(COLLECTIONS.requests);

export async function getRequest(id: string): Promise<RequestRecord | null> {
  const res = await requests().where({ _id: id }).limit(1).get();
  return (res.data[0] as unknown as RequestRecord | undefined) ?? null;
}

/**
 * Inside the action's transaction: the record, unless a twin of the request got there first (its
 * record is answered instead: `onTaken` throws, which aborts this transaction and its create).
 */
export async function putRequestInTx(
  tx: Transaction,
  rec: RequestRecord,
  onTaken: (first: RequestRecord) => never,
): Promise<void> {
  const first = await getInTx<RequestRecord>(tx, COLLECTIONS.requests, rec._id);
  if (first) onTaken({ ...first, _id: rec._id });
  const { _id, ...fields } = rec;
  await tx.collection(COLLECTIONS.requests).doc(_id).set({ data: fields });
}

/** The record on its own (an action that created nothing this time, e.g. a draft's edit). */
export const putRequest = (rec: RequestRecord, onTaken: (first: RequestRecord) => never): Promise<void> =>
  db().runTransaction((tx) => putRequestInTx(tx, rec, onTaken));

/** The final answer, when the handler's differs from what was known inside the transaction. */
export async function setRequestResult(id: string, result: unknown): Promise<void> {
  await requests()
    .doc(id)
    .update({ data: { result: db().command.set(result) } });
}
