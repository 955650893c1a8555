/** Masking of personal information wherever it is shown to someone who does not handle the case. */

/**
 * 注销账号 (issue 16): a deleted account's tickets keep the record but not the person; their
 * reporterId becomes this, which no openid can be, and handlers see the reporter as 已注销用户.
 */
export const DELETED_REPORTER_ID = '__deleted__';
export const DELETED_USER_LABEL = '已注销用户';

/**
 * A phone number typed into a note (a handler's progress note, a proxy filing's description) is
 * masked before it is stored: the ticket's reporterPhone is the one place a phone lives, shown only
 * to the case's handlers, and removed with the account.
 */
export const maskPhonesInText = (text: string): string =>
  text.replace(
    /(?<!\d)(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)/g,
    (_m, a: string, _b: string, c: string) => `${a}****${c}`,
  );

export const maskPhone = (phone: string): string =>
  phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';

export const maskName = (name: string): string => {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
};

/**
 * What a log line may say: an allow-list of named fields, each checked for its own shape, so nothing
 * a user typed or is (notes, reasons, names, phones, points, openids, codes, file ids) can reach a
 * log, wherever it hides: a deny-list of key names let a phone written in a note through.
 *
 * An error is logged by its name, its code and its stack's frames, never its message: an unexpected
 * error's message is whatever the failing layer put there, and drivers echo the document or query
 * they were given (a database write failing says which ticket description it was writing).
 */
export interface LogLine {
  level: 'info' | 'warn' | 'error';
  /** "tickets.file", "sweeper", "notify": the function and action, or the module */
  where: string;
  /** the platform's invocation id (also sent to the client with COMMON.INTERNAL) */
  requestId?: string;
  error?: unknown;
  /** what a run did: counts and flags only */
  counts?: Record<string, number | boolean>;
  /** ids of things, never of people: a role name, an org node, a message template */
  role?: string;
  orgId?: string;
  template?: string;
  /** a platform error code (openapi errCode) */
  errCode?: number;
}

const WORD = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const KEY = /^[A-Za-z][A-Za-z0-9]{0,39}$/;
/** a frame's location, `(file:line:col)` or bare: paths and identifiers come from the code, not input */
const FRAME = /^at (?:async |new )?(?:[A-Za-z_$<][\w$.<>[\] ]{0,120} )?\(?(?:\/|node:|file:)[^\s()]{1,300}:\d+:\d+\)?$/;

const word = (v: unknown): string | undefined => (typeof v === 'string' && WORD.test(v) ? v : undefined);

/** An error as a log may show it: name, code, frames. */
export function safeError(err: unknown): { name: string; code?: string | number; frames: string[] } {
  if (!(err instanceof Error)) return { name: typeof err, frames: [] };
  const e = err as Error & { code?: unknown; errCode?: unknown };
  const code = typeof e.errCode === 'number' ? e.errCode : typeof e.code === 'number' ? e.code : word(e.code);
  const frames = (e.stack ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => FRAME.test(l))
    .slice(0, 20);
  return { name: word(e.name) ?? 'Error', ...(code !== undefined ? { code } : {}), frames };
}

function safeCounts(counts: Record<string, unknown>): Record<string, number | boolean> {
  const out: Record<string, number | boolean> = {};
  for (const [k, v] of Object.entries(counts)) {
    if (KEY.test(k) && (typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))) out[k] = v;
  }
  return out;
}

/** The one JSON line a log gets: only the allow-listed fields, each only in its own shape. */
export function logLine(l: LogLine): string {
  const out: Record<string, unknown> = { level: l.level, where: word(l.where) ?? '?' };
  const requestId = typeof l.requestId === 'string' && /^[\w-]{1,64}$/.test(l.requestId) ? l.requestId : undefined;
  if (requestId) out.requestId = requestId;
  if (l.error !== undefined) out.error = safeError(l.error);
  if (l.counts) out.counts = safeCounts(l.counts);
  for (const k of ['role', 'orgId', 'template'] as const) if (word(l[k])) out[k] = l[k];
  if (typeof l.errCode === 'number' && Number.isFinite(l.errCode)) out.errCode = l.errCode;
  return JSON.stringify(out);
}
