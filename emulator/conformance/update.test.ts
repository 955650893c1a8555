/**
 * Writes through the real wx-server-sdk: add (one, many, custom _id, duplicates), update operators,
 * nested paths, doc().set() replacing vs update() merging, where().update()/remove().
 */
import { one, rows, setupEnv, total, type Doc } from './env';

const env = setupEnv();
const { db } = env;
const _ = db.command;

afterAll(() => env.cleanup());

let coll: string;
beforeEach(async () => {
  coll = await env.freshCollection('upd');
});

const get = (id: string) => one(db.collection(coll).doc(id).get());
const update = async (id: string, data: object) =>
  ((await db.collection(coll).doc(id).update({ data })) as { stats: { updated: number } }).stats.updated;

describe('add', () => {
  test('one document gets a generated _id', async () => {
    const res = (await db.collection(coll).add({ data: { a: 1 } })) as { _id: string };
    expect(typeof res._id).toBe('string');
    expect(res._id.length).toBeGreaterThan(0);
    expect(await get(res._id)).toEqual({ _id: res._id, a: 1 });
  });

  test('many documents, with a custom _id among them', async () => {
    const res = (await db.collection(coll).add({ data: [{ a: 1 }, { _id: 'mine', a: 2 }] })) as unknown as {
      _ids: string[];
    };
    expect(res._ids).toHaveLength(2);
    expect(res._ids[1]).toBe('mine');
    expect(await total(db.collection(coll).count())).toBe(2);
  });

  test('a duplicate _id is refused and nothing is written', async () => {
    await db.collection(coll).add({ data: { _id: 'dup', v: 1 } });
    await expect(db.collection(coll).add({ data: { _id: 'dup', v: 2 } })).rejects.toMatchObject({
      errMsg: expect.stringContaining('duplicate'),
    });
    expect(await get('dup')).toEqual({ _id: 'dup', v: 1 });
  });
});

describe('update operators', () => {
  beforeEach(async () => {
    await db.collection(coll).add({
      data: {
        _id: 'd',
        n: 1,
        price: 10,
        lo: 5,
        hi: 5,
        tags: ['a', 'b', 'c', 'b'],
        set: ['x'],
        drop: true,
        a: { b: { c: 1, keep: 'k' } },
      },
    });
  });

  test('set a plain value and inc', async () => {
    expect(await update('d', { n: _.inc(2), title: 'hi' })).toBe(1);
    expect(await get('d')).toMatchObject({ n: 3, title: 'hi' });
  });

  test('push one, push many at a position', async () => {
    await update('d', { tags: _.push('z') });
    await update('d', { tags: _.push({ each: ['p', 'q'], position: 0 }) });
    expect((await get('d')).tags).toEqual(['p', 'q', 'a', 'b', 'c', 'b', 'z']);
  });

  test('pull a value and pull by condition', async () => {
    await update('d', { tags: _.pull('b') });
    expect((await get('d')).tags).toEqual(['a', 'c']);
    await update('d', { tags: _.pull(_.in(['a'])) });
    expect((await get('d')).tags).toEqual(['c']);
  });

  test('remove (unset), addToSet, mul, min, max', async () => {
    await update('d', { drop: _.remove(), set: _.addToSet('x'), price: _.mul(3), lo: _.min(2), hi: _.max(9) });
    await update('d', { set: _.addToSet('y') });
    const d = await get('d');
    expect(d).not.toHaveProperty('drop');
    expect(d).toMatchObject({ set: ['x', 'y'], price: 30, lo: 2, hi: 9 });
  });

  test('dotted paths and nested objects merge into sub-documents', async () => {
    await update('d', { 'a.b.c': 2 });
    expect((await get('d')).a).toEqual({ b: { c: 2, keep: 'k' } });
    // the SDK flattens nested objects in update() to dotted $set paths: siblings survive
    await update('d', { a: { b: { d: 3 } } });
    expect((await get('d')).a).toEqual({ b: { c: 2, keep: 'k', d: 3 } });
    // _.set() replaces the sub-document as a whole
    await update('d', { a: _.set({ only: true }) });
    expect((await get('d')).a).toEqual({ only: true });
  });

  test('an update that changes nothing reports updated 0', async () => {
    expect(await update('d', { n: 1 })).toBe(0);
  });

  test('update of a missing document reports updated 0 and creates nothing', async () => {
    expect(await update('missing', { n: 1 })).toBe(0);
    expect(await total(db.collection(coll).where({ _id: 'missing' }).count())).toBe(0);
  });
});

describe('doc().set() replaces, update() merges', () => {
  test('set on an existing document replaces all fields', async () => {
    await db.collection(coll).add({ data: { _id: 's', a: 1, b: 2 } });
    const res = (await db
      .collection(coll)
      .doc('s')
      .set({ data: { c: 3 } })) as { _id: string; stats: { updated: number; created: number } };
    expect(res).toMatchObject({ _id: 's', stats: { updated: 1, created: 0 } });
    expect(await get('s')).toEqual({ _id: 's', c: 3 });
  });

  test('set on a missing document creates it', async () => {
    const res = (await db
      .collection(coll)
      .doc('new')
      .set({ data: { c: 3 } })) as { stats: { updated: number; created: number } };
    expect(res.stats).toEqual({ updated: 0, created: 1 });
    expect(await get('new')).toEqual({ _id: 'new', c: 3 });
  });

  test('update keeps the fields it does not name', async () => {
    await db.collection(coll).add({ data: { _id: 'm', a: 1, b: 2 } });
    await update('m', { c: 3 });
    expect(await get('m')).toEqual({ _id: 'm', a: 1, b: 2, c: 3 });
  });
});

describe('where().update() and remove()', () => {
  beforeEach(async () => {
    await db.collection(coll).add({
      data: [
        { _id: 'w1', g: 1 },
        { _id: 'w2', g: 1 },
        { _id: 'w3', g: 2 },
      ],
    });
  });

  test('update applies to every match', async () => {
    const res = (await db
      .collection(coll)
      .where({ g: 1 })
      .update({ data: { seen: true } })) as { stats: { updated: number } };
    expect(res.stats.updated).toBe(2);
    expect((await rows(db.collection(coll).where({ seen: true }).get())).map((d: Doc) => d._id).sort()).toEqual([
      'w1',
      'w2',
    ]);
  });

  test('remove by condition and by id', async () => {
    const res = (await db.collection(coll).where({ g: 1 }).remove()) as { stats: { removed: number } };
    expect(res.stats.removed).toBe(2);
    const single = (await db.collection(coll).doc('w3').remove()) as { stats: { removed: number } };
    expect(single.stats.removed).toBe(1);
    expect(await total(db.collection(coll).count())).toBe(0);
  });
});
