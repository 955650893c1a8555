/**
 * 长辈模式: larger text, darker secondary text, taller buttons, for the whole app at once. The mode is
 * one class, `lx-elder`, under which app.scss redefines the theme's CSS variables (ours and NutUI's).
 * h5 puts it on <html>, so every page has it; weapp cannot reach `page` from script, so a page's root
 * view takes `elderClass` from this hook.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';

export const ELDER_KEY = 'lx.elderMode';
export const ELDER_CLASS = 'lx-elder';
const CHANGED = 'lx:elderMode';
/** WeChat's 适老化 guide: a phone set to large text (×1.15 and up) is a reader who wants 长辈模式. */
export const ELDER_FONT_SCALE = 1.15;

/** The phone's font scale where WeChat tells it (h5 has no getAppBaseInfo: 1). */
export function phoneFontScale(): number {
  try {
    const info = (Taro as { getAppBaseInfo?: () => { fontSizeScaleFactor?: number } }).getAppBaseInfo?.();
    return info?.fontSizeScaleFactor ?? 1;
  } catch {
    return 1;
  }
}

/** The user's own choice wins; without one, the phone's font scale decides. */
export function elderModeOn(): boolean {
  const stored: unknown = Taro.getStorageSync(ELDER_KEY);
  if (stored === true || stored === false) return stored;
  return phoneFontScale() >= ELDER_FONT_SCALE;
}

function applyToDocument(on: boolean) {
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
    document.documentElement.classList.toggle(ELDER_CLASS, on);
  }
}

/** At launch (app.tsx): the mode is on before the first page draws. */
export function applyElderMode(): boolean {
  const on = elderModeOn();
  applyToDocument(on);
  return on;
}

export function setElderMode(on: boolean) {
  Taro.setStorageSync(ELDER_KEY, on);
  applyToDocument(on);
  Taro.eventCenter.trigger(CHANGED, on);
}

export function useElderMode() {
  const [on, setOn] = useState(elderModeOn);
  useEffect(() => {
    // another page (我的 or 首页) switched it: a page kept in the stack follows
    const follow = (value: boolean) => setOn(value);
    Taro.eventCenter.on(CHANGED, follow);
    return () => void Taro.eventCenter.off(CHANGED, follow);
  }, []);
  return {
    on,
    setElderMode,
    /** for a page's root view in weapp; h5 already has the class on <html> */
    elderClass: on && process.env.TARO_ENV !== 'h5' ? ELDER_CLASS : '',
  };
}
