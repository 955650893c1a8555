/**
 * Mini-program smoke tests: the real compiled pages of dist/weapp, run by miniprogram-simulate.
 * Build first (`npm run build:weapp`); `npm test` does. Run: `npx jest --selectProjects weapp`.
 */
module.exports = {
  displayName: 'weapp',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.test.js'],
  testEnvironment: 'jsdom',
  // The compiled pages are plain CommonJS: nothing to transform.
  transform: {},
};
