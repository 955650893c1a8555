/**
 * Junk is refused at the contract: text with nothing visible, names carrying bidi or zero-width
 * characters, the same photo twice, days that do not exist, instants past any sane date and numbers
 * no limit could mean. The blocks are in api/common.ts; each action schema uses them.
 */
import {
  CalendarDate,
  FileIds,
  FileTicketPayload,
  Instant,
  personName,
  SaveCategoryPayload,
  SaveHolidaysPayload,
  SaveNodePayload,
  SaveNoticePayload,
  UpdateProfilePayload,
  ProgressPayload,
  NearbyPayload,
  visibleText,
  boundedNumber,
} from './actions';
import { TimeLimit } from './category';

type Parser = {
  safeParse(x: unknown): { success: boolean; data?: unknown; error?: { issues: { message: string }[] } };
};
const firstMessage = (s: Parser, x: unknown) => s.safeParse(x).error?.issues[0]?.message;
const parsed = (s: Parser, x: unknown) => {
  const r = s.safeParse(x);
  if (!r.success) throw new Error(`refused: ${r.error?.issues.map((i) => i.message).join('; ')}`);
  return r.data;
};

/** creating actions take a client request id (idempotency); a valid one, so the field under test speaks */
const RID = 'req-junk-0001';

const INVISIBLE_ONLY = [
  '\u200b\u200b\u200b\u200b\u200b\u200b',
  '\u202e\u202e\u202e\u202e\u202e\u202e',
  '\u0000\u0000\u0000\u0000\u0000\u0000',
  '\u2066\u2069\ufeff\u2060\u200e\u200f',
  ' \u3000\u00a0\t\u200d\u200c ',
  '\u3164\u3164\u3164\u3164\u3164\u3164',
  '\u0301\u0301\u0301\u0301\u0301\u0301',
];

describe('visibleText: text must show something', () => {
  const text = visibleText('问题描述', 5, 50);
  it.each(INVISIBLE_ONLY)('refuses text made only of invisible characters (%j)', (s) => {
    expect(text.safeParse(s).success).toBe(false);
    expect(firstMessage(text, s)).toMatch(/问题描述/);
  });
  it('strips controls and bidi overrides from text it keeps, and keeps line breaks', () => {
    expect(parsed(text, '\u202e楼下垃圾\u0000桶满了\n两天\u200b没人管 ')).toBe('楼下垃圾桶满了\n两天没人管');
  });
  it('keeps emoji sequences whole', () => {
    expect(parsed(text, '楼下吵闹👨‍👩‍👧❤️')).toBe('楼下吵闹👨‍👩‍👧❤️');
  });
  it('says the same messages as before for short and long text', () => {
    expect(firstMessage(text, ' 脏 ')).toBe('问题描述至少 5 个字');
    expect(firstMessage(text, '字'.repeat(51))).toBe('问题描述不能超过 50 个字');
    expect(firstMessage(text, 5)).toBe('请填写问题描述');
  });
  it('counts only what is kept: zero-width padding does not make text long enough', () => {
    expect(text.safeParse('脏\u200b\u200b\u200b\u200b\u200b').success).toBe(false);
  });
});

describe('personName: names lose zero-width and bidi characters', () => {
  const nickname = personName('昵称', 20);
  it('the nickname "\\u202e管理员" is saved as 管理员', () => {
    expect(parsed(nickname, '\u202e管理员')).toBe('管理员');
    expect(parsed(nickname, '管\u200b理\u200d员\u2066')).toBe('管理员');
    expect(parsed(nickname, ' 张\n\t三 ')).toBe('张 三');
  });
  it.each(INVISIBLE_ONLY)('is refused when nothing visible remains (%j)', (s) => {
    expect(firstMessage(nickname, s)).toBe('请填写昵称');
  });
  it('applies to the profile, the 连心卡 people and on-behalf filings', () => {
    expect(firstMessage(UpdateProfilePayload, { nickname: '\u202e\u200b' })).toBe('请填写昵称');
    expect(parsed(UpdateProfilePayload, { nickname: '\u202e管理员' })).toEqual({ nickname: '管理员' });
    const person = { duty: '网格员', name: '\u202e\u200b', phone: '13800000000' };
    expect(firstMessage(SaveNodePayload, { type: 'grid', parentId: 'c1', name: '一网格', responsible: [person] })).toBe(
      '请填写姓名',
    );
    const filing = {
      categoryId: 'c',
      requestId: RID,
      description: '楼下垃圾桶满了',
      source: 'patrol',
      residentName: '\u202e',
    };
    expect(firstMessage(FileTicketPayload, filing)).toBe('请填写居民姓名');
  });
});

describe('schemas refuse invisible-only text in every free-text field', () => {
  const filing = { categoryId: 'cat-garbage', requestId: RID, description: '楼下垃圾桶满了两天' };
  it.each(INVISIBLE_ONLY)('filing description, progress note, notice title and paragraph, node name (%j)', (s) => {
    expect(FileTicketPayload.safeParse({ ...filing, description: s }).success).toBe(false);
    expect(ProgressPayload.safeParse({ id: 't1', version: 1, note: s }).success).toBe(false);
    const notice = { title: '停水通知', body: [{ type: 'p', text: '明天停水' }], targets: ['street'], requestId: RID };
    expect(SaveNoticePayload.safeParse({ ...notice, title: s }).success).toBe(false);
    expect(SaveNoticePayload.safeParse({ ...notice, body: [{ type: 'p', text: s }] }).success).toBe(false);
    expect(SaveNodePayload.safeParse({ type: 'grid', parentId: 'c1', name: s }).success).toBe(false);
  });
});

