/**
 * The paging helper on the emulator's real store: every batch loop sees each document once, in
 * (field, _id) order, ties included; pages join up to the whole list; a document added before the
 * cursor between two pages shifts nothing (skip would have repeated one).
 */
import { COLLECTIONS } from '@lx/types';
import { setupCloud } from '../../test-support/cloud';
import { pageAfter, readAll } from './paging';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());

// media_checks holds no seed documents: a scratch collection with an `order` full of ties
const COLL = COLLECTIONS.mediaChecks;
const docs = Array.from({ length: 250 }, (_, i) => ({ _id: `m${String(i).padStart(3, '0')}`, order: i % 3 }));
beforeAll(() =>
  cloud.emu.store.write(
    COLL,
    docs.map((doc) => ({ kind: 'put', doc }) as never),
  ),
);

const inOrder = [...docs].sort((a, b) => a.order - b.order || a._id.localeCompare(b._id)).map((d) => d._id);
const run = <T>(fn: () => Promise<T>) => cloud.emu.runAs({ OPENID: '' }, fn);

it('readAll returns every document once, in (field, _id) order, a read per batch', async () => {
  cloud.emu.stats.reset();
  const all = await run(() => readAll<{ _id: string }>(COLL, {}, { order: { field: 'order', dir: 'asc' } }));
  expect(all.map((d) => d._id)).toEqual(inOrder);
  expect(cloud.emu.stats.reads).toBe(3);
  const first = await run(() => readAll<{ _id: string }>(COLL, {}, { max: 120 }));
  expect(first.map((d) => d._id)).toEqual(docs.slice(0, 120).map((d) => d._id));
});

it('pages join up to the whole list, descending, and a document added before the cursor shifts nothing', async () => {
  const order = { field: 'order', dir: 'desc' } as const;
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let n = 0; ; n++) {
    const page = await run(() => pageAfter<{ _id: string }>(COLL, {}, order, cursor, 40, 'o'));
    seen.push(...page.items.map((d) => d._id));
    if (n === 1) cloud.emu.store.write(COLL, [{ kind: 'put', doc: { _id: 'm999', order: 2 } as never }]);
    if (!page.hasMore) break;
    expect(page.next).toMatch(/^o\d+_m\d+$/);
    cursor = page.next;
  }
  const desc = [...docs].sort((a, b) => b.order - a.order || b._id.localeCompare(a._id)).map((d) => d._id);
  expect(seen).toEqual(desc);
  // a cursor of another list (no prefix) starts from the top
  const top = await run(() => pageAfter<{ _id: string }>(COLL, {}, order, '2_m100', 1, 'o'));
  expect(top.items[0]._id).toBe('m999');
});
