import { fieldErrors, validate } from './form';

describe('fieldErrors', () => {
  it('keeps the first message per field, in the schema’s order', () => {
    expect(
      fieldErrors([
        { path: ['title'], message: '标题至少 2 个字' },
        { path: ['title'], message: '标题不能超过 40 个字' },
        { path: ['targets'], message: '请选择发布范围' },
      ]),
    ).toEqual({ title: '标题至少 2 个字', targets: '请选择发布范围' });
  });

  it('names a nested problem under its field and under its full path, as the server does', () => {
    expect(fieldErrors([{ path: ['responsible', 0, 'phone'], message: '请填写正确的电话号码' }])).toEqual({
      responsible: '请填写正确的电话号码',
      'responsible.0.phone': '请填写正确的电话号码',
    });
  });

  it('validate says the first message to show, or gives the data', () => {
    const schema = {
      safeParse: (v: unknown) =>
        v === 'ok'
          ? ({ success: true, data: 'ok' } as const)
          : ({ success: false, error: { issues: [{ path: ['code'], message: '请输入邀请码' }] } } as const),
    };
    expect(validate(schema, 'ok')).toEqual({ ok: true, data: 'ok' });
    expect(validate(schema, '')).toEqual({ ok: false, errors: { code: '请输入邀请码' }, message: '请输入邀请码' });
  });
});
