/**
 * `npm run bootstrap -- --street 九州路街道 --org sheet.xlsx|sheet.csv [--days 7]`: the first run on a new
 * CloudBase environment, after `npm run deploy`. It creates the street office's node, the communities
 * the sheet names, imports the sheet (grids, compounds, buildings), writes the standard ticket
 * categories if there are none (the city-management limits the demo uses; the admin edits them in
 * 管理 → 诉求类别与时限), and creates the first 管理员 invitation, whose code the street's
 * administrator redeems in the mini-program (我的 → 输入邀请码).
 *
 * Nothing here re-implements the admin rules: the sheet, the communities and the invitation go
 * through the admin function's own actions (validation, permissions, events), called by a bootstrap
 * operator that holds the admin grant only for the length of the run (the grant and its removal are
 * both role events). Run again with the same sheet: the nodes are updated, not duplicated.
 *
 * Against a real environment the functions' code runs here, on this machine, through wx-server-sdk
 * with LX_CLOUD_ENV and the TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY key (as the conformance suite
 * does); the tests run it against the emulator.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { ImportReport, InvitationView, OrgNode, Result, RoleEvent, RoleGrant } from '../types';
import { main as admin } from '../cloudfunctions/admin/index';
import { readRows } from '../cloudfunctions/admin/sheet';
import { addCategories, allCategories } from '../cloudfunctions/shared/repo/categories';
import { addNode, childrenOf, streetNode } from '../cloudfunctions/shared/repo/org';
import { CATEGORIES } from '../emulator/seed/categories';
import { alone } from '../cloudfunctions/shared/repo/tx';
import { addGrantInTx, createUser, findUser, revokeGrant } from '../cloudfunctions/shared/repo/users';

/** The operator's OPENID: not a WeChat user, so no one can sign in as it. */
export const OPERATOR = 'lx-bootstrap';

type Main = (event: unknown) => Promise<unknown>;
/** Runs a function's main as `openid` (the emulator's invoke in tests; the real path sets the SDK's context). */
export type Invoke = (main: Main, event: unknown, openid: string) => Promise<unknown>;

export interface BootstrapOptions {
  street: string;
  sheet?: { format: 'csv' | 'xlsx'; content: string };
  days?: number;
  now: number;
}

export interface BootstrapResult {
  street: OrgNode;
  communitiesCreated: string[];
  /** how many standard categories were written (0: the environment had categories) */
  categoriesAdded: number;
  imported?: ImportReport;
  invitation: InvitationView;
}

async function call<T>(invoke: Invoke, action: string, payload: object): Promise<T> {
  const res = (await invoke(admin, { action, payload }, OPERATOR)) as Result<T>;
  if (!res.ok) throw new Error(`admin.${action}: ${res.code} ${res.message}`);
  return res.data;
}

async function ensureStreet(name: string, now: number): Promise<OrgNode> {
  const found = await streetNode();
  if (found) return found;
  const id = 'street';
  const node: OrgNode = {
    _id: id,
    type: 'street',
    name,
    parentId: null,
    path: [id],
    streetId: id,
    order: 0,
    fullName: name,
    households: 0,
    population: 0,
    createdAt: now,
    updatedAt: now,
  };
  await addNode(node);
  return node;
}

async function grantOperator(street: OrgNode, now: number): Promise<void> {
  if (!(await findUser(OPERATOR)))
    await createUser({
      _id: OPERATOR,
      nickname: '部署初始化',
      roles: [],
      addressHistory: [],
      createdAt: now,
      updatedAt: now,
    });
  const grant: RoleGrant = {
    role: 'admin',
    orgId: street._id,
    orgPath: street.path,
    grantedAt: now,
    grantedBy: OPERATOR,
  };
  const event: RoleEvent = {
    userId: OPERATOR,
    action: 'grant',
    role: 'admin',
    orgId: street._id,
    by: OPERATOR,
    at: now,
    reason: '部署初始化',
  };
  await alone(async (tx) => void (await addGrantInTx(tx, OPERATOR, grant, event, now)));
}

