// webpack loader: TypeScript + JSX → modern ESM JavaScript with swc, leaving everything else
// (targets, runtime helpers, Taro's macros) to babel-preset-taro, which runs after it.
const { transformSync } = require('@swc/core');

module.exports = function swcJsxLoader(source, inputMap) {
  const filename = this.resourcePath;
  if (!/\.(tsx?|jsx)$/.test(filename)) return this.callback(null, source, inputMap);
  const isTs = /\.tsx?$/.test(filename);
  const out = transformSync(source, {
    filename,
    sourceMaps: this.sourceMap,
    inputSourceMap: inputMap ? JSON.stringify(inputMap) : undefined,
    swcrc: false,
    configFile: false,
    jsc: {
      parser: isTs ? { syntax: 'typescript', tsx: filename.endsWith('.tsx') } : { syntax: 'ecmascript', jsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
      preserveAllComments: false,
    },
    module: { type: 'es6' },
  });
  this.callback(null, out.code, out.map ? JSON.parse(out.map) : undefined);
};
