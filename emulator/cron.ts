/**
 * The 7-field cron of CloudBase timer triggers: `second minute hour day month weekday year`.
 *
 * Each field takes `*`, numbers, `a-b`, `a,b`, `*` or `a` or `a-b` followed by `/n`; day and weekday
 * also take `?` (no restriction). Months take JAN…DEC, weekdays SUN…SAT. Numeric weekdays are
 * ambiguous in the documentation (WeChat's page says 0 = Monday, Tencent SCF's says 0 = Sunday); the
 * parser follows SCF, which runs the triggers, and reports a warning so configs use names instead.
 * When both day and weekday are restricted, a time matches if either does (classic cron).
 *
 * Triggers fire in China Standard Time (UTC+8, no daylight saving), the zone the platform evaluates
 * them in; the offset is a parameter so tests and other regions can pin it.
 */

import { CHINA_OFFSET_MINUTES } from '@lx/types';

export interface CronSpec {
  source: string;
  seconds: ReadonlySet<number>;
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  days: ReadonlySet<number>;
  months: ReadonlySet<number>;
  /** 0 = Sunday … 6 = Saturday */
  weekdays: ReadonlySet<number>;
  years: ReadonlySet<number>;
  dayRestricted: boolean;
  weekdayRestricted: boolean;
  warnings: string[];
}

// the platform's zone is China's fixed +08:00, the same offset types/time.ts turns instants with
export { CHINA_OFFSET_MINUTES };

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldDef {
  name: string;
  min: number;
  max: number;
  names?: string[];
  /** value of names[0] */
  nameBase?: number;
  question?: boolean;
}

const FIELDS: FieldDef[] = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31, question: true },
  { name: 'month', min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { name: 'weekday', min: 0, max: 7, names: WEEKDAYS, nameBase: 0, question: true },
  { name: 'year', min: 1970, max: 2099 },
];

export class CronError extends Error {}

function parseValue(token: string, def: FieldDef, expr: string, flags: { numeric: boolean }): number {
  const upper = token.toUpperCase();
  if (def.names) {
    const i = def.names.indexOf(upper);
    if (i >= 0) return i + (def.nameBase ?? 0);
  }
  if (!/^\d+$/.test(token)) throw new CronError(`cron "${expr}": invalid ${def.name} value "${token}"`);
  const n = Number(token);
  if (n < def.min || n > def.max)
    throw new CronError(`cron "${expr}": ${def.name} ${n} out of range ${def.min}-${def.max}`);
  flags.numeric = true;
  return n;
}

function parseField(
  text: string,
  def: FieldDef,
  expr: string,
): { values: Set<number>; restricted: boolean; numeric: boolean } {
  const flags = { numeric: false };
  if (text === '?' && def.question) return { values: range(def.min, def.max, 1), restricted: false, numeric: false };
  if (text === '*') return { values: range(def.min, def.max, 1), restricted: false, numeric: false };
  const values = new Set<number>();
  for (const part of text.split(',')) {
    if (!part) throw new CronError(`cron "${expr}": empty item in ${def.name} field`);
    const [base, stepText, extra] = part.split('/');
    if (extra !== undefined) throw new CronError(`cron "${expr}": invalid ${def.name} item "${part}"`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) === 0)
        throw new CronError(`cron "${expr}": invalid step in "${part}"`);
      step = Number(stepText);
    }
    let lo: number;
    let hi: number;
    if (base === '*') {
      lo = def.min;
      hi = def.max;
    } else if (base.includes('-')) {
      const [a, b] = base.split('-');
      lo = parseValue(a, def, expr, flags);
      hi = parseValue(b, def, expr, flags);
      if (hi < lo) throw new CronError(`cron "${expr}": ${def.name} range "${base}" runs backwards`);
    } else {
      lo = parseValue(base, def, expr, flags);
      hi = stepText !== undefined ? def.max : lo;
    }
    for (const v of range(lo, hi, step)) values.add(v);
  }
  return { values, restricted: true, numeric: flags.numeric };
}

