/**
 * Taro build config. Taro reads `config/index` from the directory it runs in, so builds run from
 * `client/` (`cd client && taro build --type weapp|h5`) and everything stays under client/. Outputs go
 * to the repo-level dist/weapp and dist/h5 that project.config.json and the gateway point at.
 */
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin';
import lianxin from '../../lianxin.config.json';

const clientDir = path.resolve(__dirname, '..');
const repoDir = path.resolve(clientDir, '..');
const platform = process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp';

/** The CloudBase environment id: lianxin.config.json's envId (the one deployment config), or LX_CLOUD_ENV at build time. */
const CLOUD_ENV = process.env.LX_CLOUD_ENV || lianxin.envId;

interface Chain {
  resolve: { plugin: (name: string) => { use: (plugin: unknown, args: unknown[]) => unknown } };
  // webpack-chain's Rule has sideEffects() but its typings do not: set the key itself
  module: { rule(name: string): { test(prefix: string): { set(key: string, value: unknown): unknown } } };
}

const webpackChain = (chain: Chain) => {
  // `@lx/types` and `@/…` come from the root tsconfig so the editor, jest and webpack agree.
  chain.resolve
    .plugin('tsconfig-paths')
    .use(TsconfigPathsPlugin, [
      { configFile: path.join(repoDir, 'tsconfig.json'), extensions: ['.ts', '.tsx', '.js', '.jsx'] },
    ]);
  // The contract is pure (its one side effect, dayjs.extend in time.ts, sits with the code that needs
  // it): a page that imports one thing from `@lx/types` must not carry every module its index
  // re-exports, or each new domain's definitions (the stats metrics) would land in the main package.
  chain.module
    .rule('lx-types-pure')
    .test(path.join(repoDir, 'types') + path.sep)
    .set('sideEffects', false);
};

// The shared contract lives outside src/ and zod ships modern syntax: both go through the script loaders.
const compile = { include: [path.join(repoDir, 'types'), (f: string) => /node_modules[\\/]zod[\\/]/.test(f)] };

export default defineConfig<'webpack5'>(async () => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'lianxin',
    date: '2025-1-1',
    // NutUI is drawn at 375; our own styles at 750.
    designWidth(input?: unknown) {
      const file = (input as { file?: string } | undefined)?.file?.replace(/\\+/g, '/') ?? '';
      return file.includes('@nutui') ? 375 : 750;
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: path.join(repoDir, 'dist', platform),
    plugins: [],
    defineConstants: {
      CLOUD_ENV: JSON.stringify(CLOUD_ENV),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: {
      enable: true,
      buildDependencies: {
        config: [__filename, path.join(clientDir, 'babel.config.js'), path.join(__dirname, 'nutui-import.js')],
      },
    },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      miniCssExtractPluginOption: { ignoreOrder: true },
      compile,
      webpackChain,
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      compile,
      webpackChain,
    },
  };
  return config;
});
