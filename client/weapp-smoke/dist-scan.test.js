/**
 * What ships to WeChat must carry nothing of the local stack: no demo sign-in, no emulator, no
 * gateway paths, no local hosts. The h5-only code is compiled out by TARO_ENV; this proves it.
 */
const fs = require('node:fs');
const path = require('node:path');
const { DIST, assertBuilt } = require('./harness');

const FORBIDDEN = [
  { what: 'the local demo sign-in', re: /\/dev\/login/ },
  { what: 'the emulator', re: /emulator/i },
  { what: 'the gateway function path', re: /\/fn\// },
  { what: 'the gateway upload path', re: /["'`]\/upload["'`]/ },
  { what: 'a local host', re: /localhost|127\.0\.0\.1/ },
  { what: 'the switch-identity link', re: /切换演示身份|\\u5207\\u6362\\u6f14\\u793a\\u8eab\\u4efd/ },
];

function files(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

describe('dist/weapp', () => {
  beforeAll(assertBuilt);

  it.each(FORBIDDEN)('contains nothing of $what', ({ re }) => {
    const hits = files(DIST)
      .filter((f) => /\.(js|json|wxml|wxss|wxs)$/.test(f))
      .filter((f) => re.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(DIST, f));
    expect(hits).toEqual([]);
  });

  it('initialises CloudBase with the production environment id', () => {
    const app = fs.readFileSync(path.join(DIST, 'app.js'), 'utf8');
    expect(app).toMatch(/cloud\.init\(\{env:"lianxin-prod"/);
  });

  it('keeps the main package within the 800 KB budget', () => {
    const main = files(DIST)
      .filter((f) => !path.relative(DIST, f).startsWith(`packages${path.sep}`))
      .reduce((sum, f) => sum + fs.statSync(f).size, 0);
    expect(main).toBeLessThanOrEqual(800 * 1024);
  });
});
