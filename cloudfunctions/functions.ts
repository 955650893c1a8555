/**
 * The deployed cloud functions. Each is a folder with `index.ts` (exports `main`) and `config.json`
 * (openapi permissions, timer trigger). The build, the gateway and the scheduler all read this list.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FUNCTIONS_DIR = __dirname;
const NOT_FUNCTIONS = new Set(['shared', 'test-support']);

export interface FunctionSource {
  name: string;
  dir: string;
  entry: string;
  config: string;
}

export function listFunctions(): FunctionSource[] {
  return readdirSync(FUNCTIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !NOT_FUNCTIONS.has(d.name))
    .map((d) => ({
      name: d.name,
      dir: join(FUNCTIONS_DIR, d.name),
      entry: join(FUNCTIONS_DIR, d.name, 'index.ts'),
      config: join(FUNCTIONS_DIR, d.name, 'config.json'),
    }))
    .filter((f) => existsSync(f.entry) && existsSync(f.config))
    .sort((a, b) => a.name.localeCompare(b.name));
}
