/**
 * `npm run deploy`: builds the functions, then uploads each with its pinned wx-server-sdk, timer
 * triggers and timeout, and creates every collection with its indexes and a server-only rule.
 * `npm run deploy -- --dry-run` prints that plan and touches nothing (no credentials needed).
 *
 * Settings: lianxin.config.json, LX_CLOUD_ENV / LX_APPID to override; credentials only from
 * TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY (scripts/deploy/config.ts).
 */
import { buildFunctions } from '../../cloudfunctions/build';
import { applyPlan, connect } from './apply';
import { credentials, deployConfig } from './config';
import { deployPlan, formatPlan } from './plan';

async function main(argv: string[]): Promise<void> {
  const plan = deployPlan(deployConfig());
  if (argv.includes('--dry-run')) {
    console.log(['deploy plan (dry run: nothing is changed)', '', ...formatPlan(plan)].join('\n'));
    return;
  }
  // ask for the key before building, so a missing key fails in a second, not after the build
  const manager = connect(plan.envId, credentials());
  const built = await buildFunctions();
  console.log(`built ${built.length} functions into dist/cloudfunctions`);
  await applyPlan(manager, plan, (line) => console.log(line));
}

main(process.argv.slice(2)).catch((e: unknown) => {
  // the manager's errors carry the request, never the key; print the message only
  console.error(`deploy failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
