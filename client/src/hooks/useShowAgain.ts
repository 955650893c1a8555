import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';

/** Runs when the user comes back to the page (not on its first show, which the loaders cover). */
export function useShowAgain(cb: () => void): void {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) cb();
    shown.current = true;
  });
}
