import { maskName, maskPhone, redact } from './privacy';

describe('masking personal information', () => {
  it('keeps the first three and last four digits of a phone number', () => {
    expect(maskPhone('13912345678')).toBe('139****5678');
  });
  it('keeps only the surname', () => {
    expect(maskName('张秀英')).toBe('张**');
  });
  it('redacts names, phones and addresses before a log line, at any depth', () => {
    expect(redact({ payload: { phone: '13912345678', description: '家里漏水', categoryId: 'c1' } })).toEqual({
      payload: { phone: '[redacted]', description: '[redacted]', categoryId: 'c1' },
    });
  });
});
