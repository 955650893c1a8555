import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { resetMe } from '@/hooks/useMe';
import { callCloud } from '@/services/cloud';
import { agreePrivacyForTests } from '@/services/privacy';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import { activityNow, fakeCloud, memberMe } from '../../testing/party';
import ActivityPage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const refuse = (code: string, message: string) => () => ({ ok: false, code, message });

beforeEach(() => {
  call.mockReset();
  resetMe();
  Taro.clearStorageSync();
  agreePrivacyForTests(); // the consent sheet has its own tests (services/privacy.test.ts)
});

async function typeAndSend(code: string) {
  await typeInto(await screen.findByLabelText('签到码'), code);
  tap(screen.getByText('确认签到'));
  await flush();
}

describe('签到 on 活动详情', () => {
  it('an expired code: the server’s words stay on the page with what to do next', async () => {
    const cloud = fakeCloud(call, {
      'org.me': () => memberMe,
      'party.activity': () => activityNow(),
      'party.checkIn': refuse('PARTY.CODE_EXPIRED', '签到码已过期，请扫描组织者手机上最新的签到码'),
    });
    renderPage(ActivityPage, { id: 'a1' });
    await typeAndSend('123456');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('签到码已过期，请扫描组织者手机上最新的签到码');
    expect(alert.textContent).toContain('请组织者打开最新的签到码，再扫一次');
    expect(cloud.of('party.checkIn')).toEqual([
      { communityId: 'c1', activityId: 'a1', method: 'code', code: '123456' },
    ]);
  });

  it('outside the radius by location: the distance the server measured, and the code as the other way', async () => {
    jest.spyOn(Taro, 'getLocation').mockResolvedValue({ longitude: 113.7, latitude: 34.8 } as never);
    const cloud = fakeCloud(call, {
      'org.me': () => memberMe,
      'party.activity': () => activityNow(),
      'party.checkIn': refuse(
        'PARTY.OUT_OF_RADIUS',
        '您距活动地点约 1400 米，超出签到范围（200 米内），请到现场后再签到',
      ),
    });
    renderPage(ActivityPage, { id: 'a1' });
    tap(await screen.findByText('定位签到'));
    await flush();
    expect(screen.getByRole('alert').textContent).toContain('您距活动地点约 1400 米，超出签到范围（200 米内）');
    expect(screen.getByRole('alert').textContent).toContain('也可以请组织者出示签到码，扫码签到');
    expect(cloud.of('party.checkIn')[0]).toMatchObject({ method: 'location', point: { lng: 113.7, lat: 34.8 } });
  });

  it('a code that cannot be one is not sent', async () => {
    const cloud = fakeCloud(call, { 'org.me': () => memberMe, 'party.activity': () => activityNow() });
    renderPage(ActivityPage, { id: 'a1' });
    await typeAndSend('12ab');
    expect(screen.getByRole('alert').textContent).toContain('请输入组织者手机上的 6 位签到码');
    expect(cloud.of('party.checkIn')).toHaveLength(0);
  });

  it('checked in: 签退 credits the hours, which the page then shows', async () => {
    let out = false;
    const toast = jest.spyOn(Taro, 'showToast');
    const checkedIn = () =>
      activityNow({
        mine: out
          ? { userId: 'u-zhao', name: '赵红梅', state: 'checkedOut', signedUpAt: 0, hours: 1.5 }
          : { userId: 'u-zhao', name: '赵红梅', state: 'checkedIn', signedUpAt: 0 },
      });
    fakeCloud(call, {
      'org.me': () => memberMe,
      'party.activity': checkedIn,
      'party.checkOut': () => {
        out = true;
        return { activityId: 'a1', checkOutAt: Date.now(), hours: 1.5, points: 15, totals: {} };
      },
    });
    renderPage(ActivityPage, { id: 'a1' });
    tap(await screen.findByText('签退'));
    await flush();
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已签退，记服务 1.5 小时，积 15 分' }));
    expect(await screen.findByText('已记服务时长 1.5 小时')).toBeTruthy();
  });
});
