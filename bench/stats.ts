export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export async function timeIt(
  n: number,
  fn: (i: number) => Promise<unknown>,
): Promise<{ p50: number; p95: number; max: number }> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
}

export const ms = (x: number) => `${x.toFixed(2)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function row(what: string, figure: string, budget?: string, within?: boolean): string {
  const verdict = budget === undefined ? '' : within ? '  ✓ within budget' : '  ✗ OVER BUDGET';
  return `${what.padEnd(48)} ${figure.padStart(22)}${budget ? `   budget ${budget}` : ''}${verdict}`;
}

export type Main = (event: unknown) => Promise<unknown>;
/** How a bench calls a function's main as someone (the emulator's invoke with an OPENID). */
export type Invoke = (
  main: Main,
  action: string,
  payload: object,
  openid: string,
) => Promise<{ ok: boolean; code?: string; data?: unknown }>;
