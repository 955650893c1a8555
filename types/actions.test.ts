import { ACTION_ACCESS, ACTION_SCHEMAS, FileTicketPayload } from './actions';
import { ERROR_CODES, ERROR_MESSAGES } from './errors';

describe('the filing payload', () => {
  const good = { categoryId: 'cat-garbage', description: '楼下垃圾桶满了两天没人清运', requestId: 'req-00000001' };

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
  // the map against the permissions table (two objects written apart); the handlers each function
  // registers are compared with both in cloudfunctions/shared/permissions.test.ts
  it('every action with a schema says who may call it, and nothing else is declared', () => {
    const names = (m: Record<string, object>) =>
      Object.entries(m)
        .flatMap(([fn, actions]) => Object.keys(actions).map((a) => `${fn}.${a}`))
        .sort();
    expect(names(ACTION_ACCESS)).toEqual(names(ACTION_SCHEMAS));
  });
  it('every error code has a Chinese message', () => {
    for (const code of ERROR_CODES) expect(ERROR_MESSAGES[code]).toMatch(/[\u4e00-\u9fa5]/);
  });
});
