/**
 * Per-invocation identity. In production wx-server-sdk's getWXContext reads process.env, which the
 * platform fills for the one invocation a function instance is running. Locally many invocations
 * share a process, so the seam answers getWXContext from an AsyncLocalStorage instead: two concurrent
 * invocations each see their own OPENID, including across awaits and timers.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface WxContext {
  OPENID: string;
  APPID: string;
  UNIONID?: string;
  ENV: string;
  /** wx_client for calls from the mini-program, wx_trigger for timer triggers (local convention) */
  SOURCE: string;
  CLIENTIP?: string;
}

export type WxContextInput = Partial<WxContext>;

export interface Invocation {
  wx: WxContext;
  requestId: string;
  functionName?: string;
}

const als = new AsyncLocalStorage<Invocation>();

export const DEFAULT_APPID = 'wx0000000000local';
export const SYSTEM_SOURCE = 'wx_trigger';

let defaultEnv = 'local';

export function setDefaultEnv(env: string): void {
  defaultEnv = env;
}

export function getDefaultEnv(): string {
  return defaultEnv;
}

export function newRequestId(): string {
  return randomUUID();
}

export function toWxContext(input: WxContextInput = {}): WxContext {
  const wx: WxContext = {
    OPENID: input.OPENID ?? '',
    APPID: input.APPID ?? DEFAULT_APPID,
    ENV: input.ENV ?? defaultEnv,
    SOURCE: input.SOURCE ?? 'wx_client',
  };
  if (input.UNIONID !== undefined) wx.UNIONID = input.UNIONID;
  if (input.CLIENTIP !== undefined) wx.CLIENTIP = input.CLIENTIP;
  return wx;
}

export function currentInvocation(): Invocation | undefined {
  return als.getStore();
}

/** What cloud.getWXContext() answers: the invocation's identity, or only ENV outside one. */
export function currentWxContext(): Partial<WxContext> {
  const inv = als.getStore();
  return inv ? { ...inv.wx } : { ENV: defaultEnv };
}

export function runAs<T>(
  ctx: WxContextInput,
  fn: () => T,
  extra: { requestId?: string; functionName?: string } = {},
): T {
  return als.run(
    { wx: toWxContext(ctx), requestId: extra.requestId ?? newRequestId(), functionName: extra.functionName },
    fn,
  );
}

/**
 * Any function's `main`. The event and context shapes belong to the function, so the parameters are
 * `never`: every `(event: X, context?: Y) => …` is assignable, whatever X and Y it declares.
 */
export type FunctionMain = (event: never, context: never) => unknown;
type CallableMain = (event: unknown, context: unknown) => unknown;

/** The `context` argument SCF passes to `main` (the fields code is known to read). */
export interface FunctionContext {
  request_id: string;
  function_name: string;
  function_version: string;
  namespace: string;
  memory_limit_in_mb: number;
  time_limit_in_ms: number;
  callbackWaitsForEmptyEventLoop: boolean;
}

/**
 * Runs a function's `main` the way CloudBase does: a fresh request id, the caller's identity for
 * getWXContext, and for calls with an OPENID the `userInfo` the platform adds to the event.
 */
export async function invokeFunction(
  main: FunctionMain,
  event: unknown,
  ctx: WxContextInput = {},
  opts: { functionName?: string } = {},
): Promise<unknown> {
  const requestId = newRequestId();
  const wx = toWxContext(ctx);
  const evt =
    event && typeof event === 'object' && !Array.isArray(event) && wx.OPENID && wx.SOURCE !== SYSTEM_SOURCE
      ? { ...(event as Record<string, unknown>), userInfo: { appId: wx.APPID, openId: wx.OPENID } }
      : event;
  const context: FunctionContext = {
    request_id: requestId,
    function_name: opts.functionName ?? 'local',
    function_version: '$LATEST',
    namespace: wx.ENV,
    memory_limit_in_mb: 256,
    time_limit_in_ms: 3000,
    callbackWaitsForEmptyEventLoop: false,
  };
  return als.run({ wx, requestId, functionName: opts.functionName }, async () => (main as CallableMain)(evt, context));
}
