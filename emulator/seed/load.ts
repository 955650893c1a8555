/**
 * Write a built seed into a store, collection by collection (insertMany is the emulator store's
 * bulk insert; typed structurally so this file does not depend on the store's module).
 */
import type { SeedData } from './build';

export interface SeedStore {
  insertMany(coll: string, docs: object[]): void;
}

/** Inserts every collection of `data`; returns the number of documents per collection. */
export function loadSeed(store: SeedStore, data: SeedData): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [coll, docs] of Object.entries(data)) {
    if (docs.length) store.insertMany(coll, docs);
    counts[coll] = docs.length;
  }
  return counts;
}
