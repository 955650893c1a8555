/**
 * Client component tests: jsdom with Taro's H5 runtime and web components, Testing Library queries.
 * Run from the repo root: `npx jest --selectProjects client` (or `npm run test:client`).
 */
const path = require('node:path');

const testUtils = path.dirname(require.resolve('@tarojs/test-utils-react/package.json'));
const taroJest = require(path.join(testUtils, 'dist/jest/initConfig.js')).default;

/** Packages that are plain CommonJS and must not be transformed. */
const CJS_ONLY = [
  'react',
  'react-dom',
  'scheduler',
  'jest[^/]*',
  '@jest',
  '@babel',
  'babel-[^/]*',
  '@testing-library',
  'jsdom',
  'whatwg-[^/]*',
];

module.exports = {
  displayName: 'client',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testEnvironment: 'jsdom',
  testEnvironmentOptions: { url: 'http://localhost/', customExportConditions: ['node', 'node-addons'] },
  setupFiles: ['<rootDir>/jest/setup.js'],
  setupFilesAfterEnv: ['<rootDir>/jest/after-env.js'],
  // room above Testing Library's 5 s waits (jest/after-env.js) on a loaded machine
  testTimeout: 20_000,
  transform: { '^.+\\.(t|j)sx?$|^.+\\.mjs$': '<rootDir>/jest/transform.js' },
  transformIgnorePatterns: [`/node_modules/(${CJS_ONLY.join('|')})/`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'json'],
  moduleNameMapper: {
    '^@lx/types$': '<rootDir>/../types/index.ts',
    '^@lx/types/(.*)$': '<rootDir>/../types/$1',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@tarojs/taro$': path.join(testUtils, 'dist/jest/runtime/taro-h5.js'),
    '^@tarojs/components$': '@tarojs/components/lib/react/index',
    '\\.(css|scss|sass|less)$': '<rootDir>/jest/style-stub.js',
    '\\.(png|jpe?g|gif|svg)$': '<rootDir>/jest/file-stub.js',
  },
  globals: taroJest.globals,
};
