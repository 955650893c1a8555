/**
 * What `npm run deploy` does to a CloudBase environment, as data: derived from the function folders
 * (cloudfunctions/functions.ts) and the collections module (types/collections.ts), so a new function or
 * collection is in the plan the moment it exists. The dry run prints this; the real run applies it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, INDEXES, type IndexDecl } from '../../types/collections';
import { listFunctions } from '../../cloudfunctions/functions';
import { OUT_DIR } from '../../cloudfunctions/build';
import { ROOT, type DeployConfig } from './config';

export interface FunctionTrigger {
  name: string;
  type: 'timer';
  /** 7-field cron: second minute hour day month weekday year */
  config: string;
}

export interface FunctionPlan {
  name: string;
  runtime: string;
  timeout: number;
  triggers: FunctionTrigger[];
  /** cloud.openapi calls the function may make (config.json permissions.openapi) */
  openapi: string[];
  /** the pinned dependency CloudBase installs beside index.js */
  dependencies: Record<string, string>;
  /** the deploy folder `npm run build:functions` writes */
  folder: string;
}

/** Clients may neither read nor write: every access goes through the functions. */
export const SERVER_ONLY_RULE = { read: false, write: false } as const;

export interface CollectionPlan {
  name: string;
  indexes: IndexDecl[];
  rule: typeof SERVER_ONLY_RULE;
}

export interface DeployPlan {
  envId: string;
  appId: string;
  functions: FunctionPlan[];
  collections: CollectionPlan[];
}

interface FunctionConfigFile {
  permissions?: { openapi?: string[] };
  timeout?: number;
  triggers?: FunctionTrigger[];
}

function sdkVersion(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  return pkg.dependencies['wx-server-sdk'];
}

export function deployPlan(cfg: DeployConfig): DeployPlan {
  const sdk = sdkVersion();
  const functions = listFunctions().map((fn): FunctionPlan => {
    const file = JSON.parse(readFileSync(fn.config, 'utf8')) as FunctionConfigFile;
    return {
      name: fn.name,
      runtime: cfg.runtime,
      timeout: file.timeout ?? cfg.defaultTimeout,
      triggers: file.triggers ?? [],
      openapi: file.permissions?.openapi ?? [],
      dependencies: { 'wx-server-sdk': sdk },
      folder: join(OUT_DIR, fn.name),
    };
  });
  const collections = Object.values(COLLECTIONS).map((name): CollectionPlan => ({
    name,
    indexes: INDEXES[name],
    rule: SERVER_ONLY_RULE,
  }));
  return { envId: cfg.envId, appId: cfg.appId, functions, collections };
}

const keys = (i: IndexDecl) => i.keys.map((k) => `${k.field} ${k.direction === 1 ? 'asc' : 'desc'}`).join(', ');

/** The plan as the dry run prints it: one line per function, trigger, collection, index and rule. */
export function formatPlan(plan: DeployPlan): string[] {
  const lines = [`CloudBase environment ${plan.envId} (mini-program ${plan.appId})`, '', 'functions:'];
  for (const f of plan.functions) {
    lines.push(
      `  function ${f.name}: ${f.runtime}, timeout ${f.timeout} s, wx-server-sdk ${f.dependencies['wx-server-sdk']}, ` +
        `openapi [${f.openapi.join(', ')}]`,
    );
    for (const t of f.triggers) lines.push(`    trigger ${f.name}.${t.name}: ${t.type} "${t.config}"`);
  }
  lines.push('', 'collections:');
  for (const c of plan.collections) {
    lines.push(`  collection ${c.name}: rule ${JSON.stringify(c.rule)}`);
    for (const i of c.indexes) lines.push(`    index ${c.name}.${i.name}: ${keys(i)}${i.unique ? ' (unique)' : ''}`);
  }
  const triggers = plan.functions.reduce((n, f) => n + f.triggers.length, 0);
  const indexes = plan.collections.reduce((n, c) => n + c.indexes.length, 0);
  lines.push(
    '',
    `${plan.functions.length} functions, ${triggers} timer triggers, ${plan.collections.length} collections, ` +
      `${indexes} indexes, ${plan.collections.length} server-only rules`,
  );
  return lines;
}
