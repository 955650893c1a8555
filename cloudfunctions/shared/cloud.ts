/**
 * The one place that touches wx-server-sdk. `import cloud = require(...)` (not `import *`) keeps the
 * live module object, so `cloud.logger` (added by init) and the emulator's patches are seen.
 *
 * The SDK's own typings return `string | void | Result` from every call (callback overloads), so the
 * subset we use is typed here once, and data access goes through these types only.
 */
import cloud = require('wx-server-sdk');

let initialised = false;

export function getCloud(): typeof cloud {
  if (!initialised) {
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
    initialised = true;
  }
  return cloud;
}

type Doc = Record<string, unknown>;
type Where = Doc | object;

export interface Query {
  where(cond: Where): Query;
  orderBy(field: string, dir: 'asc' | 'desc'): Query;
  skip(n: number): Query;
  limit(n: number): Query;
  field(projection: Record<string, boolean>): Query;
  get(): Promise<{ data: Doc[] }>;
  count(): Promise<{ total: number }>;
  /** every matching document (server side: no 20-document limit) */
  update(opts: { data: Doc }): Promise<{ stats: { updated: number } }>;
}
/** wx-server-sdk's write calls take `{ data }` (the mini-program API shape) and throw on failure. */
export interface DocRef {
  get(): Promise<{ data: Doc | null }>;
  set(opts: { data: Doc }): Promise<{ stats: { updated: number; created: number } }>;
  update(opts: { data: Doc }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}
export interface Collection extends Query {
  doc(id: string): DocRef;
  add(opts: { data: Doc }): Promise<{ _id: string }>;
}
export interface Transaction {
  collection(name: string): Collection;
  rollback(reason?: unknown): Promise<void>;
}
/** Query and update operators (`db.command`); typed loosely, the emulator's conformance suite pins them. */
export type Command = Record<string, (...args: never[]) => object> & {
  in(values: unknown[]): object;
  nin(values: unknown[]): object;
  lt(v: unknown): object;
  lte(v: unknown): object;
  gt(v: unknown): object;
  gte(v: unknown): object;
  neq(v: unknown): object;
  exists(v: boolean): object;
  and(conds: Where[]): object;
  or(conds: Where[]): object;
  inc(n: number): object;
  push(v: unknown): object;
  /** replaces a field whole (an object value would otherwise be merged field by field) */
  set(v: unknown): object;
  remove(): object;
};
export interface Database {
  collection(name: string): Collection;
  command: Command;
  runTransaction<T>(fn: (tx: Transaction) => Promise<T>, times?: number): Promise<T>;
  serverDate(opts?: { offset?: number }): object;
}

/** A fresh handle per call: the SDK binds its request class when `database()` is called. */
export const db = (): Database => getCloud().database() as unknown as Database;

/** wx-server-sdk throws its errors with the service's code in the message. */
const codeOf = (e: unknown): string =>
  e && typeof e === 'object'
    ? `${(e as { code?: unknown }).code ?? ''} ${(e as { message?: unknown }).message ?? ''}`
    : '';

/**
 * The openapi calls we use (cloud call 云调用: arguments and answers in camelCase). The emulator
 * routes them to its outbox; the function's config.json must list each in `permissions.openapi`.
 */
export interface OpenApi {
  subscribeMessage: {
    send(args: {
      touser: string;
      templateId: string;
      page?: string;
      data: Record<string, { value: string }>;
      miniprogramState?: 'developer' | 'trial' | 'formal';
      lang?: 'zh_CN';
    }): Promise<{ errCode: number; errMsg: string }>;
  };
  security: {
    msgSecCheck(args: {
      openid: string;
      scene: 1 | 2 | 3 | 4;
      version: 2;
      content: string;
      title?: string;
    }): Promise<{ result?: { suggest?: string; label?: number }; traceId?: string }>;
    mediaCheckAsync(args: {
      openid: string;
      scene: 1 | 2 | 3 | 4;
      version: 2;
      mediaUrl: string;
      mediaType: 1 | 2;
    }): Promise<{ traceId?: string }>;
  };
  wxacode: {
    getUnlimited(args: {
      scene: string;
      page?: string;
      checkPath?: boolean;
      envVersion?: 'release' | 'trial' | 'develop';
      width?: number;
    }): Promise<{ buffer: Buffer | Uint8Array; contentType: string }>;
  };
}

export const openapi = (): OpenApi => getCloud().openapi as unknown as OpenApi;

/** The `errCode` of a failed `cloud.openapi.*` call (wx-server-sdk attaches it to the error). */
export const openApiErrCode = (e: unknown): number | undefined => {
  const code = e && typeof e === 'object' ? (e as { errCode?: unknown }).errCode : undefined;
  return typeof code === 'number' ? code : undefined;
};

export const isDuplicate = (e: unknown): boolean => /DUPLICATE|E11000/i.test(codeOf(e));
/** A transaction that lost a race to another writer (what runTransaction gives up with after its retries). */
export const isConflict = (e: unknown): boolean => /TRANSACTION_CONFLICT/i.test(codeOf(e));
