/**
 * Every refusal names its field in Chinese. The walker reads each action's zod/mini schema through
 * `_zod.def`, makes wrong-typed, missing and out-of-range values for every field (nested objects,
 * array elements and union options too), parses them and collects every issue's message. zod's own
 * texts come from its locale, so the run installs a locale that answers a sentinel: any issue that
 * carries it had no message of ours. A second run under zhCN looks for zod's Chinese wording.
 */
import * as z from 'zod/mini';
import { zhCN } from 'zod/locales';
import { ACTION_SCHEMAS } from './actions';
import { badPayloads } from './test-support/bad-values';

const DEFAULT = '<<zod default message>>';

interface Refusal {
  action: string;
  path: string;
  message: string;
}

function refusals(): Refusal[] {
  const out: Refusal[] = [];
  for (const [fn, actions] of Object.entries(ACTION_SCHEMAS)) {
    for (const [action, schema] of Object.entries(actions as Record<string, z.ZodMiniType>)) {
      for (const value of badPayloads(schema)) {
        const res = schema.safeParse(value);
        if (res.success) continue;
        for (const issue of res.error.issues)
          out.push({ action: `${fn}.${action}`, path: issue.path.join('.') || '_', message: issue.message });
      }
    }
  }
  return out;
}

/** One line per action and field, so a failure says what to fix (not 600 copies of one). */
const distinct = (rs: Refusal[]) => [...new Set(rs.map((r) => `${r.action} ${r.path}: ${r.message}`))].sort();

afterEach(() => z.config(zhCN()));

describe('every schema field answers in Chinese', () => {
  it('the walker reaches every action and makes many refusals', () => {
    z.config({ localeError: () => DEFAULT });
    const rs = refusals();
    const actions = new Set(rs.map((r) => r.action));
    const total = Object.values(ACTION_SCHEMAS).reduce((n: number, a: object) => n + Object.keys(a).length, 0);
    // Empty, for actions without a payload, refuses nothing but a non-object
    expect(actions.size).toBe(total);
    expect(rs.length).toBeGreaterThan(2000);
  });

  it('no refusal carries zod’s default message', () => {
    z.config({ localeError: () => DEFAULT });
    const bad = refusals().filter((r) => r.message === DEFAULT);
    expect({ count: bad.length, fields: distinct(bad) }).toEqual({ count: 0, fields: [] });
  });

  it('under zod’s Chinese locale no message reads 无效输入 / 期望 / Invalid', () => {
    z.config(zhCN());
    const bad = refusals().filter((r) => /无效输入|期望|Invalid|expected/i.test(r.message));
    expect(distinct(bad)).toEqual([]);
  });

  it('every message is Chinese', () => {
    z.config(zhCN());
    const bad = refusals().filter((r) => !/[\u4e00-\u9fa5]/.test(r.message));
    expect(distinct(bad)).toEqual([]);
  });
});
