/**
 * Applies a deploy plan to a CloudBase environment through Tencent's own manager SDK
 * (@cloudbase/manager-node). Idempotent: a second run updates the functions' code and configuration,
 * recreates their triggers, and leaves existing collections and indexes as they are.
 *
 * The manager is passed in (the real one from `connect`, a recording fake in the tests), so this
 * file is the only one that holds credentials, and only for as long as the run lasts.
 */
import CloudBase from '@cloudbase/manager-node';
import { dirname } from 'node:path';
import type { Credentials } from './config';
import type { CollectionPlan, DeployPlan, FunctionPlan } from './plan';

/** The slice of the manager SDK the deploy uses (names and shapes as in its typings). */
export interface Manager {
  functions: {
    createFunction(p: {
      func: {
        name: string;
        timeout: number;
        runtime: string;
        installDependency: boolean;
        triggers: { name: string; type: string; config: string }[];
      };
      functionRootPath: string;
      force: boolean;
    }): Promise<unknown>;
  };
  database: {
    createCollectionIfNotExists(name: string): Promise<unknown>;
    checkIndexExists(name: string, index: string): Promise<{ Exists: boolean }>;
    updateCollection(
      name: string,
      info: {
        CreateIndexes: {
          IndexName: string;
          MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean };
        }[];
      },
    ): Promise<unknown>;
  };
  permission: {
    modifyResourcePermission(p: {
      resourceType: 'collection';
      resource: string;
      permission: 'CUSTOM';
      securityRule: string;
    }): Promise<unknown>;
  };
}

export function connect(envId: string, creds: Credentials): Manager {
  return new CloudBase({ ...creds, envId }) as unknown as Manager;
}

async function deployFunction(m: Manager, f: FunctionPlan): Promise<void> {
  await m.functions.createFunction({
    // installDependency: CloudBase runs npm install on the folder's package.json (the pinned wx-server-sdk)
    func: { name: f.name, timeout: f.timeout, runtime: f.runtime, installDependency: true, triggers: f.triggers },
    functionRootPath: dirname(f.folder),
    // overwrite an existing function's code, configuration and triggers
    force: true,
  });
}

async function deployCollection(m: Manager, c: CollectionPlan): Promise<void> {
  await m.database.createCollectionIfNotExists(c.name);
  for (const i of c.indexes) {
    if ((await m.database.checkIndexExists(c.name, i.name)).Exists) continue;
    await m.database.updateCollection(c.name, {
      CreateIndexes: [
        {
          IndexName: i.name,
          MgoKeySchema: {
            MgoIndexKeys: i.keys.map((k) => ({ Name: k.field, Direction: String(k.direction) })),
            MgoIsUnique: i.unique ?? false,
          },
        },
      ],
    });
  }
  await m.permission.modifyResourcePermission({
    resourceType: 'collection',
    resource: c.name,
    permission: 'CUSTOM',
    securityRule: JSON.stringify(c.rule),
  });
}

/** Runs the plan; `log` hears one line per step (names only, never a credential). */
export async function applyPlan(m: Manager, plan: DeployPlan, log: (line: string) => void): Promise<void> {
  for (const f of plan.functions) {
    log(`function ${f.name} …`);
    await deployFunction(m, f);
  }
  for (const c of plan.collections) {
    log(`collection ${c.name} …`);
    await deployCollection(m, c);
  }
  log('done');
}