describe('FileIds: a photo list holds no duplicates', () => {
  const one = 'cloud://env/tickets/a.jpg';
  it('refuses nine copies of one photo', () => {
    const filing = { categoryId: 'c', requestId: RID, description: '楼下垃圾桶满了', photos: Array(9).fill(one) };
    expect(firstMessage(FileTicketPayload, filing)).toBe('同一张照片不能重复上传');
    expect(firstMessage(FileIds(9), [one, one])).toBe('同一张照片不能重复上传');
  });
  it('keeps distinct photos and defaults to none', () => {
    expect(parsed(FileIds(9), [one, 'local://tickets/b.jpg'])).toEqual([one, 'local://tickets/b.jpg']);
    expect(parsed(FileIds(9), undefined)).toEqual([]);
  });
  it('refuses the same image twice in a notice', () => {
    const img = { type: 'img', fileId: one };
    const notice = {
      title: '停水通知',
      body: [{ type: 'p', text: '明天停水' }, img, img],
      targets: ['street'],
      requestId: RID,
    };
    expect(firstMessage(SaveNoticePayload, notice)).toBe('同一张图片不能重复插入');
  });
});

describe('CalendarDate: a real day between 2000 and 2100', () => {
  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29', '2026-04-31'])('refuses %s', (d) => {
    expect(firstMessage(CalendarDate, d)).toBe(`没有 ${d} 这一天`);
  });
  it.each(['1999-12-31', '2101-01-01', '0000-01-01', '9999-12-31'])('refuses %s as out of range', (d) => {
    expect(firstMessage(CalendarDate, d)).toBe('日期应在 2000 年至 2100 年之间');
  });
  it('keeps real days, leap days included; refuses other shapes', () => {
    expect(parsed(CalendarDate, '2028-02-29')).toBe('2028-02-29');
    expect(firstMessage(CalendarDate, '2026-2-3')).toBe('日期格式应为 YYYY-MM-DD');
    expect(firstMessage(SaveHolidaysPayload, { holidays: ['2026-02-30'], workdays: [] })).toBe(
      '没有 2026-02-30 这一天',
    );
  });
});

describe('Instant: epoch ms inside 2000–2100', () => {
  const publishAt = Instant('发布时间');
  it('refuses a publishAt past the JS date range, or before 2000', () => {
    expect(firstMessage(publishAt, 8.64e15 + 1)).toBe('发布时间应在 2000 年至 2100 年之间');
    expect(firstMessage(publishAt, 1e17)).toBe('发布时间应在 2000 年至 2100 年之间');
    expect(firstMessage(publishAt, 1)).toBe('发布时间应在 2000 年至 2100 年之间');
    expect(firstMessage(publishAt, 1.5e12 + 0.5)).toBe('发布时间无效');
    const notice = { title: '停水通知', body: [{ type: 'p', text: '明天停水' }], targets: ['street'], requestId: RID };
    expect(firstMessage(SaveNoticePayload, { ...notice, publishAt: 8.64e15 + 1 })).toBe(
      '发布时间应在 2000 年至 2100 年之间',
    );
    expect(firstMessage(SaveNoticePayload, { ...notice, expiresAt: 1e300 })).toBe('截止时间应在 2000 年至 2100 年之间');
  });
  it('keeps an instant of this century', () => {
    expect(parsed(publishAt, Date.UTC(2026, 5, 1))).toBe(Date.UTC(2026, 5, 1));
  });
});

describe('numbers inside sane bounds', () => {
  it('refuses responseHours 1e-7, NaN-like and huge values', () => {
    for (const h of [1e-7, 0, -1, 1.5, 721, 1e9])
      expect(SaveCategoryPayload.safeParse({ id: 'c', responseHours: h }).success).toBe(false);
    expect(firstMessage(SaveCategoryPayload, { id: 'c', responseHours: 1e-7 })).toBe('响应时限不能小于 1 小时');
    expect(parsed(SaveCategoryPayload, { id: 'c', responseHours: 4 })).toEqual({ id: 'c', responseHours: 4 });
  });
  it('a time limit is a whole number of its unit, within a year', () => {
    expect(firstMessage(TimeLimit, { value: 1e-7, unit: 'hours' })).toBe('时限不能小于 1');
    expect(firstMessage(TimeLimit, { value: 0, unit: 'days' })).toBe('时限不能小于 1');
    expect(firstMessage(TimeLimit, { value: 800, unit: 'hours' })).toBe('时限不能超过 720 小时');
    expect(firstMessage(TimeLimit, { value: 400, unit: 'days' })).toBe('时限不能超过 365 天');
    expect(firstMessage(TimeLimit, { value: 300, unit: 'workdays' })).toBe('时限不能超过 250 个工作日');
    expect(parsed(TimeLimit, { value: 3, unit: 'workdays' })).toEqual({ value: 3, unit: 'workdays' });
  });
  it('boundedNumber says what and where', () => {
    const n = boundedNumber('户数', 0, 100);
    expect(firstMessage(n, '3')).toBe('请填写户数');
    expect(firstMessage(n, 2.5)).toBe('户数应为整数');
    expect(firstMessage(n, -1)).toBe('户数不能小于 0');
    expect(firstMessage(n, 101)).toBe('户数不能超过 100');
  });
  it('a map point is on the earth', () => {
    expect(firstMessage(NearbyPayload, { lng: 200, lat: 30 })).toBe('位置无效');
    expect(firstMessage(NearbyPayload, { lng: 120, lat: -91 })).toBe('位置无效');
  });
});