/** The communities the sheet names that the street does not have yet, created through admin.saveNode. */
async function ensureCommunities(invoke: Invoke, street: OrgNode, sheet: BootstrapOptions['sheet']): Promise<string[]> {
  if (!sheet) return [];
  const named = new Set((await readRows(sheet.format, sheet.content)).map((r) => r.community.trim()).filter(Boolean));
  const have = new Set((await childrenOf(street._id, ['community'])).map((c) => c.name));
  const created: string[] = [];
  for (const name of named) {
    if (have.has(name)) continue;
    await call(invoke, 'saveNode', { type: 'community', parentId: street._id, name });
    created.push(name);
  }
  return created;
}

async function ensureCategories(): Promise<number> {
  if ((await allCategories()).length > 0) return 0;
  await addCategories(CATEGORIES);
  return CATEGORIES.length;
}

export async function bootstrap(invoke: Invoke, opts: BootstrapOptions): Promise<BootstrapResult> {
  const street = await ensureStreet(opts.street, opts.now);
  const categoriesAdded = await ensureCategories();
  await grantOperator(street, opts.now);
  try {
    const communitiesCreated = await ensureCommunities(invoke, street, opts.sheet);
    const imported = opts.sheet ? await call<ImportReport>(invoke, 'importOrg', opts.sheet) : undefined;
    const invitation = await call<InvitationView>(invoke, 'invite', {
      role: 'admin',
      orgId: street._id,
      days: opts.days ?? 7,
      requestId: randomUUID(),
    });
    return { street, communitiesCreated, categoriesAdded, imported, invitation };
  } finally {
    const event: RoleEvent = {
      userId: OPERATOR,
      action: 'revoke',
      role: 'admin',
      orgId: street._id,
      by: OPERATOR,
      at: opts.now,
      reason: '部署初始化完成',
    };
    await revokeGrant(OPERATOR, { role: 'admin', orgId: street._id }, event, opts.now);
  }
}

export function readSheetFile(path: string): NonNullable<BootstrapOptions['sheet']> {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return { format: 'csv', content: readFileSync(path, 'utf8') };
  if (ext === '.xlsx') return { format: 'xlsx', content: readFileSync(path).toString('base64') };
  throw new Error(`--org ${path}: a .csv or .xlsx sheet`);
}

const flag = (argv: string[], name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};

/** The real environment: the SDK reads the caller from WX_* variables and the key from TENCENTCLOUD_*. */
const realInvoke: Invoke = async (main, event, openid) => {
  process.env.WX_CONTEXT_KEYS = 'WX_OPENID';
  process.env.WX_OPENID = openid;
  return main(event);
};

async function cli(argv: string[]): Promise<void> {
  const env = process.env.LX_CLOUD_ENV;
  if (!env || !process.env.TENCENTCLOUD_SECRETID || !process.env.TENCENTCLOUD_SECRETKEY)
    throw new Error('bootstrap needs LX_CLOUD_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY');
  // wx-server-sdk's DYNAMIC_CURRENT_ENV resolves to this outside the cloud
  process.env.TCB_ENV = env;
  const org = flag(argv, 'org');
  const res = await bootstrap(realInvoke, {
    street: flag(argv, 'street') ?? '街道办事处',
    sheet: org ? readSheetFile(org) : undefined,
    days: flag(argv, 'days') ? Number(flag(argv, 'days')) : undefined,
    now: Date.now(),
  });
  const r = res.imported;
  console.log(
    `street ${res.street.name} (${res.street._id}); communities created: ${res.communitiesCreated.join('、') || 'none'}`,
  );
  console.log(`standard categories written: ${res.categoriesAdded}`);
  if (r) console.log(`sheet: ${JSON.stringify({ ...r, rows: undefined })}`);
  console.log(
    `first admin invitation: ${res.invitation.code} (until ${new Date(res.invitation.expiresAt).toISOString()})`,
  );
}

if (require.main === module) {
  cli(process.argv.slice(2)).catch((e: unknown) => {
    console.error(`bootstrap failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
