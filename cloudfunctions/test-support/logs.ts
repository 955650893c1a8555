/**
 * Every line a run writes to the console, for tests that grep the logs (what a platform's log search
 * would show): console.log/info/warn/error/debug are captured, not printed, until `restore()`.
 */
const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

export interface LogCapture {
  /** each call as one line: its arguments joined as the console would print them */
  lines(): string[];
  text(): string;
  /** the planted values that appear anywhere in the captured lines */
  found(values: readonly string[]): string[];
  restore(): void;
}

const show = (a: unknown): string => {
  if (typeof a === 'string') return a;
  if (a instanceof Error) return `${a.stack ?? a.message}`;
  try {
    return JSON.stringify(a);
  } catch {
    return String(a);
  }
};

export function captureLogs(): LogCapture {
  const lines: string[] = [];
  const originals = METHODS.map((m) => [m, console[m]] as const);
  for (const m of METHODS) console[m] = (...args: unknown[]) => void lines.push(args.map(show).join(' '));
  return {
    lines: () => [...lines],
    text: () => lines.join('\n'),
    found: (values) => values.filter((v) => lines.some((l) => l.includes(v))),
    restore() {
      for (const [m, fn] of originals) console[m] = fn;
    },
  };
}
