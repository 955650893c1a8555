/**
 * Checks of what we ship to WeChat, on the real build (`npm run build:weapp` first; npm test does):
 * app.json's pages, subpackages, tab bar, the location APIs the code calls (requiredPrivateInfos and
 * their permission text), the privacy check; project.config.json's roots; every package within its
 * budget (the same figures the benchmark prints).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { OUT_DIR } from '../../cloudfunctions/build';
import config from '../../lianxin.config.json';
import { ROOT } from '../deploy/config';
import { packageSizes, WECHAT_PACKAGE_CAP } from './sizes';

const WEAPP = join(ROOT, 'dist', 'weapp');
const SRC = join(ROOT, 'client', 'src');

interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  tabBar?: { list: { pagePath: string; text: string; iconPath?: string; selectedIconPath?: string }[] };
  requiredPrivateInfos?: string[];
  permission?: Record<string, { desc: string }>;
  __usePrivacyCheck__?: boolean;
}

let app: AppJson;
beforeAll(() => {
  if (!existsSync(join(WEAPP, 'app.json')))
    throw new Error('dist/weapp is not built: run `npm run build:weapp` first (npm test does)');
  app = JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8')) as AppJson;
});

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
}
const sources = () => files(SRC).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
const allPages = () => [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];

describe('app.json', () => {
  it('registers every page the source has, and each is built (js, json, wxml)', () => {
    const inSource = sources()
      .map((f) => relative(SRC, f).replace(/\\/g, '/'))
      .filter((f) => /^(pages\/[^/]+|packages\/[^/]+\/pages\/[^/]+)\/index\.tsx$/.test(f))
      .map((f) => f.replace(/\.tsx$/, ''));
    expect([...allPages()].sort()).toEqual([...inSource].sort());
    for (const page of allPages())
      for (const ext of ['js', 'json', 'wxml'])
        expect({ page, ext, built: existsSync(join(WEAPP, `${page}.${ext}`)) }).toEqual({ page, ext, built: true });
  });

  it('keeps subpackage roots distinct and out of the main package', () => {
    const roots = (app.subPackages ?? []).map((s) => s.root);
    expect(new Set(roots).size).toBe(roots.length);
    for (const root of roots) expect(app.pages.filter((p) => p.startsWith(`${root}/`))).toEqual([]);
  });

  it('has a tab bar of 2–5 main-package pages with their icons built', () => {
    const list = app.tabBar?.list ?? [];
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.length).toBeLessThanOrEqual(5);
    for (const tab of list) {
      expect(app.pages).toContain(tab.pagePath);
      expect(tab.text.length).toBeGreaterThan(0);
      for (const icon of [tab.iconPath, tab.selectedIconPath]) expect(icon && existsSync(join(WEAPP, icon))).toBe(true);
    }
  });

  it('declares exactly the location APIs the code calls, with the reason WeChat shows', () => {
    // the APIs WeChat wants in requiredPrivateInfos (its 2022-07 rule)
    const declarable = [
      'getLocation',
      'getFuzzyLocation',
      'chooseLocation',
      'choosePoi',
      'chooseAddress',
      'onLocationChange',
      'startLocationUpdate',
      'startLocationUpdateBackground',
    ];
    const code = sources()
      .filter((f) => !f.endsWith('app.config.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const called = declarable.filter((api) => new RegExp(`\\b${api}\\s*\\(`).test(code));
    expect(called.length).toBeGreaterThan(0);
    expect([...(app.requiredPrivateInfos ?? [])].sort()).toEqual([...called].sort());
    // WeChat refuses getFuzzyLocation declared beside getLocation
    expect(called.includes('getLocation') && called.includes('getFuzzyLocation')).toBe(false);
    const desc = app.permission?.['scope.userLocation']?.desc ?? '';
    expect(desc.length).toBeGreaterThan(0);
    expect(desc.length).toBeLessThanOrEqual(30);
  });

  it('turns on WeChat’s privacy check (__usePrivacyCheck__)', () => {
    expect(app.__usePrivacyCheck__).toBe(true);
  });
});

describe('project.config.json', () => {
  const project = JSON.parse(readFileSync(join(ROOT, 'project.config.json'), 'utf8')) as Record<string, string>;

  it('points WeChat DevTools and miniprogram-ci at the build outputs', () => {
    expect(project.compileType).toBe('miniprogram');
    expect(resolve(ROOT, project.miniprogramRoot)).toBe(WEAPP);
    expect(existsSync(join(resolve(ROOT, project.miniprogramRoot), 'app.json'))).toBe(true);
    // the folder build:functions writes (cloudfunctions/build.test.ts checks what is in it)
    expect(resolve(ROOT, project.cloudfunctionRoot)).toBe(OUT_DIR);
  });

  it('names the AppID of the one deployment config', () => {
    expect(project.appid).toBe(config.appId);
  });
});

describe('package sizes', () => {
  it('keeps the main package and every subpackage within its budget (and WeChat’s 2 MB)', () => {
    const sizes = packageSizes(WEAPP);
    expect(sizes.map((s) => s.root).slice(1)).toEqual((app.subPackages ?? []).map((s) => s.root.replace(/\/$/, '')));
    for (const s of sizes) {
      expect(s.budget).toBeLessThanOrEqual(WECHAT_PACKAGE_CAP);
      expect({ root: s.root || 'main', bytes: s.bytes, within: s.bytes <= s.budget }).toEqual({
        root: s.root || 'main',
        bytes: s.bytes,
        within: true,
      });
    }
  });
});
