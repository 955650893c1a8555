/**
 * Dates survive the round trip as Date objects, compare and sort as dates, and serverDate() becomes
 * the time of the write (plus its offset).
 */
import { one, rows, setupEnv } from './env';

const env = setupEnv();
const { db } = env;
const _ = db.command;

afterAll(() => env.cleanup());

let coll: string;
beforeAll(async () => {
  coll = await env.freshCollection('dates');
});

// the typings omit serverDate's { offset } option, which the SDK supports
const serverDateWithOffset = (offset: number) =>
  (db.serverDate as unknown as (o: { offset: number }) => unknown)({ offset });

const T0 = new Date('2026-01-02T03:04:05.678Z');

test('a Date written is a Date read, to the millisecond, nested too', async () => {
  await db.collection(coll).add({ data: { _id: 'd1', at: T0, nested: { list: [T0] } } });
  const doc = await one(db.collection(coll).doc('d1').get());
  expect(doc.at).toBeInstanceOf(Date);
  expect((doc.at as Date).getTime()).toBe(T0.getTime());
  expect((doc.nested as { list: Date[] }).list[0]).toEqual(T0);
});

test('serverDate() is the write time, and honours its offset', async () => {
  const before = Date.now();
  await db.collection(coll).add({ data: { _id: 'd2', at: db.serverDate(), later: serverDateWithOffset(60_000) } });
  const after = Date.now();
  const doc = await one(db.collection(coll).doc('d2').get());
  const at = (doc.at as Date).getTime();
  // a real service clock may differ a little from ours
  expect(at).toBeGreaterThanOrEqual(before - 5_000);
  expect(at).toBeLessThanOrEqual(after + 5_000);
  expect((doc.later as Date).getTime() - at).toBe(60_000);
});

test('serverDate() in an update', async () => {
  await db
    .collection(coll)
    .doc('d1')
    .update({ data: { touchedAt: db.serverDate() } });
  const doc = await one(db.collection(coll).doc('d1').get());
  expect(doc.touchedAt).toBeInstanceOf(Date);
});

test('date comparisons and sorting', async () => {
  const c = await env.freshCollection('dates_cmp');
  await db.collection(c).add({
    data: [
      { _id: 'a', at: new Date('2026-03-01T00:00:00Z') },
      { _id: 'b', at: new Date('2026-01-01T00:00:00Z') },
      { _id: 'c', at: new Date('2026-02-01T00:00:00Z') },
    ],
  });
  const after = await rows(
    db
      .collection(c)
      .where({ at: _.gt(new Date('2026-01-15T00:00:00Z')) })
      .orderBy('at', 'asc')
      .get(),
  );
  expect(after.map((d) => d._id)).toEqual(['c', 'a']);
  const desc = await rows(db.collection(c).orderBy('at', 'desc').get());
  expect(desc.map((d) => d._id)).toEqual(['a', 'c', 'b']);
});
