/**
 * The deployment's settings: `lianxin.config.json` at the root (the one config file the client and
 * the functions also read), with the overrides a real deployment sets in its shell or CI instead of
 * committing them:
 *   LX_CLOUD_ENV            the CloudBase environment id (also read by the client build)
 *   LX_APPID                the mini-program's AppID
 * Credentials are never in a file: see `credentials()`.
 */
import { resolve } from 'node:path';
import config from '../../lianxin.config.json';

/** the environment variables the scripts read (process.env by default) */
export type Env = Record<string, string | undefined>;

export const ROOT = resolve(__dirname, '..', '..');

export interface DeployConfig {
  envId: string;
  appId: string;
  runtime: string;
  /** seconds; a function whose config.json names no timeout gets CloudBase's default */
  defaultTimeout: number;
}

export function deployConfig(env: Env = process.env): DeployConfig {
  return {
    envId: env.LX_CLOUD_ENV || config.envId,
    appId: env.LX_APPID || config.appId,
    runtime: config.functions.runtime,
    defaultTimeout: config.functions.defaultTimeout,
  };
}

export interface Credentials {
  secretId: string;
  secretKey: string;
}

/**
 * A Tencent Cloud API key (访问管理 → API密钥管理) from the environment, the names Tencent's own tools
 * use. Only the deploy step that talks to CloudBase asks for it, and nothing prints it.
 */
export function credentials(env: Env = process.env): Credentials {
  const secretId = env.TENCENTCLOUD_SECRETID ?? '';
  const secretKey = env.TENCENTCLOUD_SECRETKEY ?? '';
  if (!secretId || !secretKey) {
    throw new Error(
      'deploy needs TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (a Tencent Cloud API key); ' +
        'npm run deploy -- --dry-run prints the plan without them',
    );
  }
  return { secretId, secretKey };
}
