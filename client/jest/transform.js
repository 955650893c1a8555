/**
 * Client test transform. Our sources: babel strips TypeScript and applies the build's NutUI
 * on-demand imports, then swc compiles JSX (automatic runtime) and ES modules to CommonJS. Packages
 * that ship ES modules (Taro, NutUI, swiper, zod …) go through swc only.
 */
const path = require('node:path');
const crypto = require('node:crypto');
const babel = require('@babel/core');
const { transformSync } = require('@swc/core');
const apiLoader = require('@tarojs/plugin-framework-react/dist/api-loader.js');
const nutuiImport = require('../config/nutui-import');

const repoDir = path.resolve(__dirname, '../..');
const TARO_H5_RUNTIME = `test-utils-react${path.sep}dist${path.sep}jest${path.sep}runtime${path.sep}taro-h5.js`;
const VERSION = '3';

function isOurs(filename) {
  return !filename.includes(`${path.sep}node_modules${path.sep}`) && filename.startsWith(repoDir);
}

const swc = (code, filename, parser, moduleType) =>
  transformSync(code, {
    filename,
    swcrc: false,
    configFile: false,
    sourceMaps: 'inline',
    // `hidden.jest` hoists jest.mock() above the requires, as babel-jest does.
    jsc: {
      parser,
      transform: { react: { runtime: 'automatic' }, hidden: { jest: moduleType === 'commonjs' } },
      target: 'es2020',
    },
    module: { type: moduleType },
  }).code;

function process(source, filename) {
  let code = source;
  // `@tarojs/taro` in h5 is taro-h5 plus the React hooks (useDidShow …), as Taro's own loader does it.
  if (filename.endsWith(TARO_H5_RUNTIME)) code = apiLoader(code);
  if (!isOurs(filename)) return { code: swc(code, filename, { syntax: 'ecmascript', jsx: true }, 'commonjs') };
  // JSX must be calls before babel-plugin-import runs: it follows identifiers, not JSX tags.
  const isTs = /\.tsx?$/.test(filename);
  const parser = isTs ? { syntax: 'typescript', tsx: filename.endsWith('.tsx') } : { syntax: 'ecmascript', jsx: true };
  code = swc(code, filename, parser, 'es6');
  code = babel.transformSync(code, {
    filename,
    babelrc: false,
    configFile: false,
    sourceMaps: 'inline',
    plugins: [nutuiImport(false)],
  }).code;
  return { code: swc(code, filename, { syntax: 'ecmascript' }, 'commonjs') };
}

module.exports = {
  process,
  getCacheKey(source, filename, options) {
    return crypto
      .createHash('sha1')
      .update(VERSION)
      .update(source)
      .update(filename)
      .update(options.configString)
      .update(require('../config/nutui-import').toString())
      .digest('hex');
  },
};
