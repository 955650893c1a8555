/**
 * Cloud function tests run the real handlers through the real wx-server-sdk on a fresh emulator
 * database (SQLite in memory) holding a small deterministic seed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTIONS, INDEXES } from '@lx/types/collections';
import { ACTION_ACCESS, type ActionName, type FnName, type PayloadIn, type Result, type ResultOf } from '@lx/types';
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

  /**
   * Calls `fn.action` as the user `openid` ('' = no identity), like the platform would. A creating
   * action (`once` in its declaration) gets a fresh requestId when the payload names none, as every
   * client call does (client/src/hooks/useRequestId.ts); a test of retries passes its own, a test of
   * the requirement passes `requestId: undefined`.
   */
  async function call<F extends FnName, A extends ActionName<F>>(
    main: Main,
    fn: F,
    action: A,
    payload: PayloadIn<F, A> | Record<string, unknown>,
    openid: string,
  ): Promise<Result<ResultOf<F, A>>> {
    const once = (ACTION_ACCESS[fn]?.[action as never] as { once?: true } | undefined)?.once;
    const named = typeof payload === 'object' && payload !== null && 'requestId' in payload;
    const sent = once && !named ? { ...(payload as object), requestId: newRequestId() } : payload;
    return (await emu.invoke(main, { action, payload: sent }, { OPENID: openid })) as Result<ResultOf<F, A>>;
  }

  /**
   * Forgets the rate limits' counts (all, or one user's): for fixtures that bring many tickets into a
   * state at one instant; the limits themselves are tested in shared/limits.test.ts.
   */
  function forgetLimits(user?: string) {
    const spent = emu.store.find(COLLECTIONS.rateCounters, user ? { user } : {}, {}) as { _id: string }[];
    if (spent.length)
      emu.store.write(
        COLLECTIONS.rateCounters,
        spent.map((c) => ({ kind: 'delete', id: c._id })),
      );
  }

  /** Every collection's documents, to prove a refused call wrote nothing (not even an update). */
  const snapshot = () => Object.fromEntries(Object.values(COLLECTIONS).map((c) => [c, emu.store.storedText(c)]));

  return {
    emu,
    call,
    snapshot,
    forgetLimits,
    cleanup() {
      emu.close();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

let requests = 0;
/** A requestId as a client makes one: unique per intention. */
export const newRequestId = (): string => `test-${process.pid}-${(++requests).toString(36).padStart(4, '0')}`;

export function expectOk<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.data;
}
