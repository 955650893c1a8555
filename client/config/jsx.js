/**
 * Who compiles JSX. babel-preset-taro needs `@babel/preset-react` (a peer dependency that Taro's
 * template installs); when it is present the stock Taro pipeline runs. When it is missing, swc (already
 * installed for jest) strips TypeScript and JSX first, and babel-preset-taro runs without its React
 * branch. Both emit the automatic runtime (`react/jsx-runtime`), so the output is equivalent.
 */
let hasPresetReact = true;
try {
  require.resolve('@babel/preset-react');
} catch {
  hasPresetReact = false;
}

module.exports = { hasPresetReact, swcLoader: require.resolve('./swc-jsx-loader.js') };
