/**
 * One way for a form to hold its values and say what is wrong with them: the values, `set(field,
 * value)`, the contract's zod schema turning the issues into one Chinese message per field, which
 * fields the user has touched, and a submit that checks first and ignores taps while it runs.
 *
 * Errors appear when the user submits (not while they type) and a field's message goes as soon as
 * that field is edited again; a server refusal's `fields` go under their fields through `setErrors`.
 *
 * With `persistKey` the form survives closing the page and restarting the app (hooks/useDraft.ts):
 * its values, what it was touched on, what the page keeps beside them (`persistWith`: a filing's
 * photos) and the requestId of the last send are kept as the user types and before a send leaves, so
 * the 提交 tapped after a restart is the same intention and the server creates nothing twice; `done()`
 * clears it.
 */
import { useEffect, useRef, useState } from 'react';
import { type FieldErrors, firstError, type Schema, validate } from '@/utils/form';
import { toast } from '@/utils/nav';
import { FORM_DRAFT_PREFIX, readDraft, useDraft } from './useDraft';
import { type Intention, takesRequestId, useRequestId } from './useRequestId';

export type Touched<V> = Partial<Record<keyof V, true>>;

export interface ZodFormOptions<V> {
  initial: V | (() => V);
  /** the values as the schema reads them (photos → file IDs, lines → paragraphs); default: as they are */
  toInput?: (values: V, touched: Touched<V>) => unknown;
  /** the error a field's edit answers when the schema names it otherwise (ComposeForm's text → body) */
  errorOf?: Partial<Record<keyof V, string>>;
  /** full-page forms also say the first problem in a toast; an action sheet shows it under itself */
  toastInvalid?: boolean;
  /** the form shows one line for all its problems (`error`): any edit clears it */
  oneLine?: boolean;
  /** keep the form on the phone under this key (FORM_DRAFT_PREFIX + a name) until `done()` */
  persistKey?: string;
  /** what the page keeps with the values (read back before the form with `readFormDraft`) */
  persistWith?: object;
}

interface FormDraft<V> {
  values: V;
  touched: Touched<V>;
  intent?: Intention;
  with?: object;
}

const isFormDraft = (raw: object) => 'values' in raw && typeof (raw as FormDraft<unknown>).values === 'object';

/** What a page kept beside a form's values (`persistWith`), for the parts it holds itself (photos). */
export const readFormDraft = <W extends object>(key: string | undefined): W | undefined =>
  key ? (readDraft<FormDraft<unknown>>(key, isFormDraft)?.with as W | undefined) : undefined;

export const formDraftKey = (name: string) => `${FORM_DRAFT_PREFIX}${name}`;

export interface ZodForm<V, T> {
  values: V;
  set: <K extends keyof V>(key: K, value: V[K]) => void;
  errors: FieldErrors;
  /** the first message, for forms that show one line */
  error: string;
  touched: Touched<V>;
  submitting: boolean;
  /** checks now: the parsed data, or undefined with the messages shown */
  check: () => T | undefined;
  /** a tap handler: checks, then runs `onValid` (synchronously up to its first await: WeChat's dialogs) */
  submit: <A extends unknown[]>(
    onValid: (data: T, ...args: A) => Promise<void> | void,
    onInvalid?: (errors: FieldErrors) => void,
  ) => (...args: A) => Promise<void>;
  setErrors: (errors: FieldErrors) => void;
  clear: (...keys: string[]) => void;
  /** the send succeeded: the next is a new intention (a new requestId) even with the same content */
  done: () => void;
}

export function useZodForm<V extends object, T>(schema: Schema<T>, options: ZodFormOptions<V>): ZodForm<V, T> {
  const { toInput, errorOf, toastInvalid, oneLine, persistKey, persistWith } = options;
  const draft = useDraft<FormDraft<V>>(persistKey, isFormDraft);
  const [values, setValues] = useState<V>(() => {
    const initial = typeof options.initial === 'function' ? (options.initial as () => V)() : options.initial;
    return draft.restored ? { ...initial, ...draft.restored.values } : initial;
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [touched, setTouched] = useState<Touched<V>>(() => draft.restored?.touched ?? {});
  const [submitting, setSubmitting] = useState(false);
  // a ref as well as the state: two taps within one render must not both send
  const running = useRef(false);
  // a creating action's form: one requestId per intention, the same on every retry of it (useRequestId),
  // and after a restart the one the draft kept
  const intent = useRequestId(draft.restored?.intent);
  const once = takesRequestId(schema);

  const keep = () => draft.keep({ values, touched, intent: intent.current(), with: persistWith });
  // kept as the user types (not on the first render: an untouched form leaves nothing behind); keep()
  // reads exactly what the effect runs on
  const opened = useRef(false);
  const withText = JSON.stringify(persistWith ?? null);
  useEffect(() => {
    if (opened.current) keep();
    opened.current = true;
  }, [values, touched, withText]);

  const clear = (...keys: string[]) =>
    setErrors((e) => (keys.some((k) => e[k]) ? { ...e, ...Object.fromEntries(keys.map((k) => [k, ''])) } : e));

  const set = <K extends keyof V>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setTouched((t) => (t[key] ? t : { ...t, [key]: true }));
    if (oneLine) setErrors((e) => (firstError(e) ? {} : e));
    else clear(errorOf?.[key] ?? String(key));
  };

  const checked = () => {
    const input = toInput ? toInput(values, touched) : values;
    // the same content is the same intention (a retry); anything else sent is a new one
    const res = validate(schema, once ? { ...(input as object), requestId: intent.for(JSON.stringify(input)) } : input);
    // on the phone before the send leaves: a restart after it reached the server resends this same id
    if (persistKey && once && res.ok) keep();
    setErrors(res.ok ? {} : res.errors);
    if (!res.ok && toastInvalid) toast(res.message);
    return res;
  };
  const check = (): T | undefined => {
    const res = checked();
    return res.ok ? res.data : undefined;
  };

  const submit: ZodForm<V, T>['submit'] =
    (onValid, onInvalid) =>
    async (...args) => {
      if (running.current) return;
      const res = checked();
      if (!res.ok) return onInvalid?.(res.errors);
      running.current = true;
      setSubmitting(true);
      try {
        await onValid(res.data, ...args);
      } finally {
        running.current = false;
        setSubmitting(false);
      }
    };

  const done = () => {
    intent.renew();
    draft.drop();
  };
  return { values, set, errors, error: firstError(errors), touched, submitting, check, submit, setErrors, clear, done };
}
