// Runs before each test file's modules: the H5 flavour of Taro in jsdom.
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
global.React = require('react');
// @tarojs/router (pulled in by Taro's h5 runtime) imports @tarojs/taro back: load Taro first to
// break the cycle the right way round.
require('@tarojs/taro');

// Taro's page hooks (useDidShow, usePullDownRefresh …) find React through the app that
// createReactApp registers; tests have no app, so register an empty one.
const { createReactApp } = require('@tarojs/plugin-framework-react/dist/runtime');
createReactApp(() => null, global.React, require('react-dom'), { pages: [] });
