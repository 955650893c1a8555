import type { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
// NutUI's theme variables, once for the whole app (components bring their own css on demand).
import '@nutui/nutui-react-taro/dist/styles/themes/default.css';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Only the mini-program talks to CloudBase; h5 goes through the local gateway (services/cloud.ts).
    if (process.env.TARO_ENV === 'weapp') {
      Taro.cloud.init({ env: CLOUD_ENV, traceUser: true });
    }
  });
  return children;
}

export default App;
