/**
 * Cloud function tests run the real handlers through the real wx-server-sdk on a fresh emulator
 * database (SQLite in memory) holding a small deterministic seed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTIONS, INDEXES } from '@lx/types/collections';
import type { ActionName, FnName, PayloadIn, Result, ResultOf } from '@lx/types';
import { installEmulator } from '@emulator/index';
import { buildSeed } from '@emulator/seed/build';
import { loadSeed } from '@emulator/seed/load';
import { SEED_NOW } from './clock';

export { clock, SEED_NOW } from './clock';

type Main = (event: unknown, context?: { requestId?: string }) => Promise<unknown>;

export function setupCloud(opts: { tickets?: number } = {}) {
  const storageDir = mkdtempSync(join(tmpdir(), 'lx-files-'));
  const emu = installEmulator({ dbFile: ':memory:', storageDir, indexes: INDEXES });
  loadSeed(emu.store, buildSeed({ now: SEED_NOW, tickets: opts.tickets ?? 60 }));

  /** Calls `fn.action` as the user `openid` ('' = no identity), like the platform would. */
  async function call<F extends FnName, A extends ActionName<F>>(
    main: Main,
    _fn: F,
    action: A,
    payload: PayloadIn<F, A> | Record<string, unknown>,
    openid: string,
  ): Promise<Result<ResultOf<F, A>>> {
    return (await emu.invoke(main, { action, payload }, { OPENID: openid })) as Result<ResultOf<F, A>>;
  }

  /** Every collection's documents, to prove a refused call wrote nothing (not even an update). */
  const snapshot = () =>
    Object.fromEntries(Object.values(COLLECTIONS).map((c) => [c, JSON.stringify(emu.store.all(c))]));

  return {
    emu,
    call,
    snapshot,
    cleanup() {
      emu.close();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

export function expectOk<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.data;
}
