import { screen } from '@testing-library/react';
import { callCloud } from '@/services/cloud';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import { fakeCloud, freshStart, page, staffMe, wish } from '../../testing/staff';
import WishReviewPage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

beforeEach(() => freshStart(call));

function backend() {
  let rows = [wish()];
  return fakeCloud(call, {
    'org.me': () => staffMe,
    'party.wishes': () => page(rows),
    'party.reviewWish': (p) => {
      rows = [];
      return wish({ status: p.decision === 'approve' ? 'approved' : 'rejected' });
    },
  });
}

describe('微心愿审核（社区下单）', () => {
  it('lists the community’s wishes waiting for review; 通过 puts one up for members to claim', async () => {
    const cloud = backend();
    renderPage(WishReviewPage);
    await screen.findByText('帮忙修理轮椅');
    expect(screen.getByText('家里老人的轮椅刹车坏了，想请人帮忙修一下')).toBeTruthy();
    expect(cloud.of('party.wishes')).toEqual([{ communityId: 'c1', status: 'posted' }]);
    tap(screen.getByText('通过'));
    await screen.findByText('没有待审核的微心愿');
    expect(cloud.of('party.reviewWish')).toEqual([{ communityId: 'c1', wishId: 'w1', decision: 'approve' }]);
  });

  it('退回 needs a reason the resident will read', async () => {
    const cloud = backend();
    renderPage(WishReviewPage);
    tap(await screen.findByText('退回'));
    tap(await screen.findByText('确认退回'));
    await flush();
    expect(cloud.of('party.reviewWish')).toHaveLength(0);
    expect(screen.getByText('请填写不通过原因')).toBeTruthy();
    await typeInto(await screen.findByLabelText('退回原因'), '不属于社区服务范围，请拨打 12345');
    tap(screen.getByText('确认退回'));
    await screen.findByText('没有待审核的微心愿');
    expect(cloud.of('party.reviewWish')).toEqual([
      { communityId: 'c1', wishId: 'w1', decision: 'reject', reason: '不属于社区服务范围，请拨打 12345' },
    ]);
  });
});
