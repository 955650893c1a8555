/** `npm run upload:weapp -- --dry-run` says what it would upload, without the upload key. */
import { execFileSync } from 'node:child_process';
import { ROOT } from './deploy/config';
import { uploadPlan } from './upload-weapp';

it('plans the upload from the config, the version and the key path, and checks the version', () => {
  const p = uploadPlan(['--version', '1.4.0', '--desc', '长辈模式'], {
    LX_APPID: 'wx0123456789abcdef',
    LX_UPLOAD_KEY: '/keys/k',
  });
  expect(p).toMatchObject({ appId: 'wx0123456789abcdef', version: '1.4.0', desc: '长辈模式', keyPath: '/keys/k' });
  expect(p.miniprogramRoot.startsWith(`${ROOT}/dist/weapp`)).toBe(true);
  expect(() => uploadPlan(['--version', 'v1'], {})).toThrow('x.y.z');
});

it('prints the dry run without a key, and refuses the real upload without one', () => {
  const env: Record<string, string | undefined> = { ...process.env, LX_APPID: 'wx0123456789abcdef' };
  delete env.LX_UPLOAD_KEY;
  const run = (...args: string[]) =>
    execFileSync('npm', ['run', '--silent', 'upload:weapp', '--', ...args], {
      cwd: ROOT,
      env: env as NodeJS.ProcessEnv,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  const out = run('--dry-run', '--version', '2.0.1');
  expect(out).toContain('mini-program wx0123456789abcdef, version 2.0.1');
  expect(out).toContain('LX_UPLOAD_KEY not set');
  expect(() => run('--version', '2.0.1')).toThrow(/LX_UPLOAD_KEY/);
});
