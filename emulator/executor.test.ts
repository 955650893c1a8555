/**
 * The executor's wire contract, request by request, as the SDK would send it (EJSON strings).
 * The conformance suite covers the same behaviour end to end through the real SDK.
 */
import { Executor, type DbParams, type DbResponse } from './executor';
import { Store } from './store';

const ej = (v: unknown) => JSON.stringify(v);

let store: Store;
let clock: number;
let ex: Executor;
beforeEach(() => {
  store = new Store(':memory:');
  clock = Date.parse('2026-01-01T00:00:00Z');
  ex = new Executor(store, { now: () => clock, txTimeoutMs: 30_000 });
});
afterEach(() => store.close());

const ok = (action: string, p: DbParams): Record<string, unknown> => {
  const r: DbResponse = ex.handle(action, p);
  if ('code' in r) throw new Error(`${r.code}: ${r.message}`);
  return r;
};
const list = (r: Record<string, unknown>) =>
  ((r.data as { list: string[] }).list as string[]).map((t) => JSON.parse(t) as Record<string, unknown>);

test('answer shapes', () => {
  const ins = ok('database.insertDocument', {
    collectionName: 'c',
    data: [ej({ _id: 'a', n: { $numberInt: '1' } }), ej({ n: 2 })],
  });
  expect(ins).toMatchObject({
    requestId: expect.any(String),
    data: { insertedIds: ['a', expect.stringMatching(/^[0-9a-f]{32}$/)] },
  });
  const got = ok('database.getDocument', { collectionName: 'c', query: ej({ _id: 'a' }), queryType: 'DOC' });
  expect((got.data as { list: unknown[] }).list).toEqual(['{"_id":"a","n":1}']);
  expect(ok('database.calculateDocument', { collectionName: 'c', queryType: 'WHERE' })).toMatchObject({
    data: { total: 2 },
  });
  expect(
    ok('database.modifyDocument', {
      collectionName: 'c',
      query: ej({ _id: 'a' }),
      data: ej({ $set: { n: 5 } }),
      queryType: 'DOC',
      multi: false,
      merge: true,
      upsert: false,
    }),
  ).toMatchObject({ data: { updated: 1, upsert_id: null } });
  expect(
    ok('database.modifyDocument', {
      collectionName: 'c',
      query: ej({ _id: 'b' }),
      data: ej({ x: 1 }),
      queryType: 'DOC',
      multi: false,
      merge: false,
      upsert: true,
    }),
  ).toMatchObject({ data: { updated: 0, upsert_id: 'b' } });
  expect(
    ok('database.removeDocument', { collectionName: 'c', query: ej({ _id: 'b' }), queryType: 'DOC', multi: false }),
  ).toMatchObject({ data: { deleted: 1 } });
  expect(ok('database.startTransaction', {})).toMatchObject({ transactionId: expect.any(String) });
});

test('errors come back as { code, message }, never thrown', () => {
  ok('database.insertDocument', { collectionName: 'c', data: [ej({ _id: 'a' })] });
  expect(ex.handle('database.insertDocument', { collectionName: 'c', data: [ej({ _id: 'a' })] })).toMatchObject({
    code: 'DATABASE_DUPLICATE_WRITE',
  });
  expect(ex.handle('database.nope', {})).toMatchObject({ code: 'INVALID_ACTION' });
  expect(ex.handle('database.getDocument', {})).toMatchObject({ code: 'INVALID_PARAM' });
  expect(ex.handle('database.getDocument', { collectionName: 'c', query: ej({ a: { $bogus: 1 } }) })).toMatchObject({
    code: 'DATABASE_INVALID_OPERRATOR',
  });
  expect(
    ex.handle('database.modifyDocument', {
      collectionName: 'c',
      query: ej({ _id: 'a' }),
      data: ej({ $bogus: { a: 1 } }),
      merge: true,
    }),
  ).toMatchObject({ code: 'DATABASE_INVALID_OPERRATOR' });
});

test('limit: 100 by default, 1000 at most, as the service answers', () => {
  ok('database.insertDocument', { collectionName: 'c', data: Array.from({ length: 1200 }, (_u, i) => ej({ i })) });
  expect(list(ok('database.getDocument', { collectionName: 'c', queryType: 'WHERE' }))).toHaveLength(100);
  expect(list(ok('database.getDocument', { collectionName: 'c', queryType: 'WHERE', limit: 5000 }))).toHaveLength(1000);
  expect(
    list(ok('database.getDocument', { collectionName: 'c', queryType: 'WHERE', limit: 7, offset: 1195 })),
  ).toHaveLength(5);
});

