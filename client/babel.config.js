// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
const { hasPresetReact } = require('./config/jsx');

// NutUI is imported on demand: each component's module and its compiled css, nothing else.
const nutui = [
  'import',
  {
    libraryName: '@nutui/nutui-react-taro',
    libraryDirectory: 'dist/es/packages',
    camel2DashComponentName: false,
    customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
    customStyleName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}/style/css`,
  },
  'nutui-react-taro',
];

module.exports = {
  presets: [
    [
      'taro',
      // Without @babel/preset-react the swc loader (config/jsx.js) has already compiled TS and JSX.
      hasPresetReact ? { framework: 'react', ts: true, compiler: 'webpack5' } : { framework: 'swc', ts: false, compiler: 'webpack5' },
    ],
  ],
  plugins: [nutui],
};
