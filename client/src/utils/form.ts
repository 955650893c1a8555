/**
 * Form checking with the contract's zod schemas: a zod error (or a server `fields` map) becomes one
 * Chinese message per form field. Pure, so `run.ts` and `useZodForm` share it.
 */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

export type FieldErrors = Record<string, string>;

/** What `validate` needs of a schema: zod's and zod/mini's `safeParse`. */
export interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };
}

/** Said when a refusal names no field (a schema always names one; a server answer may not). */
export const INVALID_MESSAGE = '填写的内容有误，请检查后重试';

/**
 * The first message for each field, in the schema's order: under the top-level field (正文 shows a
 * paragraph's problem) and, for a nested one, also under its full path as the server names it
 * (`responsible.0.phone`: the 连心卡 person's phone field).
 */
export function fieldErrors(issues: readonly IssueLike[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const keys = [String(issue.path[0] ?? '_'), issue.path.map(String).join('.')];
    for (const key of keys) if (key && !(key in out)) out[key] = issue.message;
  }
  return out;
}

/** The message to show first (a toast, the line under an action form). */
export const firstError = (errors: FieldErrors): string => Object.values(errors).find(Boolean) ?? '';

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; message: string };

/** Parses `input` with `schema`: the data, or the messages per field and the one to say first. */
export function validate<T>(schema: Schema<T>, input: unknown): Checked<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors = fieldErrors(parsed.error.issues);
  return { ok: false, errors, message: firstError(errors) || INVALID_MESSAGE };
}
