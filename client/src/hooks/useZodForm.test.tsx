import { act, renderHook } from '@testing-library/react';
import * as z from 'zod/mini';
import { useZodForm } from './useZodForm';

const Schema = z.object({
  title: z.string().check(z.trim(), z.minLength(2, '标题至少 2 个字')),
  phone: z.optional(z.string().check(z.regex(/^1\d{10}$/, '请填写正确的手机号码'))),
});

const setup = (onSave = jest.fn()) => {
  const hook = renderHook(() =>
    useZodForm(Schema, {
      initial: { title: '', phone: '' },
      // only what was touched is sent, as the profile page does
      toInput: (v, touched) => ({ title: v.title, ...(touched.phone ? { phone: v.phone } : {}) }),
    }),
  );
  const submit = () => hook.result.current.submit(onSave)();
  return { hook, onSave, submit };
};

describe('useZodForm', () => {
  it('says nothing while the user types, and the schema’s words per field on submit', async () => {
    const { hook, onSave, submit } = setup();
    act(() => hook.result.current.set('title', '通'));
    expect(hook.result.current.errors).toEqual({});
    await act(submit);
    expect(hook.result.current.errors).toEqual({ title: '标题至少 2 个字' });
    expect(hook.result.current.error).toBe('标题至少 2 个字');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('clears a field’s message when that field is edited, and no other', async () => {
    const { hook, submit } = setup();
    act(() => hook.result.current.set('phone', '123'));
    await act(submit);
    expect(hook.result.current.errors).toEqual({ title: '标题至少 2 个字', phone: '请填写正确的手机号码' });
    act(() => hook.result.current.set('phone', '13800000002'));
    expect(hook.result.current.errors.title).toBe('标题至少 2 个字');
    expect(hook.result.current.errors.phone).toBe('');
  });

  it('hands the parsed data on, with only the touched fields', async () => {
    const { hook, onSave, submit } = setup();
    act(() => hook.result.current.set('title', '  停水通知  '));
    await act(submit);
    expect(onSave).toHaveBeenCalledWith({ title: '停水通知' });
  });

  it('ignores a second tap while the first is still being sent', async () => {
    let finish = () => undefined as void;
    const onSave = jest.fn(() => new Promise<void>((r) => (finish = r)));
    const { hook, submit } = setup(onSave);
    act(() => hook.result.current.set('title', '停水通知'));
    let first: Promise<void> = Promise.resolve();
    await act(async () => {
      first = submit();
      await submit();
    });
    expect(hook.result.current.submitting).toBe(true);
    await act(async () => {
      finish();
      await first;
    });
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(hook.result.current.submitting).toBe(false);
  });
});

describe('useZodForm on a creating action (its schema takes a requestId)', () => {
  const Filing = z.object({
    title: z.string().check(z.minLength(2, '标题至少 2 个字')),
    requestId: z.string().check(z.regex(/^[\w-]{8,64}$/)),
  });
  const setupOnce = () => {
    const sent: { title: string; requestId: string }[] = [];
    const hook = renderHook(() => useZodForm(Filing, { initial: { title: '路灯不亮' } }));
    const send = () => act(() => hook.result.current.submit(async (d) => void sent.push(d))());
    return { hook, sent, send };
  };

  it('sends one requestId per intention: the same on a retry of the same content', async () => {
    const { sent, send } = setupOnce();
    await send();
    await send();
    expect(sent).toHaveLength(2);
    expect(sent[0].requestId).toMatch(/^[\w-]{8,64}$/);
    expect(sent[1].requestId).toBe(sent[0].requestId);
  });

  it('a new one when the content changes, and after done() (a success) even for the same content', async () => {
    const { hook, sent, send } = setupOnce();
    await send();
    act(() => hook.result.current.set('title', '路灯不亮三天了'));
    await send();
    expect(sent[1].requestId).not.toBe(sent[0].requestId);
    act(() => hook.result.current.done());
    await send();
    expect(sent[2].requestId).not.toBe(sent[1].requestId);
    expect(sent[2].title).toBe(sent[1].title);
  });

  it('adds nothing to a form whose schema takes none', async () => {
    const { hook, onSave, submit } = setup();
    act(() => hook.result.current.set('title', '通知'));
    await act(submit);
    expect(onSave).toHaveBeenCalledWith({ title: '通知' });
  });
});
