/**
 * The whole local system in one call: emulator (SQLite + storage + outbox), the cloud functions as
 * built for deployment, their timer triggers, and the gateway serving the h5 build. `npm start`, the
 * browser journeys and the benchmarks all start it this way.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { COLLECTIONS, INDEXES } from '../types/collections';
import { buildFunctions } from '../cloudfunctions/build';
import { listFunctions } from '../cloudfunctions/functions';
import { createGateway, type FunctionMain } from './gateway/server';
import { installEmulator } from './index';
import { createScheduler } from './scheduler';
import { buildSeed, DEMO_IDENTITIES } from './seed/build';
import { loadSeed } from './seed/load';

export const ROOT = resolve(__dirname, '..');
export const H5_DIR = join(ROOT, 'dist', 'h5');
export const FUNCTIONS_OUT = join(ROOT, 'dist', 'cloudfunctions');

export interface StackOptions {
  dataDir: string;
  /** 0 picks a free port */
  port: number;
  /** seed size when the database is empty */
  tickets?: number;
  /** run timer triggers (off in journeys that need a still world) */
  scheduler?: boolean;
  log?: (line: string) => void;
}

export async function startStack(opts: StackOptions) {
  const log = opts.log ?? (() => undefined);
  mkdirSync(opts.dataDir, { recursive: true });
  const emulator = installEmulator({
    dbFile: join(opts.dataDir, 'lianxin.sqlite'),
    storageDir: join(opts.dataDir, 'files'),
    indexes: INDEXES,
  });

  let seeded: Record<string, number> | null = null;
  if (emulator.store.count(COLLECTIONS.users, {}) === 0) {
    seeded = loadSeed(
      emulator.store,
      buildSeed({ now: Date.now(), ...(opts.tickets ? { tickets: opts.tickets } : {}) }),
    );
    log(
      `已写入演示数据：${Object.entries(seeded)
        .map(([c, n]) => `${c} ${n}`)
        .join('，')}`,
    );
  }

  // the deploy bundles are what runs, so the local system proves the artefacts that ship
  await buildFunctions();
  const functions: Record<string, FunctionMain> = {};
  for (const fn of listFunctions()) {
    const file = join(FUNCTIONS_OUT, fn.name, 'index.js');
    delete require.cache[require.resolve(file)];
    functions[fn.name] = (require(file) as { main: FunctionMain }).main;
  }

  const scheduler = createScheduler({
    functions: Object.entries(functions).map(([name, main]) => ({ name, dir: join(FUNCTIONS_OUT, name), main })),
  });
  if (opts.scheduler !== false) scheduler.start();

  const gateway = await createGateway({
    functions,
    invoke: (main, event, ctx) => emulator.invoke(main, event, ctx),
    storage: emulator.storage,
    storageDir: join(opts.dataDir, 'files'),
    outbox: emulator.outbox,
    identities: DEMO_IDENTITIES.map((i) => ({
      openid: i.openid,
      name: i.name,
      roleLabel: i.roleLabel,
      scope: i.scope,
      note: i.note,
    })),
    h5Dir: existsSync(join(H5_DIR, 'index.html')) ? H5_DIR : undefined,
  });
  await gateway.listen({ host: '127.0.0.1', port: opts.port });
  const { port } = gateway.server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    emulator,
    functions,
    seeded,
    async close() {
      scheduler.stop();
      await gateway.close();
      emulator.close();
    },
  };
}
