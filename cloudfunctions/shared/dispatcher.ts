/**
 * A function's entry: `{ action, payload }` → parse with the action's zod schema → enforce who may
 * call it (the action's declaration in the permissions table) → run the action with what that read →
 * `{ ok: true, data } | { ok: false, code, message }`. Nothing throws past this point: domain failures
 * become their code, bad payloads a Chinese validation message, anything unexpected `COMMON.INTERNAL`
 * with a request id that is also in the log.
 */
import * as z from 'zod/mini';
import { zhCN } from 'zod/locales';
import {
  ACTION_ACCESS,
  ACTION_SCHEMAS,
  DomainError,
  fail,
  ok,
  type ActionName,
  type ActionTarget,
  type FnName,
  type Payload,
  type Result,
  type ResultOf,
} from '@lx/types';
import { loadCaller, type Caller } from './caller';
import { enforce, type AnyAccess, type Granted } from './permissions';
import { getCloud } from './cloud';
import type { ActionContext } from './context';
import { logError } from './log';
import { guardFor, type Guard } from './guard';
import { NO_WRITE } from './repo/tx';

z.config(zhCN());

/** What a handler of `F.A` receives: the request, and what its declaration read and let through. */
export type ScopedContext<F extends FnName, A extends ActionName<F>> = ActionContext &
  Granted & { target: ActionTarget<F, A> };

export type Handler<F extends FnName, A extends ActionName<F>> = (
  payload: Payload<F, A>,
  ctx: ScopedContext<F, A>,
) => Promise<ResultOf<F, A>>;

export type Handlers<F extends FnName> = { [A in ActionName<F>]: Handler<F, A> };

export interface MainContext {
  request_id?: string;
  requestId?: string;
}

let seq = 0;
const newRequestId = () => `${Date.now().toString(36)}-${(++seq).toString(36)}`;

function validationFailure(error: z.core.$ZodError) {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fail('COMMON.VALIDATION', error.issues[0]?.message ?? undefined, { fields });
}

const own = <T>(obj: Record<string, T>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;

const REGISTERED = new Map<FnName, readonly string[]>();
/** The actions each function's entry was built with (what a test compares with the table). */
export const registeredActions = (): ReadonlyMap<FnName, readonly string[]> => REGISTERED;

/** The handler between its guards (shared/guard.ts): a retry's first answer, the limits, the records. */
async function guarded(guard: Guard, run: () => Promise<unknown>): Promise<unknown> {
  const first = await guard.replay();
  if (first) return first.result;
  await guard.check();
  let result: unknown;
  try {
    result = await run();
  } catch (err) {
    const won = await guard.failed(err);
    if (won) return won.result;
    throw err;
  }
  return guard.done(result);
}

export function createMain<F extends FnName>(fn: F, handlers: Handlers<F>) {
  const schemas = ACTION_SCHEMAS[fn] as Record<string, z.ZodMiniType>;
  // through unknown: once every function's table declares a `once`, no member of the union is comparable to AnyAccess's Guards<Record<string, unknown>>
  const access = ACTION_ACCESS[fn] as unknown as Record<string, AnyAccess>;
  const table = handlers as unknown as Record<string, (p: unknown, ctx: ActionContext & Granted) => Promise<unknown>>;
  REGISTERED.set(fn, Object.keys(handlers));
  /** an action's schema, declaration and handler; nothing runs undeclared (nobody said who may call it) */
  const find = (action: string) => {
    const [schema, rule, handler] = [own(schemas, action), own(access, action), own(table, action)];
    return schema && rule && handler ? { schema, rule, handler } : null;
  };

  return async function main(event: unknown, context?: MainContext): Promise<Result<unknown>> {
    const requestId = context?.request_id ?? context?.requestId ?? newRequestId();
    if (!event || typeof event !== 'object' || typeof (event as { action?: unknown }).action !== 'string') {
      return fail('COMMON.BAD_REQUEST');
    }
    const { action, payload } = event as { action: string; payload?: unknown };
    const found = find(action);
    if (!found) return fail('COMMON.UNKNOWN_ACTION');
    const { schema, rule, handler } = found;

    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) return validationFailure(parsed.error);

    const openid = getCloud().getWXContext().OPENID ?? '';
    let caller: Promise<Caller> | undefined;
    const ctx: ActionContext = {
      openid,
      requestId,
      now: Date.now(),
      caller: () => (caller ??= loadCaller(openid)),
      record: () => NO_WRITE,
    };
    try {
      const p = parsed.data as Record<string, unknown>;
      const granted = await enforce(rule, action, p, ctx);
      const guard = guardFor(rule, { ...ctx, action: `${fn}.${action}`, payload: p, target: granted.target });
      return ok(await guarded(guard, () => handler(parsed.data, { ...ctx, ...granted, record: guard.record })));
    } catch (err) {
      if (err instanceof DomainError) return fail(err.code, err.message);
      logError(requestId, `${fn}.${action}`, err);
      return fail('COMMON.INTERNAL', undefined, { requestId });
    }
  };
}
