// babel-plugin-import for NutUI, shared by the build (babel.config.js) and the client tests:
// `import { Button } from '@nutui/nutui-react-taro'` becomes the one component's module (+ its css).
module.exports = (withStyle = true) => [
  'import',
  {
    libraryName: '@nutui/nutui-react-taro',
    libraryDirectory: 'dist/es/packages',
    camel2DashComponentName: false,
    customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
    ...(withStyle
      ? { customStyleName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}/style/css` }
      : { style: false }),
  },
  'nutui-react-taro',
];
