/** 签到 with a weak network (issue 16): kept while offline, sent once when the network is back. */
import { act, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { resetMe } from '@/hooks/useMe';
import { callCloud, networkFail } from '@/services/cloud';
import { flush as flushOutbox, QUEUED_TEXT, queuedFor, resetOutbox } from '@/services/outbox';
import { flush, renderPage, tap, typeInto } from '../../../../jest/render';
import { activityNow, fakeCloud, memberMe } from '../testing/party';
import ActivityPage from '../pages/activity/index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

function network(online: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { value: online, configurable: true });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}
const checkedIn = () => ({ activityId: 'a1', at: 1, method: 'code' });

beforeEach(() => {
  call.mockReset();
  resetMe();
  resetOutbox();
  Taro.clearStorageSync();
  network(true);
});

async function typeAndSend(code: string) {
  await typeInto(await screen.findByLabelText('签到码'), code);
  tap(screen.getByText('确认签到'));
  await flush();
}

describe('签到 offline', () => {
  it('says it is kept, sends nothing offline, and checks in once when the network is back', async () => {
    const toast = jest.spyOn(Taro, 'showToast');
    const cloud = fakeCloud(call, {
      'org.me': () => memberMe,
      'party.activity': () => activityNow(),
      'party.checkIn': checkedIn,
    });
    renderPage(ActivityPage, { id: 'a1' });
    await screen.findByLabelText('签到码');
    network(false);
    await typeAndSend('123456');
    expect(screen.getByRole('status').textContent).toContain(QUEUED_TEXT);
    expect(cloud.of('party.checkIn')).toEqual([]);
    const opened = cloud.of('party.activity').length;

    await act(async () => {
      network(true);
      await flushOutbox();
    });
    await flush();
    expect(cloud.of('party.checkIn')).toEqual([
      { communityId: 'c1', activityId: 'a1', method: 'code', code: '123456' },
    ]);
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已联网，签到成功' }));
    // the page reloads to show 已签到
    expect(cloud.of('party.activity').length).toBeGreaterThan(opened);
    expect(screen.queryByText(QUEUED_TEXT)).toBeNull();
  });

  it('a send with no answer is kept too, and a refusal when it goes stays on the page', async () => {
    let answers = [networkFail()];
    fakeCloud(call, {
      'org.me': () => memberMe,
      'party.activity': () => activityNow(),
      'party.checkIn': () =>
        answers.shift() ?? { ok: false, code: 'PARTY.OUTSIDE_WINDOW', message: '不在活动签到时间内' },
    });
    renderPage(ActivityPage, { id: 'a1' });
    await typeAndSend('123456');
    expect(screen.getByText(QUEUED_TEXT)).toBeTruthy();
    expect(queuedFor('a1')).toBeDefined();
    answers = [];
    await act(() => flushOutbox());
    await flush();
    expect(screen.getByRole('alert').textContent).toContain('不在活动签到时间内');
    expect(queuedFor('a1')).toBeUndefined();
  });
});
