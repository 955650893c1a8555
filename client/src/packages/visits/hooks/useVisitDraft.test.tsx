import { act, renderHook } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { networkFail } from '@/services/cloud';
import { DRAFT_PREFIX } from '../draft';
import { useVisitDraft } from './useVisitDraft';

beforeEach(() => Taro.clearStorageSync());

describe('a visit’s draft', () => {
  it('survives the page going away: values come back for the same visit id', () => {
    const send = jest.fn();
    const first = renderHook(() => useVisitDraft('v1', send));
    act(() => first.result.current.setValues((v) => ({ ...v, warmth: '讲解了高龄津贴' })));
    first.unmount();
    const again = renderHook(() => useVisitDraft('v1', send));
    expect(again.result.current.values.warmth).toBe('讲解了高龄津贴');
    expect(renderHook(() => useVisitDraft('v2', send)).result.current.values.warmth).toBe('');
  });

  it('a failed step stays unsent and is retried, even after a restart, with the same requestId', async () => {
    const send = jest.fn().mockResolvedValueOnce(networkFail()).mockResolvedValue({ ok: true, data: {} });
    const first = renderHook(() => useVisitDraft('v1', send));
    await act(async () => {
      await first.result.current.send({ step: 1, payload: { visitId: 'v1', step: 1, data: {} }, label: '第 1 步' });
    });
    expect(first.result.current.pending?.label).toBe('第 1 步');
    const id = send.mock.calls[0][1] as string;
    first.unmount();
    const again = renderHook(() => useVisitDraft('v1', send));
    expect(again.result.current.pending?.requestId).toBe(id);
    await act(async () => {
      expect(await again.result.current.retry()).toBe(true);
    });
    expect(send.mock.calls[1][1]).toBe(id);
    expect(again.result.current.pending).toBeUndefined();
    expect((Taro.getStorageSync(`${DRAFT_PREFIX}v1`) as { pending?: unknown }).pending).toBeUndefined();
  });
});
