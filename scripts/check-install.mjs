#!/usr/bin/env node
/**
 * The install is the committed lock, whatever the registry serves today.
 *
 *   node scripts/check-install.mjs --lock   before installing: package.json and package-lock.json agree
 *                                           (a dependency added or changed without the lock is stale)
 *   node scripts/check-install.mjs          after installing: every package the lock names for this
 *                                           platform is installed at the locked version, and `npm ls`
 *                                           is clean (no invalid, missing or extraneous package)
 *
 * Why not `npm ci`: the registry we reach serves some platforms' optional binaries and not others
 * (@tarojs/binding-darwin-*, NutUI's optional usage reporter), and the set drifts. `npm ci` refuses a
 * lock that lacks what the registry serves; a plain `npm install` rewrites it. `.npmrc` sets
 * `save=false`, so `npm install` installs the locked tree and leaves the lock alone; this check proves
 * the tree is the lock's. Refresh the lock on purpose with `npm install --package-lock-only --save`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const readJson = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const REFRESH = 'npm install --package-lock-only --save';

function fail(title, lines) {
  console.error(`✗ ${title}`);
  for (const l of lines.slice(0, 20)) console.error(`  - ${l}`);
  if (lines.length > 20) console.error(`  … and ${lines.length - 20} more`);
  process.exit(1);
}

const pkg = readJson('package.json');
const lock = readJson('package-lock.json');

/** package.json's declared ranges against the lock's copy of them: what `npm ci` calls "in sync". */
function checkLockMatchesPackageJson() {
  const problems = [];
  if (lock.lockfileVersion !== 3) problems.push(`lockfileVersion is ${lock.lockfileVersion}, expected 3`);
  const lockRoot = lock.packages?.[''] ?? {};
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
    const want = pkg[field] ?? {};
    const have = lockRoot[field] ?? {};
    for (const [name, range] of Object.entries(want)) {
      if (!(name in have)) problems.push(`${field}.${name} (${range}) is in package.json but not in the lock`);
      else if (have[name] !== range)
        problems.push(`${field}.${name} is ${range} in package.json, ${have[name]} in the lock`);
    }
    for (const name of Object.keys(have)) {
      if (!(name in want)) problems.push(`${field}.${name} is in the lock but no longer in package.json`);
    }
  }
  for (const [name, range] of Object.entries(pkg.dependencies ?? {}).concat(
    Object.entries(pkg.devDependencies ?? {}),
  )) {
    if (!lock.packages?.[`node_modules/${name}`]) problems.push(`${name} (${range}) has no locked version`);
  }
  if (problems.length) {
    fail(
      `package-lock.json is stale: package.json changed without it. Run \`${REFRESH}\` and commit the lock.`,
      problems,
    );
  }
  console.log(`✓ package-lock.json matches package.json (${Object.keys(lock.packages).length - 1} locked packages)`);
}

// ---- platform of this machine, for optional packages that name an os, cpu or libc
const libc = (() => {
  if (process.platform !== 'linux') return null;
  const header = process.report?.getReport?.().header;
  return header?.glibcVersionRuntime ? 'glibc' : 'musl';
})();
/** npm's rule: a list matches when it names the value, or only excludes ("!x") others */
const matches = (list, value) => {
  if (!list || list.length === 0 || value === null) return true;
  if (list.includes(`!${value}`)) return false;
  const positives = list.filter((x) => !x.startsWith('!'));
  return positives.length === 0 || positives.includes(value) || positives.includes('any');
};
const forThisPlatform = (entry) =>
  matches(entry.os, process.platform) && matches(entry.cpu, process.arch) && matches(entry.libc, libc);

/** Every locked package this platform needs is installed at the locked version; npm ls is clean. */
function checkInstalledTreeIsTheLock() {
  const problems = [];
  let checked = 0;
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.link) continue;
    const file = join(root, path, 'package.json');
    const installed = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null;
    if (installed === null) {
      // another platform's binary (or one it cannot use) is rightly absent
      if (entry.optional && !forThisPlatform(entry)) continue;
      problems.push(`${path}: locked ${entry.version}, not installed`);
      continue;
    }
    checked += 1;
    if (entry.version && installed !== entry.version) {
      problems.push(`${path}: locked ${entry.version}, installed ${installed}`);
    }
  }
  if (problems.length) {
    fail(
      'the installed tree is not the committed lock. If package.json changed, run ' +
        `\`${REFRESH}\` and commit the lock; otherwise run \`npm install\` again.`,
      problems,
    );
  }
  let out = '';
  try {
    out = execFileSync('npm', ['ls', '--all', '--parseable'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  } catch (err) {
    const stderr = String(err.stderr ?? '');
    const lines = stderr
      .split('\n')
      .filter((l) => /invalid|missing|extraneous|ELSPROBLEMS|peer/i.test(l))
      .map((l) => l.replace(/^npm error /, ''));
    fail('`npm ls --all` is not clean: some installed package does not satisfy what depends on it.', lines);
  }
  console.log(
    `✓ installed tree is the lock: ${checked} packages at their locked versions; npm ls clean (${out.split('\n').length - 1} paths)`,
  );
}

if (process.argv.includes('--lock')) checkLockMatchesPackageJson();
else {
  checkLockMatchesPackageJson();
  checkInstalledTreeIsTheLock();
}
