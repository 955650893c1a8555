/** Schema pieces every domain's action payloads share. */
import * as z from 'zod/mini';

export const PAGE_SIZE = 20;

/** An id the user picked from a list ("请选择楼栋"). */
export const id = (what: string) =>
  z.string(`请选择${what}`).check(z.minLength(1, `请选择${what}`), z.maxLength(64, `${what}无效`));
/** An opaque paging cursor returned by the previous page. */
export const cursor = z.optional(z.string().check(z.maxLength(80, '分页参数无效')));
/** File IDs as `cloud://…` in WeChat and `local://…` in the emulator. */
export const FileId = z.string('照片无效').check(z.regex(/^(cloud|local):\/\/[\w./-]{1,300}$/, '照片无效'));
export const Phone = z.string().check(z.regex(/^1\d{10}$/, '请填写 11 位手机号码'));
export const Empty = z.object({});
