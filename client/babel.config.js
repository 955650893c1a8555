// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
const { hasPresetReact } = require('./config/jsx');
const nutuiImport = require('./config/nutui-import');

module.exports = {
  presets: [
    [
      'taro',
      // Without @babel/preset-react the swc loader (config/jsx.js) has already compiled TS and JSX.
      hasPresetReact ? { framework: 'react', ts: true, compiler: 'webpack5' } : { framework: 'swc', ts: false, compiler: 'webpack5' },
    ],
  ],
  plugins: [nutuiImport()],
};
