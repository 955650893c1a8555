/**
 * The deploy folders hold exactly what CloudBase needs and nothing of the local tools: no emulator,
 * no SQLite, no demo sign-in; each loads in plain Node and asks for a timeout and triggers CloudBase
 * takes (npm run deploy uploads these folders: scripts/deploy).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
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

  it('loads in a plain Node process, needing only wx-server-sdk and Node’s own modules', () => {
    const builtin = new Set(builtinModules);
    for (const fn of built) {
      const code = readFileSync(join(fn.dir, 'index.js'), 'utf8');
      const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
      const foreign = required.filter((r) => r !== 'wx-server-sdk' && !builtin.has(r.replace(/^node:/, '')));
      expect({ fn: fn.name, foreign }).toEqual({ fn: fn.name, foreign: [] });
    }
    // outside jest's module system, in one process: what CloudBase's Node does with each folder
    const files = built.map((fn) => join(fn.dir, 'index.js'));
    const script = `process.stdout.write(JSON.stringify(${JSON.stringify(files)}.map((f) => typeof require(f).main)))`;
    const kinds = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
    expect(kinds).toEqual(built.map(() => 'function'));
  });

  it('asks for a timeout CloudBase allows and gives timers a 7-field cron', () => {
    for (const fn of built) {
      const config = JSON.parse(readFileSync(join(fn.dir, 'config.json'), 'utf8')) as {
        timeout?: number;
        triggers?: { name: string; type: string; config: string }[];
      };
      if (config.timeout !== undefined) expect(config.timeout).toBeGreaterThanOrEqual(1);
      if (config.timeout !== undefined) expect(config.timeout).toBeLessThanOrEqual(60);
      for (const t of config.triggers ?? []) {
        expect({ fn: fn.name, type: t.type }).toEqual({ fn: fn.name, type: 'timer' });
        expect(t.name).toMatch(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/);
        expect(t.config.trim().split(/\s+/)).toHaveLength(7);
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
