import { generatedRooms, householdIdOf, MAX_ROOMS, parseRooms, roomKey } from './rooms';

describe('a building’s rooms', () => {
  it('parses 房号 lists: ranges keep their prefix and width, separators of every kind', () => {
    expect(parseRooms('101-103,201-202')).toEqual(['101', '102', '103', '201', '202']);
    expect(parseRooms('1单元0101~0102；2单元301、 2单元302')).toEqual([
      '1单元0101',
      '1单元0102',
      '2单元301',
      '2单元302',
    ]);
    expect(parseRooms('  ')).toBeUndefined();
  });
  it('refuses a backwards or huge range, a repeat, a too-long room and too many rooms, in Chinese', () => {
    expect(parseRooms('106-101')).toBe('房号范围“106-101”有误：后一个数应不小于前一个');
    expect(parseRooms('1-9999')).toBe('房号范围“1-9999”过大');
    expect(parseRooms('101,102,101')).toBe('房号“101”重复');
    expect(parseRooms('一二三四五六七八九十一二三四五六七八九十一')).toMatch(/不能超过 20 个字/);
    const many = Array.from({ length: 21 }, (_, f) => `${f + 1}01-${f + 1}99`).join(',');
    expect(parseRooms(many)).toBe(`房号不能超过 ${MAX_ROOMS} 个`);
  });
  it('gives each room one id per building, the seed’s for generated rooms', () => {
    expect(generatedRooms(5)).toEqual(['1单元101', '1单元102', '1单元201', '1单元202', '1单元301']);
    expect(householdIdOf('bld-tianhejiacheng-03', '2单元501')).toBe('hh-tianhejiacheng-03-2-501');
    expect(roomKey('302')).toBe('302');
    expect(roomKey('1-302')).not.toBe(roomKey('1单元302'));
    expect(roomKey('商铺A')).toBe(roomKey('商铺A'));
    expect(roomKey('商铺A')).not.toBe(roomKey('商铺B'));
  });
});
