import { ACTION_SCHEMAS, FileTicketPayload } from './actions';
import { ERROR_CODES, ERROR_MESSAGES } from './errors';

describe('the filing payload', () => {
  const good = { categoryId: 'cat-garbage', description: '楼下垃圾桶满了两天没人清运' };

  it('fills defaults: normal urgency, not anonymous, no photos', () => {
    expect(FileTicketPayload.parse(good)).toEqual({
      ...good,
      urgency: 'normal',
      anonymous: false,
      photos: [],
    });
  });

  it('refuses a too-short description with a Chinese message', () => {
    const r = FileTicketPayload.safeParse({ ...good, description: ' 脏 ' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe('问题描述至少 5 个字');
  });

  it('refuses more than nine photos and photo ids that are not storage file ids', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `cloud://env/tickets/${i}.jpg`);
    expect(FileTicketPayload.safeParse({ ...good, photos: ten }).error?.issues[0].message).toBe('最多上传 9 张照片');
    expect(
      FileTicketPayload.safeParse({ ...good, photos: ['https://evil.example/x.jpg'] }).error?.issues[0].message,
    ).toBe('照片无效');
  });

  it('refuses a malformed phone number', () => {
    expect(FileTicketPayload.safeParse({ ...good, phone: '12345' }).error?.issues[0].message).toBe(
      '请填写 11 位手机号码',
    );
  });
});

describe('the action map', () => {
  it('every action has a schema', () => {
    for (const [fn, actions] of Object.entries(ACTION_SCHEMAS)) {
      for (const [name, schema] of Object.entries(actions)) {
        expect(typeof (schema as { safeParse?: unknown }).safeParse).toBe(`function`);
        expect(`${fn}.${name}`).toMatch(/^\w+\.\w+$/);
      }
    }
  });
  it('every error code has a Chinese message', () => {
    for (const code of ERROR_CODES) expect(ERROR_MESSAGES[code]).toMatch(/[\u4e00-\u9fa5]/);
  });
});
