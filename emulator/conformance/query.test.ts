/**
 * Queries through the real wx-server-sdk: comparison and logic operators, regexes, nested paths,
 * ordering, paging, the SDK/service limit rules, counts, projections and aggregation.
 */
import { ids, one, rows, setupEnv, total, type Doc } from './env';

const env = setupEnv();
const { db } = env;
const _ = db.command;

afterAll(() => env.cleanup());

const PEOPLE: Doc[] = [
  { _id: 'p1', name: 'Alice', age: 30, city: 'Hangzhou', tags: ['a', 'b'], profile: { level: 3, team: { code: 'x' } } },
  { _id: 'p2', name: 'bob', age: 25, city: 'Shanghai', tags: ['b'], profile: { level: 1, team: { code: 'y' } } },
  { _id: 'p3', name: 'Carol', age: 35, city: 'Hangzhou', tags: [], profile: { level: 3 } },
  { _id: 'p4', name: 'dave', age: 25, city: 'Beijing', profile: { level: 2, team: { code: 'x' } }, nick: null },
  { _id: 'p5', name: '张三', age: 40, city: 'Hangzhou', tags: ['c'] },
];

let people: string;
beforeAll(async () => {
  people = await env.freshCollection('people');
  await db.collection(people).add({ data: PEOPLE });
});

const where = async (cond: object) =>
  ids(await rows(db.collection(people).where(cond).orderBy('_id', 'asc').get())).sort();

describe('comparison operators', () => {
  test('literal equality and eq/neq', async () => {
    expect(await where({ city: 'Hangzhou' })).toEqual(['p1', 'p3', 'p5']);
    expect(await where({ age: _.eq(25) })).toEqual(['p2', 'p4']);
    // neq also matches documents without the field (MongoDB $ne)
    expect(await where({ 'profile.team.code': _.neq('x') })).toEqual(['p2', 'p3', 'p5']);
  });

  test('gt, gte, lt, lte and chained ranges', async () => {
    expect(await where({ age: _.gt(30) })).toEqual(['p3', 'p5']);
    expect(await where({ age: _.gte(30) })).toEqual(['p1', 'p3', 'p5']);
    expect(await where({ age: _.lt(30) })).toEqual(['p2', 'p4']);
    expect(await where({ age: _.lte(30) })).toEqual(['p1', 'p2', 'p4']);
    expect(await where({ age: _.gt(25).and(_.lt(40)) })).toEqual(['p1', 'p3']);
  });

  test('in and nin', async () => {
    expect(await where({ city: _.in(['Beijing', 'Shanghai']) })).toEqual(['p2', 'p4']);
    expect(await where({ city: _.nin(['Beijing', 'Shanghai']) })).toEqual(['p1', 'p3', 'p5']);
    // on an array field, in matches any element
    expect(await where({ tags: _.in(['c', 'a']) })).toEqual(['p1', 'p5']);
  });

  test('equality on an array field matches an element', async () => {
    expect(await where({ tags: 'b' })).toEqual(['p1', 'p2']);
  });
});

describe('logic operators and existence', () => {
  test('and / or, field-level and top-level', async () => {
    expect(await where(_.and([{ city: 'Hangzhou' }, { age: _.gte(35) }]))).toEqual(['p3', 'p5']);
    expect(await where(_.or([{ city: 'Beijing' }, { age: _.gt(36) }]))).toEqual(['p4', 'p5']);
    expect(await where({ age: _.or(_.lt(26), _.gt(36)) })).toEqual(['p2', 'p4', 'p5']);
  });

  test('exists', async () => {
    expect(await where({ tags: _.exists(false) })).toEqual(['p4']);
    expect(await where({ 'profile.team': _.exists(true) })).toEqual(['p1', 'p2', 'p4']);
    // null is a value: the field exists
    expect(await where({ nick: _.exists(true) })).toEqual(['p4']);
  });

  test('nested paths, dotted and as nested objects', async () => {
    expect(await where({ 'profile.level': 3 })).toEqual(['p1', 'p3']);
    expect(await where({ profile: { team: { code: 'x' } } })).toEqual(['p1', 'p4']);
  });
});

describe('regular expressions', () => {
  test('db.RegExp with options', async () => {
    expect(await where({ name: db.RegExp({ regexp: '^[ab]', options: 'i' }) })).toEqual(['p1', 'p2']);
  });

  test('JS RegExp literal', async () => {
    expect(await where({ name: /^[A-Z]/ })).toEqual(['p1', 'p3']);
    expect(await where({ name: /张/ })).toEqual(['p5']);
  });
});

describe('order, skip, limit', () => {
  test('multi-key orderBy', async () => {
    const list = await rows(db.collection(people).orderBy('age', 'asc').orderBy('name', 'desc').get());
    expect(ids(list)).toEqual(['p4', 'p2', 'p1', 'p3', 'p5']);
  });

  test('skip and limit page through a sorted result', async () => {
    const page = (n: number) =>
      rows(
        db
          .collection(people)
          .orderBy('age', 'desc')
          .orderBy('_id', 'asc')
          .skip(n * 2)
          .limit(2)
          .get(),
      );
    expect(ids(await page(0))).toEqual(['p5', 'p3']);
    expect(ids(await page(1))).toEqual(['p1', 'p2']);
    expect(ids(await page(2))).toEqual(['p4']);
  });

  test('count with and without a condition', async () => {
    expect(await total(db.collection(people).count())).toBe(5);
    expect(await total(db.collection(people).where({ city: 'Hangzhou' }).count())).toBe(3);
  });
});

