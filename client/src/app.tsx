import type { PropsWithChildren } from 'react';
import Taro, { useLaunch, usePageNotFound } from '@tarojs/taro';
// NutUI's theme variables, once for the whole app (components bring their own css on demand).
import '@nutui/nutui-react-taro/dist/styles/themes/default.css';
import './app.scss';
import { applyElderMode } from './hooks/useElderMode';
import { PAGES } from './utils/nav';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // 长辈模式 (stored, or the phone's large font) is on before the first page draws
    applyElderMode();
    // Only the mini-program talks to CloudBase; h5 goes through the local gateway (services/cloud.ts).
    if (process.env.TARO_ENV === 'weapp') {
      Taro.cloud.init({ env: CLOUD_ENV, traceUser: true });
    }
  });
  // An unknown address (an old shared link, a mistyped h5 URL) lands on a page that says so instead of
  // a blank screen; WeChat honours only a redirect made synchronously inside this callback.
  usePageNotFound(() => void Taro.redirectTo({ url: PAGES.notFound }));
  return children;
}

export default App;
