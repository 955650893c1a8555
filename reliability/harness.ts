/**
 * The reliability suite's one harness: every deployed function's `main` run in-process on a fresh
 * emulator database holding the demo seed (cloudfunctions/test-support/cloud.ts), the envelope every
 * answer must be, a cheap exact check that a call wrote nothing, and the figures each test file
 * records for the closing figures line (reliability/run.ts prints them).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_SCHEMAS, ERROR_CODES, type RoleGrant, type User } from '@lx/types';
import { setupCloud } from '@cloud/test-support/cloud';
import { main as admin } from '@cloud/admin/index';
import { main as notices } from '@cloud/notices/index';
import { main as org } from '@cloud/org/index';
import { main as party } from '@cloud/party/index';
import { main as partyCards } from '@cloud/partyCards/index';
import { main as pusher } from '@cloud/pusher/index';
import { main as stats } from '@cloud/stats/index';
import { main as sweeper } from '@cloud/sweeper/index';
import { main as visitReminder } from '@cloud/visitReminder/index';
import { main as visits } from '@cloud/visits/index';
import { main as tickets } from '@cloud/tickets/index';

export type Main = (event: unknown, context?: { request_id?: string }) => Promise<unknown>;
export const MAINS = {
  admin,
  org,
  tickets,
  notices,
  stats,
  visits,
  party,
  partyCards,
  pusher,
  sweeper,
  visitReminder,
} as const satisfies Record<string, Main>;
export type FnKey = keyof typeof MAINS;

export type Cloud = ReturnType<typeof setupCloud>;
export type Answer = { ok: true; data: unknown } | { ok: false; code: string; message: string };

/** Where each test file leaves its figures for run.ts (one JSON file per test file). */
export const FIGURES_DIR = process.env.LX_FIGURES_DIR ?? join(__dirname, '..', 'dist', 'reliability-figures');

export const FIGURE_NAMES = {
  matrix: 'actions × roles checked',
  fuzzCases: 'fuzz cases',
  fuzzPastValidation: 'fuzz cases past validation (reached the permissions and the handler)',
  crashes: 'crashes',
  internal: 'INTERNAL answers',
  partialWrites: 'partial writes',
  lostAfterKill: 'acknowledged writes lost after kill -9',
  duplicates: 'duplicates on retry',
  leaks: 'leaks found',
} as const;
export type Figure = keyof typeof FIGURE_NAMES;
/** Figures that must be zero (run.ts asserts them; each test asserts its own too). */
export const MUST_BE_ZERO: readonly Figure[] = [
  'crashes',
  'internal',
  'partialWrites',
  'lostAfterKill',
  'duplicates',
  'leaks',
];

export function figures(file: string) {
  const counts: Partial<Record<Figure, number>> = {};
  return {
    add(f: Figure, n = 1) {
      counts[f] = (counts[f] ?? 0) + n;
    },
    get: (f: Figure) => counts[f] ?? 0,
    /** afterAll: written even when a test failed, so the figures line tells what was found */
    save() {
      mkdirSync(FIGURES_DIR, { recursive: true });
      writeFileSync(join(FIGURES_DIR, `${file}.json`), JSON.stringify(counts));
    },
  };
}

const CODES = new Set<string>(ERROR_CODES);
/** Why an answer is not the envelope `{ ok: true, data } | { ok: false, code, message }`, or null. */
export function envelopeFault(r: unknown): string | null {
  if (!r || typeof r !== 'object') return `not an object: ${String(r)}`;
  const a = r as Record<string, unknown>;
  if (a.ok === true) return 'data' in a ? null : 'ok without data';
  if (a.ok !== false) return `ok is ${String(a.ok)}`;
  if (typeof a.code !== 'string' || !CODES.has(a.code)) return `unknown code ${String(a.code)}`;
  if (typeof a.message !== 'string' || a.message.length === 0) return 'no message';
  return null;
}

/** SQLite's count of rows written on this connection: unchanged means nothing was written at all. */
const changes = (cloud: Cloud): number => cloud.emu.store.db.prepare('SELECT total_changes()').pluck().get() as number;

/** Every collection the store holds (declared or not), each as its documents' text. */
export function fullSnapshot(cloud: Cloud): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of cloud.emu.store.collections()) out[c] = JSON.stringify(cloud.emu.store.all(c));
  return out;
}

/**
 * Proves a refused call wrote nothing: the connection's change counter is the fast path; when it
 * moved (the openapi outbox records a content check, a limit counts an attempt) the collections
 * are compared with a full snapshot. `allowed` collections may change on a refusal: the rate-limit
 * counters, which must count refused attempts (5 wrong invitation codes lock redemption).
 */
export function writeGuard(cloud: Cloud, allowed: readonly string[] = RATE_LIMIT_COLLECTIONS) {
  let base = fullSnapshot(cloud);
  let mark = changes(cloud);
  return {
    /**
     * after a call: the collections it changed (outside `allowed`), and re-bases on the new state.
     * `registering`: the caller had no user document; a first visit registers them (org.me's rule, for
     * every identified action), so their own new document is not a write of the refused call.
     */
    check(registering?: string): string[] {
      const now = changes(cloud);
      if (now === mark) return [];
      const next = fullSnapshot(cloud);
      const seen =
        registering && next.users !== base.users ? { ...next, users: withoutUser(next.users, registering) } : next;
      const changed = Object.keys({ ...base, ...seen }).filter((c) => base[c] !== seen[c] && !allowed.includes(c));
      base = next;
      mark = changes(cloud);
      return changed;
    },
    /** an accepted call may write: take its state as the new base */
    rebase() {
      if (changes(cloud) === mark) return;
      base = fullSnapshot(cloud);
      mark = changes(cloud);
    },
  };
}

const withoutUser = (text: string, id: string): string =>
  JSON.stringify((JSON.parse(text) as { _id: string }[]).filter((u) => u._id !== id));

/** Collections that count attempts (R2's rate limits), allowed to change on a refusal. */
export const RATE_LIMIT_COLLECTIONS = ['rate_limits', 'rate_counters', 'limits'];

/** A cloud with every function, and calls by function name as the user `openid` ('' = nobody). */
export function reliabilityCloud(opts: { tickets?: number } = {}) {
  const cloud = setupCloud(opts);
  async function call(fn: FnKey, action: string | undefined, payload: unknown, openid: string): Promise<unknown> {
    const event = action === undefined ? payload : { action, payload };
    return cloud.emu.invoke(MAINS[fn], event, { OPENID: openid });
  }
  const user = (id: string) => cloud.emu.store.get('users', id) as unknown as User | null;
  const grantsOf = (id: string): RoleGrant[] => user(id)?.roles ?? [];
  return { cloud, call, user, grantsOf };
}

/** A client request id: one per intention, reused on retry (types/requests.ts). */
export const requestId = (): string => `r5-${randomBytes(8).toString('hex')}`;

/** The payload with a fresh requestId when the action's schema takes one (every creating action). */
export function withRequestId(fn: string, action: string, payload: Record<string, unknown>): Record<string, unknown> {
  const schema = (ACTION_SCHEMAS as unknown as Record<string, Record<string, { _zod: { def: { shape?: object } } }>>)[
    fn
  ]?.[action];
  const takes = !!schema?._zod.def.shape && 'requestId' in schema._zod.def.shape;
  return takes && payload.requestId === undefined ? { ...payload, requestId: requestId() } : payload;
}