test('serverDate and EJSON dates on the wire', () => {
  ok('database.insertDocument', {
    collectionName: 'c',
    data: [
      ej({
        _id: 'a',
        at: { $tcb_server_date: { offset: { $numberInt: '1000' } } },
        d: { $date: { $numberLong: '5' } },
      }),
    ],
  });
  expect(store.get('c', 'a')).toEqual({ _id: 'a', at: new Date(clock + 1000), d: new Date(5) });
});

test('upsert with merge seeds the document from the query equality', () => {
  const r = ok('database.modifyDocument', {
    collectionName: 'c',
    query: ej({ kind: 'k', n: { $gt: 1 } }),
    data: ej({ $inc: { count: 1 } }),
    queryType: 'WHERE',
    multi: false,
    merge: true,
    upsert: true,
  });
  const id = (r.data as { upsert_id: string }).upsert_id;
  expect(store.get('c', id)).toEqual({ _id: id, kind: 'k', count: 1 });
});

test('modifyAndReturnDoc answers the updated document', () => {
  ok('database.insertDocument', { collectionName: 'c', data: [ej({ _id: 'a', n: 1 })] });
  const r = ok('database.modifyAndReturnDoc', {
    collectionName: 'c',
    query: ej({ _id: 'a' }),
    data: ej({ $inc: { n: 1 } }),
  });
  expect(r.data).toEqual({ updated: 1, doc: '{"_id":"a","n":2}' });
});

test('addCollection refuses an existing collection', () => {
  ok('database.addCollection', { collectionName: 'fresh' });
  expect(ex.handle('database.addCollection', { collectionName: 'fresh' })).toMatchObject({
    code: 'DATABASE_COLLECTION_ALREADY_EXIST',
  });
});

describe('transactions', () => {
  const start = () => ok('database.startTransaction', {}).transactionId as string;

  test('buffered writes are invisible outside until commit', () => {
    ok('database.insertDocument', { collectionName: 'c', data: [ej({ _id: 'a', n: 1 })] });
    const tx = start();
    ok('database.modifyDocument', {
      collectionName: 'c',
      transactionId: tx,
      query: ej({ _id: 'a' }),
      data: ej({ $inc: { n: 1 } }),
      merge: true,
    });
    ok('database.insertDocument', { collectionName: 'c', transactionId: tx, data: [ej({ _id: 'b' })] });
    expect(store.get('c', 'a')).toEqual({ _id: 'a', n: 1 });
    expect(
      list(ok('database.getDocument', { collectionName: 'c', transactionId: tx, queryType: 'WHERE' })).map(
        (d) => d._id,
      ),
    ).toEqual(['a', 'b']);
    ok('database.commitTransaction', { transactionId: tx });
    expect(store.get('c', 'a')).toEqual({ _id: 'a', n: 2 });
    expect(store.get('c', 'b')).toEqual({ _id: 'b' });
    expect(ex.transactions.size).toBe(0);
  });

  test('a changed read set conflicts and applies nothing', () => {
    ok('database.insertDocument', { collectionName: 'c', data: [ej({ _id: 'a', n: 1 }), ej({ _id: 'b', n: 1 })] });
    const tx = start();
    ok('database.getDocument', { collectionName: 'c', transactionId: tx, query: ej({ _id: 'a' }), queryType: 'DOC' });
    ok('database.modifyDocument', {
      collectionName: 'c',
      transactionId: tx,
      query: ej({ _id: 'b' }),
      data: ej({ $set: { n: 9 } }),
      merge: true,
    });
    ok('database.modifyDocument', {
      collectionName: 'c',
      query: ej({ _id: 'a' }),
      data: ej({ $set: { n: 2 } }),
      merge: true,
    });
    expect(ex.handle('database.commitTransaction', { transactionId: tx })).toMatchObject({
      code: 'DATABASE_TRANSACTION_CONFLICT',
    });
    expect(store.get('c', 'b')).toEqual({ _id: 'b', n: 1 });
  });

  test('unknown, aborted and expired transactions answer DATABASE_TRANSACTION_FAIL', () => {
    expect(ex.handle('database.commitTransaction', { transactionId: 'nope' })).toMatchObject({
      code: 'DATABASE_TRANSACTION_FAIL',
    });
    const aborted = start();
    ok('database.abortTransaction', { transactionId: aborted });
    expect(ex.handle('database.getDocument', { collectionName: 'c', transactionId: aborted })).toMatchObject({
      code: 'DATABASE_TRANSACTION_FAIL',
    });
    const slow = start();
    clock += 31_000;
    expect(ex.handle('database.commitTransaction', { transactionId: slow })).toMatchObject({
      code: 'DATABASE_TRANSACTION_FAIL',
    });
  });
});
