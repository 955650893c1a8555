import { act, renderHook } from '@testing-library/react';
import Taro from '@tarojs/taro';
import * as z from 'zod/mini';
import { RequestId } from '@lx/types';
import { formDraftKey, readFormDraft, useZodForm } from './useZodForm';

const Schema = z.object({
  title: z.string().check(z.trim(), z.minLength(2, '标题至少 2 个字')),
  requestId: RequestId,
});
const KEY = formDraftKey('test');

type Photos = { photos: string[] };
const open = (photos: string[] = []) =>
  renderHook(() =>
    useZodForm(Schema, {
      initial: { title: '' },
      toInput: (v) => ({ ...v, photos }),
      persistKey: KEY,
      persistWith: { photos },
    }),
  );

beforeEach(() => Taro.clearStorageSync());

describe('useZodForm with persistKey', () => {
  it('keeps what was typed and the page’s own parts across a restart; an untouched form keeps nothing', () => {
    const first = open(['cloud://a.jpg']);
    expect(Taro.getStorageSync(KEY)).toBeFalsy();
    act(() => first.result.current.set('title', '路灯不亮'));
    first.unmount();
    expect(readFormDraft<Photos>(KEY)).toEqual({ photos: ['cloud://a.jpg'] });
    const again = open(['cloud://a.jpg']);
    expect(again.result.current.values.title).toBe('路灯不亮');
    expect(again.result.current.touched.title).toBe(true);
  });

  it('a send that failed is retried after a restart with the same requestId; done() clears the draft', async () => {
    const sent: string[] = [];
    const onSave = jest.fn(async (d: { requestId: string }) => void sent.push(d.requestId));
    const first = open();
    act(() => first.result.current.set('title', '路灯不亮'));
    await act(() => first.result.current.submit(onSave)());
    first.unmount(); // the app is killed with no answer
    const again = open();
    await act(() => again.result.current.submit(onSave)());
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);
    act(() => again.result.current.done());
    expect(Taro.getStorageSync(KEY)).toBeFalsy();
    // the next filing is a new intention, even with the same words
    const next = open();
    expect(next.result.current.values.title).toBe('');
    act(() => next.result.current.set('title', '路灯不亮'));
    await act(() => next.result.current.submit(onSave)());
    expect(sent[2]).not.toBe(sent[0]);
  });
});
