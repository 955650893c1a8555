import { logLine, maskName, maskPhone, safeError } from './privacy';

describe('masking personal information', () => {
  it('keeps the first three and last four digits of a phone number', () => {
    expect(maskPhone('13912345678')).toBe('139****5678');
  });
  it('keeps only the surname', () => {
    expect(maskName('张秀英')).toBe('张**');
  });
});

describe('log lines are an allow-list', () => {
  const PHONE = '13912345678';
  it('an error is its name, code and frames, never its message (drivers echo the document)', () => {
    const e = Object.assign(new Error(`write failed: {"note":"请打${PHONE}"}\n    at ${PHONE}`), { code: 'E_WRITE' });
    const safe = safeError(e);
    expect(safe).toMatchObject({ name: 'Error', code: 'E_WRITE' });
    expect(safe.frames.length).toBeGreaterThan(0);
    expect(JSON.stringify(safe)).not.toContain(PHONE);
  });
  it('fields not on the list, and listed fields not in their shape, are dropped', () => {
    const line = logLine({
      level: 'info',
      where: 'tickets.file',
      requestId: 'r-1',
      counts: { marked: 2, complete: true, [PHONE]: 1, note: PHONE as unknown as number },
      orgId: PHONE,
      ...({ note: PHONE, payload: { phone: PHONE } } as object),
    } as Parameters<typeof logLine>[0]);
    expect(JSON.parse(line)).toEqual({
      level: 'info',
      where: 'tickets.file',
      requestId: 'r-1',
      counts: { marked: 2, complete: true },
    });
  });
});
