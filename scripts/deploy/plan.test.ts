/**
 * `npm run deploy -- --dry-run` prints the whole plan with no credentials, and the plan is derived:
 * every function folder (cloudfunctions/functions.ts) and every collection (types/collections.ts) is
 * in it, so a new one cannot be forgotten. The real path is checked against a recording manager.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { COLLECTIONS, INDEXES } from '../../types/collections';
import { listFunctions } from '../../cloudfunctions/functions';
import { applyPlan, type Manager } from './apply';
import { deployConfig, ROOT } from './config';
import { deployPlan } from './plan';

const SECRET = 'sk-never-printed-0123456789';

function dryRun(): string {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LX_CLOUD_ENV: 'lianxin-sample-1a2b3c',
    TENCENTCLOUD_SECRETKEY: SECRET,
  };
  delete env.TENCENTCLOUD_SECRETID;
  return execFileSync('npm', ['run', '--silent', 'deploy', '--', '--dry-run'], {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
  });
}

describe('the deploy dry run', () => {
  let out: string;
  beforeAll(() => {
    out = dryRun();
  }, 60_000);

  it('runs without credentials and prints none', () => {
    expect(out).toContain('CloudBase environment lianxin-sample-1a2b3c');
    expect(out).not.toContain(SECRET);
  });

  it('names every function folder with its timeout, pinned wx-server-sdk and timer triggers', () => {
    const sdk = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')).dependencies['wx-server-sdk'];
    const fns = listFunctions();
    expect(fns.length).toBeGreaterThan(5);
    for (const fn of fns) {
      const cfg = JSON.parse(readFileSync(fn.config, 'utf8')) as {
        timeout?: number;
        triggers?: { name: string; config: string }[];
      };
      expect(out).toContain(`function ${fn.name}: `);
      expect(out).toMatch(new RegExp(`function ${fn.name}: \\S+, timeout ${cfg.timeout ?? 3} s, wx-server-sdk ${sdk}`));
      for (const t of cfg.triggers ?? []) expect(out).toContain(`trigger ${fn.name}.${t.name}: timer "${t.config}"`);
    }
  });

  it('names every collection with each of its indexes and the server-only rule', () => {
    for (const name of Object.values(COLLECTIONS)) {
      expect(out).toContain(`collection ${name}: rule {"read":false,"write":false}`);
      for (const i of INDEXES[name]) expect(out).toContain(`index ${name}.${i.name}: `);
    }
  });
});

describe('applying the plan', () => {
  it('uploads every function and creates every collection, index and rule, skipping indexes that exist', async () => {
    const calls: string[] = [];
    const manager: Manager = {
      functions: {
        createFunction: async (p) => {
          calls.push(
            `fn ${p.func.name} ${p.func.timeout} ${p.func.triggers.length} ${p.force} ${p.func.installDependency}`,
          );
        },
      },
      database: {
        createCollectionIfNotExists: async (name) => void calls.push(`coll ${name}`),
        checkIndexExists: async (name, index) => ({ Exists: name === 'tickets' && index === 'queue' }),
        updateCollection: async (name, info) => void calls.push(`idx ${name}.${info.CreateIndexes[0].IndexName}`),
      },
      permission: {
        modifyResourcePermission: async (p) => void calls.push(`rule ${p.resource} ${p.securityRule}`),
      },
    };
    const plan = deployPlan(deployConfig({}));
    await applyPlan(manager, plan, () => undefined);
    for (const f of plan.functions) expect(calls).toContain(`fn ${f.name} ${f.timeout} ${f.triggers.length} true true`);
    for (const name of Object.values(COLLECTIONS)) {
      expect(calls).toContain(`coll ${name}`);
      expect(calls).toContain(`rule ${name} {"read":false,"write":false}`);
      for (const i of INDEXES[name])
        expect(calls.includes(`idx ${name}.${i.name}`)).toBe(!(name === 'tickets' && i.name === 'queue'));
    }
  });
});
