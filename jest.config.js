/**
 * One jest run, several projects (the test layers of ARCHITECTURE.md):
 *   domain    — pure rules and schemas under types/
 *   cloud     — cloud function actions through their real handlers on the emulator
 *   emulator  — the emulator and its conformance suite against the real wx-server-sdk
 *   client    — components in jsdom with Taro's H5 components (see client/jest.config.js)
 *   weapp     — miniprogram-simulate smoke tests of the compiled weapp build
 *   ship      — the deploy plan (scripts/deploy) and the checks of what ships (scripts/ship, after build:weapp)
 *   reliability — `npm run test:reliability` (reliability/run.ts): the authorization matrix, fuzz,
 *               concurrency, kill -9, limits and privacy, on the cloud project's fake clock
 */
const aliases = {
  '^@lx/types$': '<rootDir>/types/index.ts',
  '^@lx/types/(.*)$': '<rootDir>/types/$1',
  '^@cloud/(.*)$': '<rootDir>/cloudfunctions/$1',
  '^@emulator/(.*)$': '<rootDir>/emulator/$1',
};
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
];
const node = (displayName, roots, extra = {}) => ({
  displayName,
  rootDir: __dirname,
  roots,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: aliases,
  testMatch: ['**/*.test.ts'],
  ...extra,
});

module.exports = {
  projects: [
    node('domain', ['<rootDir>/types']),
    // one fake clock (Date only) at the seed's instant: cloudfunctions/test-support/clock.ts
    node('cloud', ['<rootDir>/cloudfunctions'], {
      setupFilesAfterEnv: ['<rootDir>/cloudfunctions/test-support/clock.setup.ts'],
    }),
    node('emulator', ['<rootDir>/emulator']),
    node('reliability', ['<rootDir>/reliability'], {
      // timeout.setup.ts: a matrix row is one action for every identity × scope, 5 s is too short
      setupFilesAfterEnv: [
        '<rootDir>/cloudfunctions/test-support/clock.setup.ts',
        '<rootDir>/reliability/timeout.setup.ts',
      ],
    }),
    // the deploy scripts and the checks of what ships (scripts/**: the weapp build's checks need build:weapp)
    node('ship', ['<rootDir>/scripts']),
    '<rootDir>/client/jest.config.js',
    '<rootDir>/client/weapp-smoke/jest.config.js',
  ],
};
