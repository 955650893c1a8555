import { ttlCache } from './cache';

describe('ttlCache', () => {
  const loads = () => {
    let n = 0;
    return { load: async () => ++n, count: () => n };
  };

  it('keeps a value for its time to live, measured on the now passed in', async () => {
    const c = ttlCache<number>(60_000);
    const l = loads();
    expect(await c.get(1_000, l.load)).toBe(1);
    expect(await c.get(60_999, l.load)).toBe(1);
    expect(c.peek(60_999)).toBe(1);
    expect(await c.get(61_000, l.load)).toBe(2);
    expect(l.count()).toBe(2);
  });

  it('a clock that moved back, and forget(), send the next read to the loader', async () => {
    const c = ttlCache<number>(60_000);
    const l = loads();
    await c.get(10_000, l.load);
    expect(c.peek(9_999)).toBeUndefined();
    expect(await c.get(9_999, l.load)).toBe(2);
    c.forget();
    expect(c.peek(9_999)).toBeUndefined();
    expect(await c.get(9_999, l.load)).toBe(3);
  });

  it('put keeps a value from its now; a failed load keeps nothing', async () => {
    const c = ttlCache<number>(1_000);
    expect(c.put(5, 7)).toBe(7);
    expect(c.peek(1_004)).toBe(7);
    expect(c.peek(1_005)).toBeUndefined();
    await expect(c.get(2_000, () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(c.peek(2_000)).toBeUndefined();
  });
});
