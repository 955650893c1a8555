import { render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { getPageInstance } from '@tarojs/runtime';
import App from './app';

describe('the app', () => {
  it('sends an unknown address to 找不到页面 (in WeChat and in h5), not a blank screen', () => {
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' } as never);
    render(<App>{null}</App>);
    // the hooks of the app register on its instance, which both platforms' routers call
    const handlers = (getPageInstance('taro-app') as unknown as Record<string, unknown>).onPageNotFound;
    for (const h of [handlers].flat().filter(Boolean) as ((res: unknown) => void)[]) {
      h({ path: '/pages/nowhere/index', query: {}, isEntryPage: true });
    }
    expect(redirectTo).toHaveBeenCalledWith({ url: '/pages/not-found/index' });
  });
});
