/**
 * `npm run test:reliability`: the reliability project's jest run (matrix, fuzz, concurrency, kill -9,
 * limits and privacy), then the figures line: one line per figure, summed over the test files, and
 * every figure that must be zero asserted zero (the exit code is jest's, or 1 when one is not zero).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURE_NAMES, FIGURES_DIR, MUST_BE_ZERO, type Figure } from './harness';

rmSync(FIGURES_DIR, { recursive: true, force: true });
const started = Date.now();
const jest = spawnSync('npx', ['jest', '--selectProjects', 'reliability', ...process.argv.slice(2)], {
  cwd: join(__dirname, '..'),
  stdio: 'inherit',
  env: { ...process.env, LX_FIGURES_DIR: FIGURES_DIR },
});

const totals: Partial<Record<Figure, number>> = {};
const files = existsSync(FIGURES_DIR) ? readdirSync(FIGURES_DIR).filter((f) => f.endsWith('.json')) : [];
for (const f of files) {
  const counts = JSON.parse(readFileSync(join(FIGURES_DIR, f), 'utf8')) as Partial<Record<Figure, number>>;
  for (const [k, n] of Object.entries(counts)) totals[k as Figure] = (totals[k as Figure] ?? 0) + (n ?? 0);
}

console.log(`\n== reliability figures (${files.length} test files, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
const notZero: string[] = [];
for (const [key, label] of Object.entries(FIGURE_NAMES) as [Figure, string][]) {
  const n = totals[key] ?? 0;
  const zero = MUST_BE_ZERO.includes(key);
  if (zero && n !== 0) notZero.push(label);
  console.log(
    `${label}: ${n.toLocaleString('en-US')}${zero ? (n === 0 ? '  (must be 0: ok)' : '  (must be 0: FAILED)') : ''}`,
  );
}
if (notZero.length) console.log(`not zero: ${notZero.join(', ')}`);
process.exit(jest.status !== 0 ? (jest.status ?? 1) : notZero.length ? 1 : 0);
