import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { renderInPage, tap } from '../../jest/render';
import { ErrorView } from './StateViews';

const NETWORK = '网络不给力，请检查网络后重试';

beforeEach(() => jest.restoreAllMocks());

describe('ErrorView offers only what can help', () => {
  it('no answer, or a server fault: 重试, and tapping it asks again', () => {
    const onRetry = jest.fn();
    renderInPage(<ErrorView error={{ code: 'COMMON.NETWORK', message: NETWORK }} onRetry={onRetry} />);
    tap(screen.getByText('重试'));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/^返回/)).toBeNull();
  });

  it('a permission refusal says why and offers the way back, never 重试', () => {
    const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'ok' } as never);
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{}, {}] as never);
    renderInPage(<ErrorView error={{ code: 'AUTH.FORBIDDEN', message: '您没有权限进行此操作' }} onRetry={jest.fn()} />);
    expect(screen.getByText('您没有权限进行此操作')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();
    tap(screen.getByText('返回'));
    expect(back).toHaveBeenCalled();
  });

  it('a page opened directly (no page to go back to) offers 返回首页', () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' } as never);
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{}] as never);
    renderInPage(<ErrorView error={{ code: 'TICKET.NOT_FOUND', message: '找不到该诉求' }} onRetry={jest.fn()} />);
    expect(screen.queryByText('重试')).toBeNull();
    tap(screen.getByText('返回首页'));
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });

  it('a wrong entry is not retried either', () => {
    renderInPage(
      <ErrorView error={{ code: 'COMMON.VALIDATION', message: '填写的内容有误，请检查后重试' }} onRetry={jest.fn()} />,
    );
    expect(screen.queryByText('重试')).toBeNull();
  });

  it('a page that cannot ask again (opened without what it needs) offers the way back', () => {
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{}] as never);
    renderInPage(<ErrorView message="没有指定要编辑的组织" />);
    expect(screen.queryByText('重试')).toBeNull();
    expect(screen.getByText('返回首页')).toBeTruthy();
  });

  it('without a code it offers 重试 as it always did, and says 加载失败 when there is no message either', () => {
    renderInPage(<ErrorView message="没有指定要编辑的组织" onRetry={jest.fn()} />);
    expect(screen.getByText('重试')).toBeTruthy();
    renderInPage(<ErrorView error={undefined} onRetry={jest.fn()} />);
    expect(screen.getByText('加载失败')).toBeTruthy();
    expect(screen.getAllByText('重试')).toHaveLength(2);
  });
});
