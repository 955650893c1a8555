import { maskPhonesInText } from './privacy';

describe('a phone typed into a note is masked before it is stored', () => {
  it.each([
    ['请联系住户13912345678处理', '请联系住户139****5678处理'],
    ['电话 139 1234 5678，下午在家', '电话 139****5678，下午在家'],
    ['139-1234-5678 或 15800001111', '139****5678 或 158****1111'],
  ])('%s', (text, stored) => expect(maskPhonesInText(text)).toBe(stored));

  it('leaves other numbers alone: dates, ticket numbers, a 12-digit run, a landline', () => {
    for (const text of ['20261121-04217 已处理', '编号 139123456789', '0392-3336017', '3号楼2单元501，已修好'])
      expect(maskPhonesInText(text)).toBe(text);
  });
});
