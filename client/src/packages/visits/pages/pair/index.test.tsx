import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { HouseholdView } from '@lx/types';
import { callCloud, networkFail } from '@/services/cloud';
import { flush, renderPage, tap } from '../../../../../jest/render';
import { communityStaffMe, fakeCloud, freshStart, page, staffRow } from '../../testing/visits';
import PairPage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const household = (id: string, room: string, over: Partial<HouseholdView> = {}): HouseholdView => ({
  id,
  buildingId: 'b3',
  buildingName: '3号楼',
  gridId: 'g1',
  room,
  tags: [],
  members: 1,
  paired: false,
  ...over,
});
const backend = (pair: () => unknown = () => ({ id: 'p9' })) =>
  fakeCloud(call, {
    'org.me': () => communityStaffMe,
    'org.grids': () => [
      { id: 'g1', name: '第一网格', type: 'grid', hasChildren: false },
      { id: 'g2', name: '第二网格', type: 'grid', hasChildren: false },
    ],
    'visits.households': () => page([household('h1', '1单元101', { tags: ['独居老人'] }), household('h2', '1单元102')]),
    'admin.staff': (p) =>
      p.orgId === 'c1'
        ? [staffRow('u-zhao', '赵红梅', 'partyMember', 'c1'), staffRow('u-li', '李主任', 'communityStaff', 'c1')]
        : [staffRow('u-wang', '王秀兰', 'gridWorker', 'g1')],
    'visits.pair': pair,
  });
const radio = (name: string) => screen.getByRole('radio', { name });

beforeEach(() => freshStart(call));

describe('新增结对', () => {
  it('grid, household, visitor and period go as one pair; a retry after 网络不给力 keeps its requestId', async () => {
    let answer: 'fail' | 'ok' = 'fail';
    const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'ok' } as never);
    const cloud = backend(() => (answer === 'fail' ? networkFail() : { id: 'p9' }));
    renderPage(PairPage, { communityId: 'c1', name: '凤凰城社区' });
    tap(await screen.findByRole('radio', { name: '第一网格' }));
    tap(await screen.findByText('3号楼 1单元101'));
    await screen.findByText('换一户');
    // the grid's workers and the community's party members; other staff cannot be paired
    tap(await screen.findByRole('radio', { name: '赵红梅（党员）' }));
    expect(screen.queryByRole('radio', { name: '李主任（社区工作人员）' })).toBeNull();
    expect(radio('王秀兰（网格员）')).toBeTruthy();
    tap(radio('每 14 天'));
    await flush();
    tap(screen.getByText('确认结对'));
    await flush();
    expect(back).not.toHaveBeenCalled();
    answer = 'ok';
    tap(screen.getByText('确认结对'));
    await flush();
    const sent = cloud.of('visits.pair');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ householdId: 'h1', visitorId: 'u-zhao', everyDays: 14 });
    expect(sent[1].requestId).toBe(sent[0].requestId);
    expect(back).toHaveBeenCalled();
  });

  it('sends nothing until a household and a visitor are chosen', async () => {
    const cloud = backend();
    const { container } = renderPage(PairPage, { communityId: 'c1', name: '凤凰城社区' });
    tap(await screen.findByRole('radio', { name: '第二网格' }));
    await screen.findByText('3号楼 1单元102');
    tap(screen.getByText('确认结对'));
    await flush();
    expect(cloud.of('visits.pair')).toHaveLength(0);
    // under their fields (the first also as a toast)
    const errors = [...container.querySelectorAll('.lx-field__error')].map((e) => e.textContent);
    expect(errors).toEqual(['请选择住户', '请选择走访人']);
  });

  it('a server refusal is said and nothing moves on', async () => {
    const toast = jest.spyOn(Taro, 'showToast');
    const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'ok' } as never);
    backend(() => ({ ok: false, code: 'VISIT.NOT_A_VISITOR', message: '结对走访人须是本社区的党员或本网格的网格员' }));
    renderPage(PairPage, { communityId: 'c1', name: '凤凰城社区' });
    tap(await screen.findByRole('radio', { name: '第一网格' }));
    tap(await screen.findByText('3号楼 1单元102'));
    tap(await screen.findByRole('radio', { name: '王秀兰（网格员）' }));
    await flush();
    tap(screen.getByText('确认结对'));
    await flush();
    expect(toast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '结对走访人须是本社区的党员或本网格的网格员' }),
    );
    expect(back).not.toHaveBeenCalled();
  });
});
