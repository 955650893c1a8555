/**
 * Bundles each cloud function into its deploy folder, `dist/cloudfunctions/<name>/`:
 *   index.js      the function with shared code and types inlined; wx-server-sdk stays external
 *   package.json  the one dependency, wx-server-sdk, pinned to the version the emulator was verified on
 *   config.json   openapi permissions and timer trigger, copied as is
 * and writes `dist/database/collections.json` (collections, indexes, server-only permission).
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COLLECTIONS, INDEXES } from '../types/collections';
import { listFunctions } from './functions';

const ROOT = resolve(__dirname, '..');
export const OUT_DIR = join(ROOT, 'dist', 'cloudfunctions');

export interface BuiltFunction {
  name: string;
  dir: string;
  bytes: number;
}

export async function buildFunctions(opts: { minify?: boolean } = {}): Promise<BuiltFunction[]> {
  const sdkVersion = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
  ).dependencies['wx-server-sdk'];
  rmSync(OUT_DIR, { recursive: true, force: true });
  const out: BuiltFunction[] = [];
  for (const fn of listFunctions()) {
    const dir = join(OUT_DIR, fn.name);
    mkdirSync(dir, { recursive: true });
    await build({
      entryPoints: [fn.entry],
      outfile: join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node16',
      external: ['wx-server-sdk'],
      minify: opts.minify ?? true,
      legalComments: 'none',
      tsconfig: join(ROOT, 'tsconfig.json'),
      logLevel: 'warning',
    });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify(
        {
          name: fn.name,
          version: '1.0.0',
          private: true,
          main: 'index.js',
          dependencies: { 'wx-server-sdk': sdkVersion },
        },
        null,
        2,
      ) + '\n',
    );
    copyFileSync(fn.config, join(dir, 'config.json'));
    out.push({ name: fn.name, dir, bytes: statSync(join(dir, 'index.js')).size });
  }
  const dbDir = join(ROOT, 'dist', 'database');
  mkdirSync(dbDir, { recursive: true });
  const collections = Object.values(COLLECTIONS).map((name) => ({
    name,
    // every collection is server-only: all access goes through the functions
    permission: 'ADMINONLY',
    indexes: INDEXES[name],
  }));
  writeFileSync(join(dbDir, 'collections.json'), JSON.stringify(collections, null, 2) + '\n');
  return out;
}

if (require.main === module) {
  buildFunctions()
    .then((fns) => {
      for (const f of fns) console.log(`${f.name.padEnd(12)} ${(f.bytes / 1024).toFixed(1).padStart(7)} KB  ${f.dir}`);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
