import { screen, within } from '@testing-library/react';
import { type KeyRule, keyRuleId } from '@lx/types';
import { callCloud, networkFail } from '@/services/cloud';
import { flush, renderPage, tap } from '../../../../../jest/render';
import { communityStaffMe, fakeCloud, freshStart, T0 } from '../../testing/visits';
import KeyRulesPage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const rule = (tag: KeyRule['tag'], everyDays: number): KeyRule => ({
  _id: keyRuleId('c1', tag),
  kind: 'key',
  communityId: 'c1',
  streetId: 's1',
  orgPath: ['s1', 'c1'],
  tag,
  everyDays,
  active: true,
  since: T0,
  createdBy: 'u-chen',
  createdAt: T0,
  updatedAt: T0,
});

beforeEach(() => freshStart(call));

describe('重点户走访', () => {
  it('shows each tag’s period or 未设置, and saves a new one for its tag', async () => {
    const cloud = fakeCloud(call, {
      'org.me': () => communityStaffMe,
      'visits.keyRules': () => [rule('独居老人', 30)],
      'visits.saveKeyRule': (p) => rule(p.tag as KeyRule['tag'], p.everyDays as number),
    });
    renderPage(KeyRulesPage);
    await screen.findByText('每 30 天走访一次');
    expect(screen.getAllByText('未设置')).toHaveLength(5);
    // the saved choice offers no 保存
    expect(screen.queryByText('保存独居老人的周期')).toBeNull();
    const emptyNest = within(screen.getByRole('radiogroup', { name: '空巢老人的走访周期' }));
    tap(emptyNest.getByRole('radio', { name: '每 14 天' }));
    tap(await screen.findByText('保存空巢老人的周期'));
    await screen.findByText('每 14 天走访一次');
    expect(cloud.of('visits.saveKeyRule')).toEqual([{ communityId: 'c1', tag: '空巢老人', everyDays: 14 }]);
    expect(screen.getAllByText('未设置')).toHaveLength(4);
  });

  it('offers 重试 when the rules fail to load', async () => {
    fakeCloud(call, { 'org.me': () => communityStaffMe, 'visits.keyRules': () => networkFail() });
    renderPage(KeyRulesPage);
    await screen.findByText('重试');
    await flush();
  });
});
