// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
const nutuiImport = require('./config/nutui-import');

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  plugins: [nutuiImport()],
};
