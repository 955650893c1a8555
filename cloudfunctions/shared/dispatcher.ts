/**
 * A function's entry: `{ action, payload }` → parse with the action's zod schema → run the action →
 * `{ ok: true, data } | { ok: false, code, message }`. Nothing throws past this point: domain failures
 * become their code, bad payloads a Chinese validation message, anything unexpected `COMMON.INTERNAL`
 * with a request id that is also in the log.
 */
import * as z from 'zod/mini';
import { zhCN } from 'zod/locales';
import {
  ACTION_SCHEMAS,
  DomainError,
  fail,
  ok,
  type ActionName,
  type FnName,
  type Payload,
  type Result,
  type ResultOf,
} from '@lx/types';
import { loadCaller, type Caller } from './caller';
import { getCloud } from './cloud';
import type { ActionContext } from './context';
import { logError } from './log';

z.config(zhCN());

export type Handler<F extends FnName, A extends ActionName<F>> = (
  payload: Payload<F, A>,
  ctx: ActionContext,
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

export function createMain<F extends FnName>(fn: F, handlers: Handlers<F>) {
  const schemas = ACTION_SCHEMAS[fn] as Record<string, z.ZodMiniType>;
  const table = handlers as Record<string, Handler<F, ActionName<F>>>;

  return async function main(event: unknown, context?: MainContext): Promise<Result<unknown>> {
    const requestId = context?.request_id ?? context?.requestId ?? newRequestId();
    if (!event || typeof event !== 'object' || typeof (event as { action?: unknown }).action !== 'string') {
      return fail('COMMON.BAD_REQUEST');
    }
    const { action, payload } = event as { action: string; payload?: unknown };
    const schema = own(schemas, action);
    const handler = own(table, action);
    if (!schema || !handler) return fail('COMMON.UNKNOWN_ACTION');

    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) return validationFailure(parsed.error);

    const openid = getCloud().getWXContext().OPENID ?? '';
    let caller: Promise<Caller> | undefined;
    const ctx: ActionContext = { openid, requestId, now: Date.now(), caller: () => (caller ??= loadCaller(openid)) };
    try {
      return ok(await handler(parsed.data as Payload<F, ActionName<F>>, ctx));
    } catch (err) {
      if (err instanceof DomainError) return fail(err.code, err.message);
      logError(requestId, `${fn}.${action}`, err, payload);
      return fail('COMMON.INTERNAL', undefined, { requestId });
    }
  };
}
