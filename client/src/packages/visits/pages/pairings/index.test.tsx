import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { callCloud } from '@/services/cloud';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import {
  communityStaffMe,
  fakeCloud,
  freshStart,
  page,
  pairing,
  showsEmptyAndError,
  staffRow,
  T0,
} from '../../testing/visits';
import PairingsPage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const ended = pairing('p2', {
  active: false,
  visitorId: 'u-wang',
  visitorRole: 'gridWorker',
  endedAt: T0 + 86_400_000,
});
const everyone = {
  'org.me': () => communityStaffMe,
  'org.grids': () => [{ id: 'g1', name: '第一网格', type: 'grid', hasChildren: false }],
  'admin.staff': (p: Record<string, unknown>) =>
    p.orgId === 'c1'
      ? [staffRow('u-zhao', '赵红梅', 'partyMember', 'c1')]
      : [staffRow('u-wang', '王秀兰', 'gridWorker', 'g1')],
};

beforeEach(() => freshStart(call));

describe('结对管理', () => {
  it('lists the community’s pairings with the visitor’s name, the period and the ended ones', async () => {
    const cloud = fakeCloud(call, { ...everyone, 'visits.pairings': () => page([pairing('p1'), ended]) });
    renderPage(PairingsPage);
    await screen.findByText('赵红梅（党员）');
    await screen.findByText('王秀兰（网格员）');
    expect(screen.getByText('每 30 天走访一次 · 2026-11-20 起')).toBeTruthy();
    expect(screen.getByText('已解除 · 2026-11-21')).toBeTruthy();
    // the community of her role, without asking
    expect(cloud.of('visits.pairings')[0]).toEqual({ communityId: 'c1' });
    expect(screen.getAllByText('解除结对')).toHaveLength(1);
  });

  it('says so when there are none, and offers 重试 when the list fails', () =>
    showsEmptyAndError(call, PairingsPage, {
      action: 'visits.pairings',
      empty: page([]),
      text: '还没有结对',
      handlers: everyone,
    }));

  it('解除结对 asks why: nothing goes without a reason, then the reason goes and the list reloads', async () => {
    let rows = [pairing('p1')];
    const cloud = fakeCloud(call, {
      ...everyone,
      'visits.pairings': () => page(rows),
      'visits.unpair': () => {
        rows = [pairing('p1', { active: false, endedAt: T0 })];
        return { id: 'p1' };
      },
    });
    renderPage(PairingsPage);
    tap(await screen.findByText('解除结对'));
    tap(await screen.findByText('确认解除'));
    await flush();
    expect(cloud.of('visits.unpair')).toHaveLength(0);
    expect(screen.getByText('请填写解除原因')).toBeTruthy();
    await typeInto(await screen.findByLabelText('解除原因'), '住户已搬走');
    tap(screen.getByText('确认解除'));
    await screen.findByText('已解除 · 2026-11-20');
    expect(cloud.of('visits.unpair')).toEqual([{ pairingId: 'p1', reason: '住户已搬走' }]);
  });

  it('新增结对 opens the form for this community; a street’s staff pick the community first', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    fakeCloud(call, { ...everyone, 'visits.pairings': () => page([]) });
    renderPage(PairingsPage);
    tap(await screen.findByText('新增结对'));
    expect(navigateTo).toHaveBeenCalledWith({
      url: '/packages/visits/pages/pair/index?communityId=c1&name=%E5%87%A4%E5%87%B0%E5%9F%8E%E7%A4%BE%E5%8C%BA',
    });
    document.body.innerHTML = '';
    freshStart(call);
    const street = {
      ...communityStaffMe,
      roles: [{ role: 'streetStaff' as const, orgId: 's1', orgName: '九州路街道' }],
    };
    const cloud = fakeCloud(call, {
      ...everyone,
      'org.me': () => street,
      'org.children': () => [{ id: 'c2', name: '锦绣社区', type: 'community', hasChildren: true }],
      'visits.pairings': () => page([]),
    });
    renderPage(PairingsPage);
    tap(await screen.findByText('锦绣社区'));
    await screen.findByText('还没有结对');
    expect(cloud.of('visits.pairings')).toEqual([{ communityId: 'c2' }]);
  });
});
