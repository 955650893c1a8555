/**
 * Junk through the real dispatcher: a nickname with a bidi override is stored without it (handlers
 * see 管理员, not a reversed name), one with nothing visible is refused under its field in Chinese and
 * writes nothing, and a payload that is not an object is told so in Chinese (validationFailure keeps
 * mapping every issue to its field).
 */
import { expectOk, setupCloud } from '../test-support/cloud';
import { main } from './index';

const cloud = setupCloud({ tickets: 0 });
afterAll(() => cloud.cleanup());
const profile = (payload: unknown, openid: string) =>
  cloud.call(main, 'org', 'updateProfile', payload as Record<string, unknown>, openid);

describe('junk in a profile', () => {
  it('a nickname "\\u202e管理员" is kept as 管理员', async () => {
    expectOk(await cloud.call(main, 'org', 'me', {}, 'wx-junk-1'));
    const me = expectOk(await profile({ nickname: '\u202e管理员\u200b' }, 'wx-junk-1'));
    expect(me.nickname).toBe('管理员');
  });

  it('a nickname with nothing visible is refused under its field and nothing is written', async () => {
    expectOk(await cloud.call(main, 'org', 'me', {}, 'wx-junk-2'));
    const before = cloud.snapshot();
    for (const nickname of ['\u202e', '\u200b\u200b', '\u0000', ' \u2066\u2069 ']) {
      expect(await profile({ nickname }, 'wx-junk-2')).toMatchObject({
        ok: false,
        code: 'COMMON.VALIDATION',
        message: '请填写昵称',
        fields: { nickname: '请填写昵称' },
      });
    }
    expect(cloud.snapshot()).toEqual(before);
  });

  it('a payload that is not an object: 请求格式不正确, not zod’s default text', async () => {
    for (const payload of ['x', 1, [], true])
      expect(await profile(payload, 'wx-junk-2')).toMatchObject({
        ok: false,
        code: 'COMMON.VALIDATION',
        message: '请求格式不正确',
      });
  });
});
