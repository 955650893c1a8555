/**
 * Timer triggers, read from each function's deploy `config.json`
 * (`"triggers": [{ "name", "type": "timer", "config": "<7-field cron>" }]`), fired with the event
 * CloudBase sends (`{ Type: 'Timer', TriggerName, Time, Message }`) inside a system wxContext (no
 * OPENID, SOURCE 'wx_trigger').
 *
 * runDue(now) fires every trigger that has a fire time in (lastRun, now] once, with the latest such
 * time: a laptop waking from sleep runs a five-minute sweeper once, not a dozen times. A trigger whose
 * previous run has not finished is skipped for that tick rather than run twice concurrently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYSTEM_SOURCE, invokeFunction, type FunctionMain, type WxContextInput } from './context';
import { CHINA_OFFSET_MINUTES, nextFire, parseCron, type CronSpec } from './cron';

export interface TimerFunction {
  name: string;
  /** folder holding the function's config.json */
  dir: string;
  main: FunctionMain;
}

export interface SchedulerOptions {
  functions: TimerFunction[];
  now?: () => Date;
  /** minutes east of UTC the cron is evaluated in; default UTC+8 */
  tzOffsetMinutes?: number;
  /** how a trigger runs its function; default: the emulator's invocation with a system context */
  invoke?: (
    main: FunctionMain,
    event: TimerEvent,
    ctx: WxContextInput,
    opts: { functionName: string },
  ) => Promise<unknown>;
  log?: (line: string) => void;
}

export interface TimerEvent {
  Type: 'Timer';
  TriggerName: string;
  /** ISO time of the scheduled fire, second precision, e.g. 2026-01-01T02:00:00Z */
  Time: string;
  Message: string;
}

export interface Trigger {
  functionName: string;
  name: string;
  cron: string;
  spec: CronSpec;
  main: FunctionMain;
}

export interface FiredTrigger {
  functionName: string;
  trigger: string;
  time: Date;
  ok: boolean;
  result?: unknown;
  error?: unknown;
}

export interface Scheduler {
  readonly triggers: readonly Trigger[];
  start(): void;
  stop(): void;
  runDue(now: Date): Promise<FiredTrigger[]>;
  /** the next fire time of every trigger after the last run */
  upcoming(): Array<{ functionName: string; trigger: string; at: Date | null }>;
}

interface TriggerConfig {
  name?: unknown;
  type?: unknown;
  config?: unknown;
}

export function readTriggers(fn: TimerFunction): Trigger[] {
  const file = join(fn.dir, 'config.json');
  if (!existsSync(file)) return [];
  let config: { triggers?: TriggerConfig[] };
  try {
    config = JSON.parse(readFileSync(file, 'utf8')) as { triggers?: TriggerConfig[] };
  } catch (e) {
    throw new Error(`${file}: not valid JSON (config.json allows no comments): ${(e as Error).message}`);
  }
  return (config.triggers ?? [])
    .filter((t) => t.type === 'timer')
    .map((t) => {
      if (typeof t.name !== 'string' || typeof t.config !== 'string') {
        throw new Error(`${file}: a timer trigger needs a string "name" and "config"`);
      }
      return { functionName: fn.name, name: t.name, cron: t.config, spec: parseCron(t.config), main: fn.main };
    });
}

const isoSeconds = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

const MAX_SLEEP_MS = 60_000;

export function createScheduler(opts: SchedulerOptions): Scheduler {
  const now = opts.now ?? (() => new Date());
  const tz = opts.tzOffsetMinutes ?? CHINA_OFFSET_MINUTES;
  const log = opts.log ?? ((line: string) => console.log(line));
  const invoke = opts.invoke ?? ((main, event, ctx, o) => invokeFunction(main, event, ctx, o));
  const triggers = opts.functions.flatMap(readTriggers);
  for (const t of triggers) for (const w of t.spec.warnings) log(`[scheduler] ${t.functionName}/${t.name}: ${w}`);

  let lastRun = now();
  const running = new Set<Trigger>();
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;

  /** The latest fire time in (after, until], or null. */
  function latestFire(spec: CronSpec, after: Date, until: Date): Date | null {
    let found: Date | null = null;
    let cursor = after;
    for (let i = 0; i < 10_000; i++) {
      const next = nextFire(spec, cursor, tz);
      if (!next || next.getTime() > until.getTime()) break;
      found = next;
      cursor = next;
    }
    return found;
  }

  async function fire(t: Trigger, time: Date): Promise<FiredTrigger> {
    const event: TimerEvent = { Type: 'Timer', TriggerName: t.name, Time: isoSeconds(time), Message: '' };
    running.add(t);
    try {
      const result = await invoke(
        t.main,
        event,
        { OPENID: '', SOURCE: SYSTEM_SOURCE },
        { functionName: t.functionName },
      );
      return { functionName: t.functionName, trigger: t.name, time, ok: true, result };
    } catch (error) {
      log(
        `[scheduler] ${t.functionName}/${t.name} at ${event.Time} failed: ${(error as Error)?.stack ?? String(error)}`,
      );
      return { functionName: t.functionName, trigger: t.name, time, ok: false, error };
    } finally {
      running.delete(t);
    }
  }

  async function runDue(at: Date): Promise<FiredTrigger[]> {
    const from = lastRun;
    if (at.getTime() <= from.getTime()) return [];
    lastRun = at;
    const jobs: Promise<FiredTrigger>[] = [];
    for (const t of triggers) {
      const time = latestFire(t.spec, from, at);
      if (!time) continue;
      if (running.has(t)) {
        log(`[scheduler] ${t.functionName}/${t.name}: previous run still going, skipping ${isoSeconds(time)}`);
        continue;
      }
      jobs.push(fire(t, time));
    }
    return Promise.all(jobs);
  }

  function upcoming() {
    return triggers.map((t) => ({ functionName: t.functionName, trigger: t.name, at: nextFire(t.spec, lastRun, tz) }));
  }

  function schedule(): void {
    if (stopped) return;
    const current = now().getTime();
    const next = upcoming()
      .map((u) => u.at?.getTime() ?? Infinity)
      .reduce((a, b) => Math.min(a, b), Infinity);
    const delay = Math.max(10, Math.min(MAX_SLEEP_MS, next - current));
    timer = setTimeout(() => {
      void runDue(now()).finally(schedule);
    }, delay);
    timer.unref();
  }

  return {
    triggers,
    start() {
      if (!stopped) return;
      stopped = false;
      lastRun = now();
      schedule();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
    runDue,
    upcoming,
  };
}