describe('projection', () => {
  test('field() includes the named fields and _id', async () => {
    const list = await rows(
      db.collection(people).where({ _id: 'p1' }).field({ name: true, 'profile.level': true }).get(),
    );
    expect(list).toEqual([{ _id: 'p1', name: 'Alice', profile: { level: 3 } }]);
  });

  test('field() with false excludes', async () => {
    const [doc] = await rows(db.collection(people).where({ _id: 'p2' }).field({ tags: false, profile: false }).get());
    expect(doc).toEqual({ _id: 'p2', name: 'bob', age: 25, city: 'Shanghai' });
  });

  test('doc().field().get()', async () => {
    expect(await one(db.collection(people).doc('p3').field({ age: true }).get())).toEqual({ _id: 'p3', age: 35 });
  });
});

describe('limits', () => {
  let big: string;
  beforeAll(async () => {
    big = await env.freshCollection('big');
    const docs = Array.from({ length: 1100 }, (_unused, i) => ({ n: i }));
    // one add() with an array is one request; the service takes up to 1000 documents per insert
    await db.collection(big).add({ data: docs.slice(0, 1000) });
    await db.collection(big).add({ data: docs.slice(1000) });
  });

  // Finding: the server SDK sends limit 100 when none is given and caps .limit(n) at 1000
  // (@cloudbase/database query.ts); the service answers the same for the same request.
  test('get() without limit answers 100 documents', async () => {
    expect(await rows(db.collection(big).get())).toHaveLength(100);
  });

  test('an explicit limit above 100 is honoured up to 1000', async () => {
    expect(await rows(db.collection(big).limit(150).get())).toHaveLength(150);
    expect(await rows(db.collection(big).limit(5000).get())).toHaveLength(1000);
  });

  test('count is not limited', async () => {
    expect(await total(db.collection(big).count())).toBe(1100);
    expect(
      await total(
        db
          .collection(big)
          .where({ n: _.gte(1000) })
          .count(),
      ),
    ).toBe(100);
  });
});

describe('aggregate', () => {
  test('match, group, sort, project', async () => {
    const res = (await db
      .collection(people)
      .aggregate()
      .match({ age: _.gte(25) })
      .group({ _id: '$city', n: _.aggregate.sum(1), avgAge: _.aggregate.avg('$age') })
      .sort({ n: -1, _id: 1 })
      .project({ _id: 0, city: '$_id', n: 1, avgAge: 1 })
      .end()) as { list: Doc[] };
    expect(res.list).toEqual([
      { city: 'Hangzhou', n: 3, avgAge: 35 },
      { city: 'Beijing', n: 1, avgAge: 25 },
      { city: 'Shanghai', n: 1, avgAge: 25 },
    ]);
  });

  test('skip, limit and count stages', async () => {
    const res = (await db
      .collection(people)
      .aggregate()
      .sort({ age: 1, _id: 1 })
      .skip(1)
      .limit(2)
      .project({ age: 1 })
      .end()) as { list: Doc[] };
    expect(res.list).toEqual([
      { _id: 'p4', age: 25 },
      { _id: 'p1', age: 30 },
    ]);
    const counted = (await db.collection(people).aggregate().match({ city: 'Hangzhou' }).count('n').end()) as {
      list: Doc[];
    };
    expect(counted.list).toEqual([{ n: 3 }]);
  });

  test('lookup joins another collection', async () => {
    const cities = await env.freshCollection('cities');
    await db.collection(cities).add({
      data: [
        { _id: 'Hangzhou', province: 'Zhejiang' },
        { _id: 'Beijing', province: 'Beijing' },
      ],
    });
    const res = (await db
      .collection(people)
      .aggregate()
      .match({ _id: _.in(['p1', 'p4']) })
      .lookup({ from: cities, localField: 'city', foreignField: '_id', as: 'cityInfo' })
      .project({ cityInfo: 1 })
      .sort({ _id: 1 })
      .end()) as { list: Doc[] };
    expect(res.list).toEqual([
      { _id: 'p1', cityInfo: [{ _id: 'Hangzhou', province: 'Zhejiang' }] },
      { _id: 'p4', cityInfo: [{ _id: 'Beijing', province: 'Beijing' }] },
    ]);
  });
});

describe('missing documents', () => {
  // wx-server-sdk throws on a missing doc().get() (throwOnNotFound defaults to true): the
  // service answers an empty list and the SDK turns that into "document with _id … does not exist"
  test('doc().get() of a missing _id rejects', async () => {
    await expect(db.collection(people).doc('nope').get()).rejects.toMatchObject({
      errMsg: expect.stringContaining('document with _id nope does not exist'),
    });
  });

  test('a where() that matches nothing answers an empty list', async () => {
    expect(await rows(db.collection(people).where({ _id: 'nope' }).get())).toEqual([]);
  });
});
