/**
 * The deploy folders hold exactly what CloudBase needs and nothing of the local tools: no emulator,
 * no SQLite, no demo sign-in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildFunctions, type BuiltFunction } from './build';
import { listFunctions } from './functions';

let built: BuiltFunction[];
beforeAll(async () => {
  built = await buildFunctions();
}, 60_000);

describe('the function deploy folders', () => {
  it('has one folder per function with index.js, a pinned wx-server-sdk and its config.json', () => {
    expect(built.map((b) => b.name)).toEqual(listFunctions().map((f) => f.name));
    const rootPkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
    for (const fn of built) {
      expect(readdirSync(fn.dir).sort()).toEqual(['config.json', 'index.js', 'package.json']);
      const pkg = JSON.parse(readFileSync(join(fn.dir, 'package.json'), 'utf8'));
      expect(pkg.dependencies).toEqual({ 'wx-server-sdk': rootPkg.dependencies['wx-server-sdk'] });
      expect(pkg.dependencies['wx-server-sdk']).toMatch(/^\d+\.\d+\.\d+$/);
      const config = JSON.parse(readFileSync(join(fn.dir, 'config.json'), 'utf8'));
      expect(config).toHaveProperty('permissions');
    }
  });

  it('keeps wx-server-sdk external and leaves every local tool out', () => {
    for (const fn of built) {
      const code = readFileSync(join(fn.dir, 'index.js'), 'utf8');
      expect(code).toMatch(/require\("wx-server-sdk"\)/);
      for (const banned of [
        'better-sqlite3',
        'mingo',
        'emulator',
        '/dev/login',
        'demo-resident',
        '127.0.0.1',
        'fastify',
      ]) {
        expect({ fn: fn.name, banned, found: code.includes(banned) }).toEqual({ fn: fn.name, banned, found: false });
      }
    }
  });

  it('exports a main that answers a malformed event with an error envelope', async () => {
    for (const fn of built) {
      const mod = require(join(fn.dir, 'index.js')) as { main: (e: unknown) => Promise<unknown> };
      await expect(mod.main(null)).resolves.toMatchObject({ ok: false, code: 'COMMON.BAD_REQUEST' });
    }
  });
});
