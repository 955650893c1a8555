import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { resetMe } from '@/hooks/useMe';
import { callCloud, networkFail } from '@/services/cloud';
import { resident, residentWithAddress } from '../../../../../jest/fixtures';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import { fakeCloud } from '../../testing/party';
import PostWishPage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

beforeEach(() => {
  call.mockReset();
  resetMe();
  Taro.clearStorageSync();
});

describe('提交微心愿', () => {
  it('one wish however often 提交心愿 is tapped after 网络不给力; then its page', async () => {
    let answer: 'fail' | 'ok' = 'fail';
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' } as never);
    const cloud = fakeCloud(call, {
      'org.me': () => residentWithAddress,
      'party.postWish': () => (answer === 'fail' ? networkFail() : { wishId: 'w9', status: 'posted' }),
    });
    renderPage(PostWishPage);
    await typeInto(await screen.findByLabelText('心愿标题'), '帮忙换个灯泡');
    await typeInto(screen.getByLabelText('心愿内容'), '厨房的灯坏了，自己够不着');
    tap(screen.getByText('提交心愿'));
    await flush();
    expect(redirect).not.toHaveBeenCalled();
    answer = 'ok';
    tap(screen.getByText('提交心愿'));
    await flush();
    const sent = cloud.of('party.postWish');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ title: '帮忙换个灯泡', detail: '厨房的灯坏了，自己够不着' });
    expect(sent[1].requestId).toBe(sent[0].requestId);
    expect(redirect).toHaveBeenCalledWith({ url: '/packages/party/pages/wish/index?id=w9' });
  });

  it('without a home address it asks for one first', async () => {
    fakeCloud(call, { 'org.me': () => resident });
    renderPage(PostWishPage);
    expect(await screen.findByText('绑定住址后才能提交微心愿')).toBeTruthy();
  });
});
