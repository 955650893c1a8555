import { act, renderHook } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { applyElderMode, ELDER_CLASS, ELDER_KEY, elderModeOn, useElderMode } from './useElderMode';

type WithBaseInfo = { getAppBaseInfo?: () => { fontSizeScaleFactor?: number } };
const phoneScale = (factor: number | undefined) => {
  (Taro as WithBaseInfo).getAppBaseInfo = factor === undefined ? undefined : () => ({ fontSizeScaleFactor: factor });
};

beforeEach(() => {
  Taro.clearStorageSync();
  phoneScale(undefined);
  document.documentElement.classList.remove(ELDER_CLASS);
});

describe('长辈模式', () => {
  it('is off by default where the platform tells no font scale (h5)', () => {
    expect(elderModeOn()).toBe(false);
    expect(applyElderMode()).toBe(false);
    expect(document.documentElement.classList.contains(ELDER_CLASS)).toBe(false);
  });

  it('comes on at launch for a phone set to large text (×1.15 and up), not for ×1.1', () => {
    phoneScale(1.1);
    expect(elderModeOn()).toBe(false);
    phoneScale(1.15);
    expect(applyElderMode()).toBe(true);
    expect(document.documentElement.classList.contains(ELDER_CLASS)).toBe(true);
  });

  it('the switch is stored and wins over the phone’s font scale', () => {
    phoneScale(1.3);
    const { result } = renderHook(() => useElderMode());
    expect(result.current.on).toBe(true);
    act(() => result.current.setElderMode(false));
    expect(Taro.getStorageSync(ELDER_KEY)).toBe(false);
    expect(result.current.on).toBe(false);
    expect(applyElderMode()).toBe(false);
  });

  it('switching on one page reaches another page that is open, and the whole document', () => {
    const me = renderHook(() => useElderMode());
    const home = renderHook(() => useElderMode());
    act(() => me.result.current.setElderMode(true));
    expect(home.result.current.on).toBe(true);
    expect(document.documentElement.classList.contains(ELDER_CLASS)).toBe(true);
    // h5 has the class on <html> already; a page's root needs it only in weapp
    expect(home.result.current.elderClass).toBe('');
  });
});
