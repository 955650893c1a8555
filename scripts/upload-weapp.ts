/**
 * `npm run upload:weapp -- --version 1.2.0 --desc "…"`: uploads the built mini-program (dist/weapp,
 * project.config.json's miniprogramRoot) as a 体验版/审核 candidate with WeChat's miniprogram-ci.
 *
 * It needs, from 公众平台 → 开发管理 → 开发设置 → 小程序代码上传 (as the mini-program's admin):
 *   - the code upload key (代码上传密钥): a private key file, its path in LX_UPLOAD_KEY; keep it out of
 *     the repository (it can preview and upload code; a lost key must be reset there);
 *   - the IP whitelist (IP白名单): the public IP of the machine that uploads, or WeChat refuses it.
 * `--dry-run` prints what would be uploaded and checks the build, without the key.
 * Run `npm run build:weapp` first (with LX_CLOUD_ENV for a non-default environment).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployConfig, ROOT, type Env } from './deploy/config';

export interface UploadPlan {
  appId: string;
  projectPath: string;
  miniprogramRoot: string;
  version: string;
  desc: string;
  keyPath: string;
  robot: number;
}

const flag = (argv: string[], name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};

export function uploadPlan(argv: string[], env: Env = process.env): UploadPlan {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const project = JSON.parse(readFileSync(join(ROOT, 'project.config.json'), 'utf8')) as { miniprogramRoot: string };
  const version = flag(argv, 'version') ?? pkg.version;
  // WeChat shows the version to testers and reviewers: keep it a plain x.y.z
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`--version ${version}: use x.y.z`);
  return {
    appId: deployConfig(env).appId,
    projectPath: ROOT,
    miniprogramRoot: join(ROOT, project.miniprogramRoot),
    version,
    desc: flag(argv, 'desc') ?? `连心网格 ${version}`,
    keyPath: env.LX_UPLOAD_KEY ?? '',
    robot: Number(flag(argv, 'robot') ?? 1),
  };
}

export function formatUpload(p: UploadPlan): string[] {
  const built = existsSync(join(p.miniprogramRoot, 'app.json'));
  return [
    `mini-program ${p.appId}, version ${p.version} (ci robot ${p.robot}): ${p.desc}`,
    `code ${p.miniprogramRoot} ${built ? '(built)' : '(not built: run npm run build:weapp)'}`,
    `upload key ${p.keyPath ? p.keyPath : '(LX_UPLOAD_KEY not set)'}; the uploading IP must be on the whitelist`,
  ];
}

async function upload(p: UploadPlan): Promise<void> {
  if (!p.keyPath || !existsSync(p.keyPath))
    throw new Error('set LX_UPLOAD_KEY to the code upload key file (公众平台 → 开发管理 → 开发设置 → 小程序代码上传)');
  if (!existsSync(join(p.miniprogramRoot, 'app.json'))) throw new Error('dist/weapp is not built: npm run build:weapp');
  // loaded only here: the dry run and the tests never need WeChat's compiler
  const ci = (await import('miniprogram-ci')) as unknown as {
    Project: new (o: object) => unknown;
    upload(o: object): Promise<{ subPackageInfo?: { name: string; size: number }[] }>;
  };
  const project = new ci.Project({
    appid: p.appId,
    type: 'miniProgram',
    projectPath: p.projectPath,
    privateKeyPath: p.keyPath,
    ignores: ['node_modules/**/*'],
  });
  const res = await ci.upload({
    project,
    version: p.version,
    desc: p.desc,
    robot: p.robot,
    setting: { useProjectConfig: true },
  });
  for (const s of res.subPackageInfo ?? []) console.log(`${s.name.padEnd(24)} ${(s.size / 1024).toFixed(1)} KB`);
}

async function main(argv: string[]): Promise<void> {
  const plan = uploadPlan(argv);
  console.log(
    [argv.includes('--dry-run') ? 'upload (dry run: nothing is sent)' : 'upload', ...formatUpload(plan)].join('\n'),
  );
  if (!argv.includes('--dry-run')) await upload(plan);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(`upload failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
