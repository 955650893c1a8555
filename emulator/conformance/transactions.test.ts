/**
 * Transactions through the SDK's own runTransaction/startTransaction: commit, abort (throw and
 * rollback), conflicts resolved by the SDK's retry with nothing lost, reads of missing documents.
 */
import { itLocal, one, rows, setupEnv, total } from './env';

const env = setupEnv();
const { db } = env;
const _ = db.command;

afterAll(() => env.cleanup());

interface Tx {
  collection(name: string): ReturnType<typeof db.collection>;
  commit(): Promise<unknown>;
  rollback(reason?: unknown): Promise<unknown>;
}

let coll: string;
beforeEach(async () => {
  coll = await env.freshCollection('tx');
  await db.collection(coll).add({
    data: [
      { _id: 'acct', balance: 100 },
      { _id: 'counter', n: 0 },
    ],
  });
});

const balance = async () => (await one(db.collection(coll).doc('acct').get())).balance;
/** Inside a transaction: zero the balance, then add a document with `_id` (the second write decides). */
async function zeroThenAdd(tx: Tx, _id: string): Promise<void> {
  await tx
    .collection(coll)
    .doc('acct')
    .update({ data: { balance: 0 } });
  await tx.collection(coll).add({ data: { _id } });
}

test('runTransaction commits reads and writes across documents and returns the callback value', async () => {
  const result = await db.runTransaction(async (tx: Tx) => {
    const acct = await one(tx.collection(coll).doc('acct').get());
    await tx
      .collection(coll)
      .doc('acct')
      .update({ data: { balance: _.inc(-30) } });
    await tx.collection(coll).add({ data: { _id: 'event1', amount: 30, before: acct.balance } });
    await tx
      .collection(coll)
      .doc('new')
      .set({ data: { created: true } });
    return 'done';
  });
  expect(result).toBe('done');
  expect(await balance()).toBe(70);
  expect(await one(db.collection(coll).doc('event1').get())).toEqual({ _id: 'event1', amount: 30, before: 100 });
  expect(await one(db.collection(coll).doc('new').get())).toEqual({ _id: 'new', created: true });
});

test('reads inside a transaction see its own writes', async () => {
  await db.runTransaction(async (tx: Tx) => {
    await tx
      .collection(coll)
      .doc('acct')
      .update({ data: { balance: _.inc(5) } });
    expect((await one(tx.collection(coll).doc('acct').get())).balance).toBe(105);
    // …and nobody else does until commit
    expect(await balance()).toBe(100);
  });
  expect(await balance()).toBe(105);
});

test('a throw in the callback aborts: nothing is applied and the error comes back', async () => {
  await expect(
    db.runTransaction(async (tx: Tx) => {
      await zeroThenAdd(tx, 'ghost');
      throw new Error('changed my mind');
    }),
  ).rejects.toThrow('changed my mind');
  expect(await balance()).toBe(100);
  expect(await total(db.collection(coll).where({ _id: 'ghost' }).count())).toBe(0);
});

test('transaction.rollback(reason) aborts and runTransaction rejects with the reason', async () => {
  await expect(
    db.runTransaction(async (tx: Tx) => {
      await tx
        .collection(coll)
        .doc('acct')
        .update({ data: { balance: 1 } });
      await tx.rollback('insufficient');
    }),
  ).rejects.toBe('insufficient');
  expect(await balance()).toBe(100);
});

test('startTransaction: explicit commit and explicit rollback', async () => {
  const t1 = (await db.startTransaction()) as Tx;
  await t1
    .collection(coll)
    .doc('acct')
    .update({ data: { balance: _.inc(1) } });
  await t1.commit();
  expect(await balance()).toBe(101);

  const t2 = (await db.startTransaction()) as Tx;
  await t2
    .collection(coll)
    .doc('acct')
    .update({ data: { balance: _.inc(1) } });
  await t2.collection(coll).doc('acct').remove();
  await t2.rollback();
  expect(await balance()).toBe(101);
});