function range(lo: number, hi: number, step: number): Set<number> {
  const s = new Set<number>();
  for (let v = lo; v <= hi; v += step) s.add(v);
  return s;
}

export function parseCron(expr: string): CronSpec {
  const parts = expr.trim().split(/\s+/);
  if (parts.length !== 7) {
    throw new CronError(
      `cron "${expr}": expected 7 fields (second minute hour day month weekday year), got ${parts.length}`,
    );
  }
  const parsed = parts.map((p, i) => parseField(p, FIELDS[i], expr));
  const weekdays = new Set(Array.from(parsed[5].values, (d) => (d === 7 ? 0 : d)));
  const warnings: string[] = [];
  if (parsed[5].numeric) {
    warnings.push(
      `cron "${expr}": numeric weekdays are read as 0 = Sunday (Tencent SCF); WeChat's docs say 0 = Monday — use MON…SUN`,
    );
  }
  return {
    source: expr,
    seconds: parsed[0].values,
    minutes: parsed[1].values,
    hours: parsed[2].values,
    days: parsed[3].values,
    months: parsed[4].values,
    weekdays,
    years: parsed[6].values,
    dayRestricted: parsed[3].restricted,
    weekdayRestricted: parsed[5].restricted,
    warnings,
  };
}

function dayMatches(spec: CronSpec, day: number, weekday: number): boolean {
  if (spec.dayRestricted && spec.weekdayRestricted) return spec.days.has(day) || spec.weekdays.has(weekday);
  if (spec.dayRestricted) return spec.days.has(day);
  if (spec.weekdayRestricted) return spec.weekdays.has(weekday);
  return true;
}

/** Whether the whole second containing `at` is a fire time. */
export function cronMatches(spec: CronSpec, at: Date, tzOffsetMinutes = CHINA_OFFSET_MINUTES): boolean {
  const d = new Date(Math.floor((at.getTime() + tzOffsetMinutes * 60_000) / 1000) * 1000);
  return (
    spec.years.has(d.getUTCFullYear()) &&
    spec.months.has(d.getUTCMonth() + 1) &&
    dayMatches(spec, d.getUTCDate(), d.getUTCDay()) &&
    spec.hours.has(d.getUTCHours()) &&
    spec.minutes.has(d.getUTCMinutes()) &&
    spec.seconds.has(d.getUTCSeconds())
  );
}

/** The first fire time strictly after `after`, or null when the year field has none left. */
export function nextFire(spec: CronSpec, after: Date, tzOffsetMinutes = CHINA_OFFSET_MINUTES): Date | null {
  const offset = tzOffsetMinutes * 60_000;
  // work on a clock shifted to the trigger's zone, read with the UTC getters
  let t = Math.floor((after.getTime() + offset) / 1000) * 1000 + 1000;
  const lastYear = Math.max(...spec.years);
  for (let guard = 0; guard < 100_000; guard++) {
    const d = new Date(t);
    const Y = d.getUTCFullYear();
    if (Y > lastYear) return null;
    if (!spec.years.has(Y)) {
      t = Date.UTC(Y + 1, 0, 1);
      continue;
    }
    const M = d.getUTCMonth();
    if (!spec.months.has(M + 1)) {
      t = Date.UTC(Y, M + 1, 1);
      continue;
    }
    const D = d.getUTCDate();
    if (!dayMatches(spec, D, d.getUTCDay())) {
      t = Date.UTC(Y, M, D + 1);
      continue;
    }
    const h = d.getUTCHours();
    if (!spec.hours.has(h)) {
      t = Date.UTC(Y, M, D, h + 1);
      continue;
    }
    const m = d.getUTCMinutes();
    if (!spec.minutes.has(m)) {
      t = Date.UTC(Y, M, D, h, m + 1);
      continue;
    }
    if (!spec.seconds.has(d.getUTCSeconds())) {
      t += 1000;
      continue;
    }
    return new Date(t - offset);
  }
  return null;
}
