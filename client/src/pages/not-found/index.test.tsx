import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { renderPage, tap } from '../../../jest/render';
import NotFoundPage from './index';

describe('找不到页面', () => {
  it('says the page is not there and 返回首页 goes to 首页', () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' } as never);
    renderPage(NotFoundPage);
    expect(screen.getByText('找不到页面')).toBeTruthy();
    tap(screen.getByText('返回首页'));
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });
});
