import type { PropsWithChildren } from 'react';
import Taro, { useLaunch, usePageNotFound } from '@tarojs/taro';
// NutUI's theme variables, once for the whole app (components bring their own css on demand).
import '@nutui/nutui-react-taro/dist/styles/themes/default.css';
import './app.scss';
import { OfflineBar } from './components/OfflineBar';
import { applyElderMode } from './hooks/useElderMode';
import { PrivacySheet, AGREE_BUTTON_ID } from './components/PrivacySheet';
import { askFromPlatform } from './services/privacy';
import { startOutbox } from './services/outbox';
import { PAGES } from './utils/nav';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // 长辈模式 (stored, or the phone's large font) is on before the first page draws
    applyElderMode();
    // Only the mini-program talks to CloudBase; h5 goes through the local gateway (services/cloud.ts).
    if (process.env.TARO_ENV === 'weapp') {
      Taro.cloud.init({ env: CLOUD_ENV, traceUser: true });
      // WeChat asks before a protected API's first call (app.json __usePrivacyCheck__): our sheet
      // answers, with the id of the agree button WeChat checks was tapped
      if (typeof Taro.onNeedPrivacyAuthorization === 'function') {
        Taro.onNeedPrivacyAuthorization((resolve) => askFromPlatform(resolve, AGREE_BUTTON_ID));
      }
    }
    // after cloud.init: check-ins kept offline go when the network is back, also after a restart
    startOutbox();
  });
  // An unknown address (an old shared link, a mistyped h5 URL) lands on a page that says so instead of
  // a blank screen; WeChat honours only a redirect made synchronously inside this callback.
  usePageNotFound(() => void Taro.redirectTo({ url: PAGES.notFound }));
  // h5: the one consent sheet, over every page (weapp pages carry their own: PrivacySheetHost)
  return process.env.TARO_ENV === 'h5' ? (
    <>
      {children}
      <PrivacySheet />
      {/* h5: the one offline bar over every page (weapp: per page, components/OfflineBar.tsx) */}
      <OfflineBar />
    </>
  ) : (
    children
  );
}

export default App;
