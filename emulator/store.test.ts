import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromStorageText, toStorageText } from './codec';
import { DbError } from './errors';
import { Store, type IndexMap } from './store';

const INDEXES: IndexMap = {
  items: [
    {
      name: 'by_group',
      keys: [
        { field: 'group', direction: 1 },
        { field: 'rank', direction: -1 },
      ],
    },
    { name: 'by_code', keys: [{ field: 'code', direction: 1 }], unique: true },
  ],
};

let store: Store;
beforeEach(() => {
  store = new Store(':memory:', { indexes: INDEXES });
});
afterEach(() => store.close());

describe('codec', () => {
  test('dates and regexes survive storage as EJSON-tagged values', () => {
    const doc = { _id: 'a', at: new Date(0), nested: [{ at: new Date(1700000000000) }], re: /x+/i, n: 1.5 };
    const text = toStorageText(doc);
    expect(text).toContain('{"$date":{"$numberLong":"0"}}');
    expect(fromStorageText(text)).toEqual(doc);
  });
});

describe('insertMany / get / all', () => {
  test('generates 32-hex ids when missing and keeps given ones', () => {
    const ids = store.insertMany('items', [{ a: 1 }, { _id: 'x', a: 2 }]);
    expect(ids[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(ids[1]).toBe('x');
    expect(store.get('items', 'x')).toEqual({ _id: 'x', a: 2 });
    expect(store.all('items')).toHaveLength(2);
  });

  test('a duplicate _id fails the whole batch', () => {
    store.insertMany('items', [{ _id: 'x' }]);
    expect(() => store.insertMany('items', [{ _id: 'y' }, { _id: 'x' }])).toThrow(DbError);
    expect(store.get('items', 'y')).toBeNull();
  });

  test('a unique index refuses a second value', () => {
    store.insertMany('items', [{ _id: 'a', code: 'C1' }]);
    expect(() => store.insertMany('items', [{ _id: 'b', code: 'C1' }])).toThrow(/duplicate/);
  });

  test('clear removes every document', () => {
    store.insertMany('items', [{ a: 1 }]);
    store.insertMany('other', [{ a: 1 }]);
    store.clear();
    expect(store.count('items')).toBe(0);
    expect(store.count('other')).toBe(0);
  });
});

describe('find and count', () => {
  beforeEach(() => {
    store.insertMany('items', [
      { _id: 'a', group: 'g1', rank: 3, tags: ['x'], at: new Date('2026-01-03') },
      { _id: 'b', group: 'g1', rank: 1, at: new Date('2026-01-01') },
      { _id: 'c', group: 'g2', rank: 2 },
      { _id: 'd', group: 'g1', rank: 2, tags: ['y'] },
    ]);
  });

  test('query, sort, skip, limit, projection', () => {
    expect(store.find('items', { group: 'g1' }, { sort: { rank: -1 } }).map((d) => d._id)).toEqual(['a', 'd', 'b']);
    expect(store.find('items', { group: 'g1' }, { sort: [['rank', 1]], skip: 1, limit: 1 }).map((d) => d._id)).toEqual([
      'd',
    ]);
    expect(store.find('items', { _id: 'c' }, { projection: { rank: 1 } })).toEqual([{ _id: 'c', rank: 2 }]);
    expect(store.count('items', { rank: { $gte: 2 } })).toBe(3);
  });

  test('natural order is insertion order and survives updates', () => {
    store.write('items', [{ kind: 'put', doc: { _id: 'a', group: 'g9' } }]);
    expect(store.find('items').map((d) => d._id)).toEqual(['a', 'b', 'c', 'd']);
  });

  test('dates compare as dates', () => {
    expect(store.find('items', { at: { $gt: new Date('2026-01-02') } }).map((d) => d._id)).toEqual(['a']);
  });

  test('the pushdown uses the declared index and re-checks with mingo', () => {
    const { plan, detail } = store.explain('items', { group: 'g1', rank: { $gt: 1 } }, { sort: { rank: -1 } });
    expect(plan.where).toHaveLength(2);
    expect(plan.orderBy).not.toBeNull();
    expect(detail.join(' ')).toMatch(/INDEX i:items:by_group/);
    expect(store.find('items', { group: 'g1', rank: { $gt: 1 } }, { sort: { rank: -1 } }).map((d) => d._id)).toEqual([
      'a',
      'd',
    ]);
  });

  test('undeclared fields are never pushed', () => {
    expect(store.explain('items', { tags: 'x' }).plan.where).toEqual([]);
  });
});

describe('data that breaks the declarations', () => {
  test('an array in an indexed field turns its pushdown off until it is gone', () => {
    store.insertMany('items', [
      { _id: 'a', group: ['g1', 'g2'] },
      { _id: 'b', group: 'g1' },
    ]);
    expect(store.explain('items', { group: 'g1' }).plan.where).toEqual([]);
    expect(store.find('items', { group: 'g1' }).map((d) => d._id)).toEqual(['a', 'b']);
    store.write('items', [{ kind: 'put', doc: { _id: 'a', group: 'g2' } }]);
    expect(store.explain('items', { group: 'g1' }).plan.where).toHaveLength(1);
    store.write('items', [
      { kind: 'put', doc: { _id: 'b', group: ['g3'] } },
      { kind: 'delete', id: 'b' },
    ]);
    expect(store.explain('items', { group: 'g1' }).plan.where).toHaveLength(1);
  });

  test('a boolean or Date in an indexed field keeps filtering but stops ORDER BY pushdown', () => {
    store.insertMany('items', [{ _id: 'a', group: 'g1', rank: true }]);
    const { plan } = store.explain('items', { group: 'g1' }, { sort: { rank: 1 } });
    expect(plan.where).toHaveLength(1);
    expect(plan.orderBy).toBeNull();
  });
});

describe('a file database', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lx-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('is durable, uses WAL, and follows changed index declarations on reopen', () => {
    const file = join(dir, 'db.sqlite');
    const a = new Store(file, { indexes: INDEXES });
    a.insertMany('items', [{ _id: 'x', group: 'g1', other: ['arr'] }]);
    expect(a.db.pragma('journal_mode', { simple: true })).toBe('wal');
    a.close();

    const b = new Store(file, { indexes: { items: [{ name: 'by_other', keys: [{ field: 'other', direction: 1 }] }] } });
    expect(b.get('items', 'x')).toEqual({ _id: 'x', group: 'g1', other: ['arr'] });
    const names = b.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'i:%'`).pluck().all();
    expect(names).toEqual(['i:items:by_other']);
    // the new field was classified for the documents already there
    expect(b.explain('items', { other: 'arr' }).plan.where).toEqual([]);
    b.close();
  });
});
