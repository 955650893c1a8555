/**
 * The seam between the real SDK and the emulator. Nothing above it is replaced: cloud functions use
 * the genuine wx-server-sdk, whose query builder, serializer, result parsing, error mapping and
 * transaction retry loop all run as in production.
 *
 * 1. Database: @cloudbase/database creates `new Db.reqClass(config)` for every request and calls
 *    `send(action, params)`. node-sdk assigns `Db.reqClass = TcbDBApiHttpRequester` on every
 *    `database()` call, so the property is redefined as an accessor whose setter ignores that
 *    assignment and whose getter always answers LocalRequester.
 * 2. The wx-server-sdk module object (what `import cloud = require('wx-server-sdk')` gives every
 *    function) gets local `getWXContext`, `openapi`, `uploadFile`, `getTempFileURL`, `downloadFile`,
 *    `deleteFile`, and a `callFunction` that fails fast instead of trying the network.
 *
 * The patches are installed once per module registry and stay; they dispatch to whichever emulator
 * is current, so installEmulator() can replace the emulator (tests do it per file) and a call after
 * close() fails loudly instead of reaching the network.
 */
import { currentInvocation, currentWxContext } from './context';
import { isFailure, type DbParams, type Executor } from './executor';
import type { Outbox } from './outbox';
import { loadDbClass, loadTcbErrorFactory, sdkPaths, type TcbErrorFactory } from './sdk';
import type { Stats } from './stats';
import type { FileContent, LocalStorage } from './storage';

export interface Backend {
  executor: Executor;
  stats: Stats;
  outbox: Outbox;
  storage: LocalStorage;
}

let backend: Backend | null = null;
let makeError: TcbErrorFactory | null = null;
let installedOn: object | null = null;

function active(): Backend {
  if (!backend) {
    throw (makeError ?? loadTcbErrorFactory())({
      code: 'SYS_ERR',
      message: 'the local CloudBase emulator is not running (installEmulator() was not called, or close() was)',
    });
  }
  return backend;
}

/** Stands in for node-sdk's TcbDBApiHttpRequester; same constructor and send signature. */
export class LocalRequester {
  constructor(readonly config: unknown) {}

  async send(action: string, params?: DbParams): Promise<Record<string, unknown>> {
    const b = active();
    // answer asynchronously like the network does, so concurrent callers interleave between requests
    await new Promise<void>((r) => setImmediate(r));
    b.stats.record(action);
    if (!action.startsWith('database.')) {
      // e.g. realtime watch() signs a websocket with auth.wsWebSign: not available locally
      throw (makeError as TcbErrorFactory)({
        code: 'INVALID_ACTION',
        message: `${action} is not supported by the local emulator`,
      });
    }
    const res = b.executor.handle(action, params ?? {});
    // node-sdk's requester throws a TcbError for any answer with a code (tcbapirequester.ts request())
    if (isFailure(res))
      throw (makeError as TcbErrorFactory)({ code: res.code, message: res.message, requestId: res.requestId });
    return res;
  }
}

type AnyFn = (...args: never[]) => unknown;

function openApiProxy(path: string[], options: { appid?: string }): unknown {
  const target = function openapi() {};
  return new Proxy(target, {
    get(_t, prop) {
      if (typeof prop === 'symbol' || prop === 'then') return undefined;
      if (prop === 'toJSON') return () => ({});
      return openApiProxy([...path, prop], options);
    },
    apply(_t, _this, args: unknown[]) {
      if (path.length === 0) {
        // cloud.openapi({ appid }) selects the appid for the calls that follow
        const opts = (args[0] ?? {}) as { appid?: string };
        return openApiProxy([], { ...options, ...opts });
      }
      const b = active();
      const api = path.join('.');
      b.stats.count(`openapi.${api}`);
      const inv = currentInvocation();
      return b.outbox.call(api, args[0], {
        openid: inv?.wx.OPENID ?? '',
        appid: options.appid ?? inv?.wx.APPID ?? '',
        requestId: inv?.requestId ?? null,
      });
    },
  });
}

function storageCall<A, R>(name: string, fn: (s: LocalStorage, arg: A) => Promise<R>): (arg: A) => Promise<R> {
  return async (arg: A) => {
    const b = active();
    b.stats.count(`storage.${name}`);
    return fn(b.storage, arg);
  };
}

/** Patches the SDK once per module registry (idempotent). */
export function installSeam(): void {
  const Db = loadDbClass();
  makeError = loadTcbErrorFactory();
  const cloud = require(sdkPaths().wxServerSdk) as Record<string, unknown>;
  if (installedOn === cloud && Object.getOwnPropertyDescriptor(Db, 'reqClass')?.get) return;

  Object.defineProperty(Db, 'reqClass', {
    configurable: true,
    enumerable: true,
    get: () => LocalRequester,
    set() {
      // node-sdk's newDb() assigns its HTTP requester on every database() call: ignored on purpose
    },
  });

  const patches: Record<string, unknown> = {
    getWXContext: () => currentWxContext(),
    openapi: openApiProxy([], {}),
    uploadFile: storageCall('uploadFile', (s, a: { cloudPath: string; fileContent: FileContent }) => s.uploadFile(a)),
    getTempFileURL: storageCall(
      'getTempFileURL',
      (s, a: { fileList: Array<string | { fileID: string; maxAge?: number }> }) => s.getTempFileURL(a),
    ),
    downloadFile: storageCall('downloadFile', (s, a: { fileID: string }) => s.downloadFile(a)),
    deleteFile: storageCall('deleteFile', (s, a: { fileList: string[] }) => s.deleteFile(a)),
    callFunction: async (arg: { name?: string }) => {
      active().stats.count('functions.callFunction');
      throw Object.assign(
        new Error(`callFunction:fail calling ${arg?.name ?? 'a function'} from a function is not emulated locally`),
        {
          errCode: -504001,
          errMsg: 'callFunction:fail not emulated locally',
        },
      );
    },
  };
  for (const [name, value] of Object.entries(patches)) {
    Object.defineProperty(cloud, name, { configurable: true, enumerable: true, writable: true, value: value as AnyFn });
  }
  installedOn = cloud;
}

export function setBackend(next: Backend | null): void {
  backend = next;
}

export function currentBackend(): Backend | null {
  return backend;
}
