/**
 * The one place the conformance suite knows where it runs.
 *
 * By default it installs the local emulator (SQLite in memory, a temporary storage folder). With
 * `LX_CONFORMANCE_ENV=<env id>` and real credentials in TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY
 * it leaves the SDK untouched and runs the same assertions against that CloudBase environment; the
 * checks that inspect the emulator itself (operation counts, outbox, query plans) are skipped there.
 * Every test works in its own freshly created collection, so runs never see each other's data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cloud = require('wx-server-sdk');
import { installEmulator, type Emulator, type EmulatorOptions } from '../index';

export const REAL_ENV = process.env.LX_CONFORMANCE_ENV ?? '';
export const LOCAL = REAL_ENV === '';

/** `it` for assertions about the emulator's own instruments; skipped against a real environment. */
export const itLocal: jest.It = LOCAL ? it : it.skip;

// wx-server-sdk's database typings are loose (DB.Database is mostly any); the suite uses them as the app does
export type Db = ReturnType<typeof cloud.database>;

export interface ConformanceEnv {
  cloud: typeof cloud;
  db: Db;
  /** the emulator, when running locally */
  emu: Emulator | null;
  /** a new, empty collection with a unique name */
  freshCollection(prefix?: string): Promise<string>;
  cleanup(): void;
}

let seq = 0;

export function setupEnv(opts: Partial<Omit<EmulatorOptions, 'storageDir'>> = {}): ConformanceEnv {
  let emu: Emulator | null = null;
  let storageDir: string | null = null;
  if (LOCAL) {
    storageDir = mkdtempSync(join(tmpdir(), 'lx-conformance-'));
    emu = installEmulator({ dbFile: ':memory:', ...opts, storageDir });
  }
  // the typings declare env as a string; DYNAMIC_CURRENT_ENV is the SDK's symbol for "the current env"
  cloud.init({ env: LOCAL ? (cloud.DYNAMIC_CURRENT_ENV as unknown as string) : REAL_ENV });
  const db = cloud.database();
  const run = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  return {
    cloud,
    db,
    emu,
    async freshCollection(prefix = 'c') {
      const name = `conf_${prefix}_${run}_${++seq}`;
      // the service requires collections to exist; the emulator creates them on demand but accepts this too
      await db.createCollection(name);
      return name;
    },
    cleanup() {
      emu?.close();
      if (storageDir) rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

export type Doc = Record<string, unknown> & { _id?: string | number };

/** wx-server-sdk types its promises as `Promise<T> | void | string`; these narrow the common shapes. */
export const rows = async (p: unknown): Promise<Doc[]> => ((await p) as { data: Doc[] }).data;
export const one = async (p: unknown): Promise<Doc> => ((await p) as { data: Doc }).data;
export const total = async (p: unknown): Promise<number> => ((await p) as { total: number }).total;
export const ids = (list: Doc[]): unknown[] => list.map((d) => d._id);