test('a finished transaction cannot be used again', async () => {
  const t = (await db.startTransaction()) as Tx;
  await t.commit();
  await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
});

test('deleting inside a transaction', async () => {
  await db.runTransaction(async (tx: Tx) => {
    await tx.collection(coll).doc('counter').remove();
  });
  expect(await total(db.collection(coll).where({ _id: 'counter' }).count())).toBe(0);
});

test('a missing document read inside a transaction rejects (SDK throwOnNotFound)', async () => {
  await expect(
    db.runTransaction(async (tx: Tx) => {
      await tx.collection(coll).doc('nope').get();
    }),
  ).rejects.toMatchObject({ errMsg: expect.stringContaining('document with _id nope does not exist') });
});

test('add of an existing _id inside a transaction fails the transaction', async () => {
  await expect(
    db.runTransaction(async (tx: Tx) => {
      await zeroThenAdd(tx, 'counter');
    }),
  ).rejects.toBeDefined();
  expect(await balance()).toBe(100);
});

describe('conflicts', () => {
  /** Resolves when released: lets two transactions interleave at a chosen point. */
  const gate = () => {
    let open: () => void = () => undefined;
    const p = new Promise<void>((r) => (open = r));
    return { wait: () => p, open };
  };

  test('two interleaved increments: one conflicts, the SDK retries on fresh data, nothing is lost', async () => {
    const bothRead = gate();
    let reads = 0;
    let attempts = 0;
    const increment = (label: string) =>
      db.runTransaction(async (tx: Tx) => {
        attempts++;
        const doc = await one(tx.collection(coll).doc('counter').get());
        if (++reads === 2) bothRead.open();
        await bothRead.wait(); // both have read n = 0 before either writes
        await tx
          .collection(coll)
          .doc('counter')
          .update({ data: { n: (doc.n as number) + 1, [label]: true } });
        return doc.n;
      });
    const [a, b] = await Promise.all([increment('a'), increment('b')]);
    const counter = await one(db.collection(coll).doc('counter').get());
    expect(counter).toMatchObject({ n: 2, a: true, b: true });
    // one attempt saw 0, the retried one saw 1
    expect([a, b].sort()).toEqual([0, 1]);
    expect(attempts).toBe(3);
  });

  test('a plain write between read and commit conflicts the transaction, whose retry sees it', async () => {
    let attempt = 0;
    await db.runTransaction(async (tx: Tx) => {
      attempt++;
      const doc = await one(tx.collection(coll).doc('acct').get());
      if (attempt === 1)
        await db
          .collection(coll)
          .doc('acct')
          .update({ data: { balance: _.inc(1000) } });
      await tx
        .collection(coll)
        .doc('acct')
        .update({ data: { balance: (doc.balance as number) - 10 } });
    });
    expect(attempt).toBe(2);
    expect(await balance()).toBe(1090);
  });

  test('retries are limited: a transaction that always conflicts finally rejects with the conflict', async () => {
    await expect(
      db.runTransaction(async (tx: Tx) => {
        await tx.collection(coll).doc('acct').get();
        await db
          .collection(coll)
          .doc('acct')
          .update({ data: { balance: _.inc(1) } });
        await tx
          .collection(coll)
          .doc('acct')
          .update({ data: { touched: true } });
      }),
    ).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    const acct = await one(db.collection(coll).doc('acct').get());
    expect(acct.touched).toBeUndefined();
  });

  itLocal(
    'inserting the same new _id from two transactions: the second conflicts and then sees a duplicate',
    async () => {
      const t1 = (await db.startTransaction()) as Tx;
      const t2 = (await db.startTransaction()) as Tx;
      await t1.collection(coll).add({ data: { _id: 'race', by: 1 } });
      await t2.collection(coll).add({ data: { _id: 'race', by: 2 } });
      await t1.commit();
      await expect(t2.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
      expect(await rows(db.collection(coll).where({ _id: 'race' }).get())).toEqual([{ _id: 'race', by: 1 }]);
    },
  );
});
