import Taro from '@tarojs/taro';
import { callCloud, networkFail } from '@/services/cloud';
import { isOnline } from './network';
import {
  type CheckInBody,
  type Delivered,
  enqueueCheckIn,
  flush,
  onDelivered,
  OUTBOX_KEY,
  queuedFor,
  resetOutbox,
  startOutbox,
} from './outbox';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const body: CheckInBody = { communityId: 'c1', activityId: 'a1', method: 'location', point: { lng: 113.7, lat: 34.8 } };
const checkedIn = { ok: true, data: { activityId: 'a1', at: 1, method: 'location', distanceM: 12 } };

function network(online: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { value: online, configurable: true });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}
const settle = () => new Promise((r) => setTimeout(r, 0));
function hear() {
  const heard: Delivered[] = [];
  onDelivered((d) => (heard.push(d), true));
  return heard;
}

beforeEach(() => {
  call.mockReset();
  resetOutbox();
  Taro.clearStorageSync();
  network(true);
});

describe('the outbox', () => {
  it('offline: keeps the check-in and sends it once when the network is back', async () => {
    network(false);
    expect(isOnline()).toBe(false);
    const heard = hear();
    call.mockResolvedValue(checkedIn);
    enqueueCheckIn(body);
    await settle();
    expect(call).not.toHaveBeenCalled();
    expect(queuedFor('a1')?.body).toEqual(body);
    network(true);
    // a second trigger at the same moment (the page opened again) joins the running flush
    void flush();
    await flush();
    await settle();
    expect(call).toHaveBeenCalledTimes(1);
    expect(call).toHaveBeenCalledWith('party', 'checkIn', body);
    expect(queuedFor('a1')).toBeUndefined();
    expect(Taro.getStorageSync(OUTBOX_KEY)).toBeFalsy();
    expect(heard.map((d) => d.result.ok)).toEqual([true]);
    await flush();
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('survives a restart: what waited is sent when the app starts online', async () => {
    network(false);
    enqueueCheckIn(body);
    resetOutbox(); // the app is killed; on the next launch it is online
    network(true);
    call.mockResolvedValue(checkedIn);
    const heard = hear();
    startOutbox();
    await flush();
    expect(call).toHaveBeenCalledTimes(1);
    expect(heard).toHaveLength(1);
  });

  it('a send with no answer stays; its resend finding it already checked in counts as done', async () => {
    call.mockResolvedValueOnce(networkFail()).mockResolvedValueOnce({
      ok: false,
      code: 'PARTY.ALREADY_CHECKED_IN',
      message: '您已签到，请勿重复签到',
    });
    const heard = hear();
    enqueueCheckIn(body);
    await flush();
    expect(queuedFor('a1')).toBeDefined();
    expect(heard).toHaveLength(0);
    await flush();
    expect(call).toHaveBeenCalledTimes(2);
    expect(queuedFor('a1')).toBeUndefined();
    expect(heard.map((d) => d.result.ok)).toEqual([true]);
  });

  it('a refusal (the code expired meanwhile) is dropped and said; with no page listening, in a dialog', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true } as never);
    call.mockResolvedValue({
      ok: false,
      code: 'PARTY.CODE_EXPIRED',
      message: '签到码已过期，请扫描组织者手机上最新的签到码',
    });
    enqueueCheckIn({ communityId: 'c1', activityId: 'a1', method: 'code', code: '123456' });
    await flush();
    expect(queuedFor('a1')).toBeUndefined();
    expect(modal).toHaveBeenCalledWith(
      expect.objectContaining({ content: '签到码已过期，请扫描组织者手机上最新的签到码' }),
    );
    await flush();
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('one entry per activity: a second tap while offline replaces the first', async () => {
    network(false);
    enqueueCheckIn({ communityId: 'c1', activityId: 'a1', method: 'code', code: '111111' });
    enqueueCheckIn(body);
    expect(queuedFor('a1')?.body).toEqual(body);
    call.mockResolvedValue(checkedIn);
    network(true);
    await flush();
    expect(call).toHaveBeenCalledTimes(1);
  });
});
