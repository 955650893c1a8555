/**
 * The weapp's package sizes and their budgets, in one place: the benchmark prints each figure beside
 * its budget, and the shipping check (weapp.test.ts) fails when one is over.
 *
 * WeChat caps every package (the main one and each subpackage) at 2 MB and the whole program at
 * 20 MB; our budgets are tighter, so growth is noticed long before WeChat refuses an upload.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const KB = 1024;
export const WECHAT_PACKAGE_CAP = 2048 * KB;
export const WECHAT_TOTAL_CAP = 20 * 1024 * KB;
/** the main package loads on every cold start */
export const MAIN_BUDGET = 800 * KB;
/** a subpackage with no budget of its own */
export const SUBPACKAGE_BUDGET = 300 * KB;
/** issue 14: the charts (uCharts) live in the stats subpackage */
const SUBPACKAGE_BUDGETS: Record<string, number> = { 'packages/stats': 500 * KB };
export const budgetOf = (root: string): number => SUBPACKAGE_BUDGETS[root] ?? SUBPACKAGE_BUDGET;

export interface PackageSize {
  /** '' for the main package */
  root: string;
  bytes: number;
  budget: number;
}

/** Bytes under `dir`, source maps left out (they are not uploaded) and `skip` honoured. */
export function dirSize(dir: string, skip: (rel: string) => boolean = () => false): number {
  let total = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const rel = relative(dir, p);
      if (rel.endsWith('.map') || skip(rel)) continue;
      if (e.isDirectory()) walk(p);
      else total += statSync(p).size;
    }
  };
  walk(dir);
  return total;
}

export function subpackageRoots(weapp: string): string[] {
  const app = JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  return (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
}

/** The main package (everything outside the subpackage roots) first, then each subpackage. */
export function packageSizes(weapp: string): PackageSize[] {
  const roots = subpackageRoots(weapp);
  const inSub = (rel: string) => roots.some((r) => rel === r || rel.startsWith(`${r}/`));
  return [
    { root: '', bytes: dirSize(weapp, inSub), budget: MAIN_BUDGET },
    ...roots.map((root) => ({ root, bytes: dirSize(join(weapp, root)), budget: budgetOf(root) })),
  ];
}
