// Runs before each test file's modules: the H5 flavour of Taro in jsdom.
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
global.React = require('react');
// @tarojs/router (pulled in by Taro's h5 runtime) imports @tarojs/taro back: load Taro first to
// break the cycle the right way round.
require('@tarojs/taro');
