/** The visits function called through the real dispatcher, as its tests call it. */
import type { Result } from '@lx/types';
import { expectOk, type setupCloud } from './cloud';
import { main } from '../visits/index';

type Cloud = ReturnType<typeof setupCloud>;

export function visitsCaller(cloud: Cloud) {
  const call = (action: string, payload: Record<string, unknown>, who: string) =>
    cloud.call(main, 'visits', action as 'visit', payload, who) as Promise<Result<unknown>>;
  const ok = async <T>(action: string, payload: Record<string, unknown>, who: string) =>
    expectOk(await call(action, payload, who)) as T;
  /** the refusal's code, or 'ok' */
  const code = async (action: string, payload: Record<string, unknown>, who: string) => {
    const r = await call(action, payload, who);
    return r.ok ? 'ok' : r.code;
  };
  return { call, ok, code };
}
