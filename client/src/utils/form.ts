/** Turns a zod error or a server `fields` map into one Chinese message per form field. */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

export type FieldErrors = Record<string, string>;

/** The first message for each top-level field, in the schema's order. */
export function fieldErrors(issues: readonly IssueLike[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '_');
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
