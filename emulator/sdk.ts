/**
 * Where the real SDK's pieces live. wx-server-sdk is a webpack bundle that requires
 * `@cloudbase/node-sdk` at run time, and node-sdk requires `@cloudbase/database`; npm may nest any of
 * them, so each is resolved from the directory of the package that actually loads it. Patching a
 * different copy of `Db` than the one node-sdk uses would silently send requests to the network.
 *
 * Plain `require` (not import) on purpose: the modules are resolved by path at run time, and under
 * jest `require` goes through the test file's own module registry, so the copy patched here is the
 * copy the test's `require('wx-server-sdk')` uses.
 */
import { dirname, join } from 'node:path';

export interface SdkPaths {
  wxServerSdk: string;
  nodeSdkDir: string;
  database: string;
  databaseDir: string;
  bson: string;
}

let cached: SdkPaths | null = null;

export function sdkPaths(): SdkPaths {
  if (cached) return cached;
  const wxServerSdk = require.resolve('wx-server-sdk');
  const nodeSdkDir = dirname(require.resolve('@cloudbase/node-sdk/package.json', { paths: [dirname(wxServerSdk)] }));
  const database = require.resolve('@cloudbase/database', { paths: [nodeSdkDir] });
  const databaseDir = dirname(require.resolve('@cloudbase/database/package.json', { paths: [nodeSdkDir] }));
  const bson = require.resolve('bson', { paths: [databaseDir] });
  cached = { wxServerSdk, nodeSdkDir, database, databaseDir, bson };
  return cached;
}

/** The subset of bson 4's EJSON the emulator uses; the SDK serializes with this very module. */
export interface EjsonApi {
  parse(text: string, options?: { relaxed?: boolean }): unknown;
  stringify(value: unknown, options?: { relaxed?: boolean }): string;
}

export interface BsonRegExpLike {
  _bsontype: 'BSONRegExp';
  pattern: string;
  options: string;
}

export function loadEjson(): EjsonApi {
  return (require(sdkPaths().bson) as { EJSON: EjsonApi }).EJSON;
}

/** The `Db` class whose static `reqClass` node-sdk assigns before every `database()` call. */
export interface DbClass {
  reqClass: unknown;
}

export function loadDbClass(): DbClass {
  return (require(sdkPaths().database) as { Db: DbClass }).Db;
}

/**
 * node-sdk's own error constructor, so errors thrown by the seam are the same TcbError instances the
 * HTTP requester throws in production (wx-server-sdk and runTransaction inspect `.code`).
 */
export type TcbErrorFactory = (info: { code: string; message: string; requestId?: string }) => Error;

export function loadTcbErrorFactory(): TcbErrorFactory {
  try {
    const utils = require(join(sdkPaths().nodeSdkDir, 'dist', 'utils', 'utils.js')) as { E?: TcbErrorFactory };
    if (typeof utils.E === 'function') return utils.E;
  } catch {
    // fall through: a layout change in node-sdk should not break the emulator, only this nicety
  }
  return (info) => Object.assign(new Error(info.message), { code: info.code, requestId: info.requestId ?? '' });
}
