/**
 * The local CloudBase emulator in one call. After installEmulator(), the real wx-server-sdk in this
 * process talks to a SQLite-backed document store, a local storage folder and an openapi outbox; no
 * network and no credentials are involved. Calling it again replaces the previous emulator (tests do
 * it per file; jest gives every test file a fresh module registry, so each file patches its own SDK).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  currentWxContext,
  invokeFunction,
  runAs as runAsContext,
  setDefaultEnv,
  type FunctionMain,
  type WxContext,
  type WxContextInput,
} from './context';
import { Executor } from './executor';
import { Outbox, type OpenApiResponder, type OutboxItem } from './outbox';
import { currentBackend, installSeam, setBackend, type Backend } from './seam';
import { Stats } from './stats';
import { LocalStorage } from './storage';
import { Store, type IndexMap } from './store';

export type { Doc } from './codec';
export type { FindOptions, IndexDecl, IndexMap } from './store';
export type { OutboxItem, OpenApiResponder } from './outbox';
export type { StatsSnapshot } from './stats';
export type { WxContext, WxContextInput, FunctionMain } from './context';
export { Store } from './store';
export { KNOWN_ACTIONS, DB_ACTIONS, DEFAULT_LIMIT, MAX_LIMIT } from './executor';

export interface EmulatorOptions {
  /** SQLite file path, or ':memory:' */
  dbFile: string;
  /** folder for uploaded files (created if missing) */
  storageDir: string;
  /** collection → index declarations (the app's live in types/collections.ts INDEXES) */
  indexes?: IndexMap;
  /** the environment id getWXContext().ENV and DYNAMIC_CURRENT_ENV resolve to; default 'local' */
  envId?: string;
  /** false: no SQL prefilter, every query is scan + mingo (the reference the conformance suite compares with) */
  pushdown?: boolean;
  /** transactions not ended within this many ms are dropped, like the service's 30 s */
  txTimeoutMs?: number;
}

export interface Emulator {
  store: Store;
  outbox: {
    list(filter?: { api?: string }): OutboxItem[];
    clear(): void;
    respond(api: string, fn: OpenApiResponder): void;
    /** back to the default answers (every check passes, every send succeeds) */
    resetResponders(): void;
  };
  storage: {
    put(buf: Buffer, opts: { ext: string }): string;
    /** bytes at a path that holds nothing yet (an upload slot's); answers the fileID */
    create(cloudPath: string, buf: Buffer): string;
    pathOf(fileID: string): string | null;
    urlOf(fileID: string): string;
  };
  stats: Stats;
  /** the executor that answers the SDK (tests of the emulator itself) */
  executor: Executor;
  envId: string;
  /** runs fn with getWXContext() answering ctx (OPENID, APPID, UNIONID, ENV, SOURCE) */
  runAs<T>(ctx: WxContextInput, fn: () => T): T;
  /** main(event, context) inside runAs with a fresh request id, like CloudBase invokes a function */
  invoke(main: FunctionMain, event: unknown, ctx?: WxContextInput, opts?: { functionName?: string }): Promise<unknown>;
  wxContext(): Partial<WxContext>;
  close(): void;
}

/**
 * node-sdk reads the environment and credentials from process.env when the function says
 * `cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })`. Nothing is ever sent, but the values must exist
 * for init/database() to get that far; fake credentials are only set when none are present.
 */
function prepareProcessEnv(envId: string): void {
  process.env.TCB_ENV = envId;
  process.env.SCF_NAMESPACE = envId;
  process.env.TENCENTCLOUD_SECRETID ??= 'local-emulator-secret-id';
  process.env.TENCENTCLOUD_SECRETKEY ??= 'local-emulator-secret-key';
  // the SDK prints a slow-request warning for database calls taking > 3 s unless silenced
  process.env.SILENCE ??= 'true';
}

export function installEmulator(opts: EmulatorOptions): Emulator {
  const previous = currentBackend();
  if (previous) previous.executor.store.close();

  const envId = opts.envId ?? 'local';
  prepareProcessEnv(envId);
  setDefaultEnv(envId);
  if (opts.dbFile !== ':memory:') mkdirSync(dirname(resolve(opts.dbFile)), { recursive: true });

  const store = new Store(opts.dbFile, { indexes: opts.indexes, pushdown: opts.pushdown });
  const executor = new Executor(store, { txTimeoutMs: opts.txTimeoutMs });
  const outbox = new Outbox(store.db);
  const storage = new LocalStorage(opts.storageDir);
  const stats = new Stats();
  const backend: Backend = { executor, stats, outbox, storage };

  installSeam();
  setBackend(backend);

  let closed = false;
  return {
    store,
    outbox: {
      list: (filter) => outbox.list(filter),
      clear: () => outbox.clear(),
      respond: (api, fn) => outbox.respond(api, fn),
      resetResponders: () => outbox.resetResponders(),
    },
    storage: {
      put: (buf, o) => storage.put(buf, o),
      create: (cloudPath, buf) => storage.create(cloudPath, buf),
      pathOf: (fileID) => storage.pathOf(fileID),
      urlOf: (fileID) => storage.urlOf(fileID),
    },
    stats,
    executor,
    envId,
    runAs: (ctx, fn) => runAsContext({ ENV: envId, ...ctx }, fn),
    invoke: (main, event, ctx = {}, o = {}) => invokeFunction(main, event, { ENV: envId, ...ctx }, o),
    wxContext: () => currentWxContext(),
    close() {
      if (closed) return;
      closed = true;
      if (currentBackend() === backend) setBackend(null);
      store.close();
    },
  };
}
