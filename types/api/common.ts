/**
 * Schema pieces every domain's action payloads share, and the building blocks that keep junk out:
 * text that shows something, names without hidden characters, photo lists without repeats, real
 * calendar days, instants and numbers inside sane bounds. Every piece says what is wrong in Chinese;
 * types/messages.test.ts walks the action map and fails on any message zod would make up itself.
 */
import * as z from 'zod/mini';

export const PAGE_SIZE = 20;
/** What a payload that is not an object at all is told (the dispatcher's COMMON.BAD_REQUEST text). */
export const BAD_PAYLOAD = '请求格式不正确';

/** A payload: an object of fields, or the one message above. */
export const payloadObject = <S extends z.core.$ZodLooseShape>(shape: S) => z.object(shape, BAD_PAYLOAD);

// ---- hidden characters
/**
 * Characters that draw nothing: controls (NUL …), format characters (zero-width spaces and joiners,
 * bidi embeddings and overrides such as U+202E, BOM, soft hyphen, tags), lone surrogates, and the
 * Hangul fillers, which are letters that render blank.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\u115f\u1160\u3164\uffa0]/gu;
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
/** A zero-width joiner between two emoji is part of one picture (👨‍👩‍👧), not a hidden character. */
const joinsEmoji = (s: string, at: number) =>
  EMOJI_BEFORE.test(s.slice(Math.max(0, at - 2), at)) && EMOJI_AFTER.test(s.slice(at + 1, at + 3));

/** Free text: hidden characters go, line breaks stay (as \n), tabs become spaces. */
export function cleanText(s: string): string {
  const unix = s.replace(/\r\n?/g, '\n');
  return unix.replace(HIDDEN, (c, at: number) => {
    if (c === '\n') return c;
    if (c === '\t') return ' ';
    return c === '\u200d' && joinsEmoji(unix, at) ? c : '';
  });
}
/** One line (a title, a name, a place): line breaks and runs of spaces become one space. */
export const cleanLine = (s: string): string => cleanText(s).replace(/\s+/g, ' ');

/** Something a reader can see: not a space, a combining mark alone, a control or a blank braille cell. */
const VISIBLE = /[^\s\p{M}\p{C}\u2800]/u;
export const isVisible = (s: string): boolean => VISIBLE.test(s);

/** Cleans with `clean`, then refuses what is left empty of visible characters (an optional field may be ''). */
const cleaned = (clean: (s: string) => string, message: string, allowEmpty: boolean) =>
  [z.overwrite(clean), z.trim(), z.refine<string>((s) => (allowEmpty && s === '') || isVisible(s), message)] as const;

/** What a text field says: 请填写X, X至少 N 个字, X不能超过 N 个字, unless told otherwise. */
export interface TextMessages {
  empty?: string;
  tooLong?: string;
}
const bounded = (what: string, min: number, max: number, m: TextMessages) =>
  [
    ...(min > 0 ? [z.minLength(min, min === 1 ? (m.empty ?? `请填写${what}`) : `${what}至少 ${min} 个字`)] : []),
    z.maxLength(max, m.tooLong ?? `${what}不能超过 ${max} 个字`),
  ] as const;

/** Free text (descriptions, notes, reasons, paragraphs): min and max count what is kept. */
export const visibleText = (what: string, min: number, max: number, m: TextMessages = {}) =>
  z
    .string(m.empty ?? `请填写${what}`)
    .check(...cleaned(cleanText, m.empty ?? `请填写${what}`, min === 0), ...bounded(what, min, max, m));
/** A one-line text (a title, a place, an org node's name): line breaks become spaces. */
export const lineText = (what: string, min: number, max: number, m: TextMessages = {}) =>
  z
    .string(m.empty ?? `请填写${what}`)
    .check(...cleaned(cleanLine, m.empty ?? `请填写${what}`, min === 0), ...bounded(what, min, max, m));
/** A person's name (nickname, 居民姓名, 连心卡 people): hidden characters go; nothing visible left, refused. */
export const personName = (what: string, max: number) => lineText(what, 1, max);
/** A room number as a home keeps it ('' for none): bindAddress and the door-to-door list clean it alike. */
export const Room = lineText('门牌号', 0, 20);

// ---- ids and files
/** An id the user picked from a list ("请选择楼栋"). */
export const id = (what: string) =>
  z.string(`请选择${what}`).check(z.minLength(1, `请选择${what}`), z.maxLength(64, `${what}无效`));
/** An opaque paging cursor returned by the previous page. */
export const cursor = z.optional(z.string('分页参数无效').check(z.maxLength(80, '分页参数无效')));
/** File IDs as `cloud://…` in WeChat and `local://…` in the emulator. */
export const FileId = z.string('照片无效').check(z.regex(/^(cloud|local):\/\/[\w./-]{1,300}$/, '照片无效'));
const distinct = (message: string) => z.refine<readonly unknown[]>((xs) => new Set(xs).size === xs.length, message);
/** A photo list: at most `max`, each once (nine copies of one photo are one photo). */
export const FileIds = (max: number) =>
  z._default(
    z.array(FileId, '照片无效').check(z.maxLength(max, `最多上传 ${max} 张照片`), distinct('同一张照片不能重复上传')),
    [],
  );
export const Phone = z.string('请填写 11 位手机号码').check(z.regex(/^1\d{10}$/, '请填写 11 位手机号码'));
export const Empty = payloadObject({});

// ---- dates, instants, numbers
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
const YEARS = `${FIRST_YEAR} 年至 ${LAST_YEAR} 年之间`;
const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const partsOf = (s: string) => DAY_SHAPE.exec(s)?.slice(1).map(Number);
const inYears = (s: string) => {
  const p = partsOf(s);
  return !p || (p[0] >= FIRST_YEAR && p[0] <= LAST_YEAR);
};
const realDay = (s: string) => {
  const p = partsOf(s);
  if (!p || !inYears(s)) return true; // the shape or the range says what is wrong
  const d = new Date(Date.UTC(p[0], p[1] - 1, p[2]));
  return d.getUTCFullYear() === p[0] && d.getUTCMonth() === p[1] - 1 && d.getUTCDate() === p[2];
};
/** A day of the calendar as `YYYY-MM-DD`: one that exists (no 2026-02-30), between 2000 and 2100. */
export const CalendarDate = z
  .string('日期格式应为 YYYY-MM-DD')
  .check(
    z.regex(DAY_SHAPE, '日期格式应为 YYYY-MM-DD'),
    z.refine<string>(inYears, `日期应在 ${YEARS}`),
    z.refine<string>(realDay, { error: (issue) => `没有 ${String(issue.input)} 这一天` }),
  );

const MIN_INSTANT = Date.UTC(FIRST_YEAR, 0, 1);
const MAX_INSTANT = Date.UTC(LAST_YEAR + 1, 0, 1) - 1;
/** Epoch ms between 2000 and 2100: past that no date reads sensibly (and JS dates end at 8.64e15). */
export const Instant = (what: string) =>
  z
    .number(`${what}无效`)
    .check(
      z.gte(MIN_INSTANT, `${what}应在 ${YEARS}`),
      z.lte(MAX_INSTANT, `${what}应在 ${YEARS}`),
      z.int(`${what}无效`),
    );

/** A whole number from min to max (`unit` is said after the bound: 小时, 天 …). */
export const boundedNumber = (what: string, min: number, max: number, unit = '') =>
  z
    .number(`请填写${what}`)
    .check(
      z.gte(min, `${what}不能小于 ${min}${unit}`),
      z.lte(max, `${what}不能超过 ${max}${unit}`),
      z.int(`${what}应为整数`),
    );
