import { screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { callCloud, networkFail } from '@/services/cloud';
import { downloadReport } from '@/services/report';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import { card, fakeCloud, freshStart, page, record, registration, staffMe } from '../../testing/staff';
import ReviewPage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
jest.mock('@/services/report', () => ({ downloadReport: jest.fn() }));
const call = callCloud as jest.Mock;
const download = downloadReport as jest.Mock;

beforeEach(() => {
  freshStart(call);
  download.mockReset().mockResolvedValue({ ok: true });
});

const pending = registration({});
const approved = registration({ _id: 'c1:u-li', userId: 'u-li', name: '李建国', status: 'approved', dueAt: 1 });

/** The community's registrations by state, as the server keeps them (a review moves one). */
function community() {
  const rows: Record<string, ReturnType<typeof registration>[]> = {
    pending: [pending],
    approved: [approved],
    overdue: [],
  };
  return {
    rows,
    handlers: {
      'org.me': () => staffMe,
      'party.registrations': (p: Record<string, unknown>) => page(rows[String(p.status)]),
    },
  };
}

const row = (name: string) => screen.getAllByRole('listitem').find((r) => r.getAttribute('aria-label') === name)!;

describe('报到审核', () => {
  it('通过 approves the pending registration of the staff’s community, and it leaves the list', async () => {
    const { rows, handlers } = community();
    const cloud = fakeCloud(call, {
      ...handlers,
      'party.review': () => {
        rows.pending = [];
        return { ...pending, status: 'approved' };
      },
    });
    renderPage(ReviewPage);
    await screen.findByText('赵红梅');
    expect(screen.getByText('在职 · 13800000001 · 市第一人民医院（市一院党委）')).toBeTruthy();
    expect(cloud.of('party.registrations')[0]).toEqual({ communityId: 'c1', status: 'pending' });
    tap(screen.getByText('通过'));
    await screen.findByText('没有待审核的报到');
    expect(cloud.of('party.review')).toEqual([{ communityId: 'c1', userId: 'u-zhao', decision: 'approve' }]);
  });

  it('退回 needs a reason: nothing goes without one, then the reason goes with the rejection', async () => {
    const { rows, handlers } = community();
    const cloud = fakeCloud(call, {
      ...handlers,
      'party.review': () => {
        rows.pending = [];
        return { ...pending, status: 'rejected' };
      },
    });
    renderPage(ReviewPage);
    tap(await screen.findByText('退回'));
    tap(await screen.findByText('确认退回'));
    await flush();
    expect(cloud.of('party.review')).toHaveLength(0);
    expect(screen.getByText('请填写不通过原因')).toBeTruthy();
    await typeInto(await screen.findByLabelText('退回原因'), '所在党组织信息不完整');
    tap(screen.getByText('确认退回'));
    await screen.findByText('没有待审核的报到');
    expect(cloud.of('party.review')).toEqual([
      { communityId: 'c1', userId: 'u-zhao', decision: 'reject', reason: '所在党组织信息不完整' },
    ]);
  });

  it('a refusal is toasted and the row stays', async () => {
    const toast = jest.spyOn(Taro, 'showToast');
    const { handlers } = community();
    fakeCloud(call, {
      ...handlers,
      'party.review': () => ({ ok: false, code: 'PARTY.NOT_PENDING', message: '该报到已审核过，不能再审核' }),
    });
    renderPage(ReviewPage);
    tap(await screen.findByText('通过'));
    await flush();
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '该报到已审核过，不能再审核' }));
    expect(screen.getByText('赵红梅')).toBeTruthy();
  });

  it('撤销 of an approved member asks why, and sends it as dismiss', async () => {
    const { rows, handlers } = community();
    const cloud = fakeCloud(call, {
      ...handlers,
      'party.dismiss': () => {
        rows.approved = [];
        return { ...approved, status: 'withdrawn' };
      },
    });
    renderPage(ReviewPage);
    await screen.findByText('赵红梅');
    tap(screen.getByRole('tab', { name: '已报到' }));
    tap(await screen.findByText('撤销'));
    await typeInto(await screen.findByLabelText('撤销原因'), '已迁出本社区');
    tap(screen.getByText('确认撤销'));
    await screen.findByText('还没有党员报到');
    expect(cloud.of('party.dismiss')).toEqual([{ communityId: 'c1', userId: 'u-li', reason: '已迁出本社区' }]);
  });

  it('红黄牌 lists the carded members; 档案 shows the record and exports the quarter, a retry keeping its requestId', async () => {
    let exportAnswer: 'fail' | 'ok' = 'fail';
    const file = { fileID: 'f1', url: '/files/r.xlsx', fileName: '李建国2026年第四季度服务报告.xlsx', bytes: 10 };
    const { handlers } = community();
    const cloud = fakeCloud(call, {
      ...handlers,
      'party.cards': () => page([card()]),
      'party.memberRecord': () => record(),
      'party.exportQuarterReport': () => (exportAnswer === 'fail' ? networkFail() : file),
    });
    renderPage(ReviewPage);
    await screen.findByText('赵红梅');
    tap(screen.getByRole('tab', { name: '红黄牌' }));
    await screen.findByText('黄牌 · 已 7 个月未参加服务（自 2026-04-01）');
    tap(within(row('李建国')).getByText('档案'));
    await screen.findByText('积分 12 · 服务 4 小时 · 活动 2 次 · 微心愿 1 个 · 走访 0 次');
    expect(screen.getByText('认领岗位：环境整治岗（在岗）')).toBeTruthy();
    expect(screen.getByText('2026-03-02 审核通过')).toBeTruthy();
    expect(cloud.of('party.memberRecord')).toEqual([{ communityId: 'c1', userId: 'u-li' }]);
    tap(screen.getByText('导出季度报告'));
    await flush();
    expect(download).not.toHaveBeenCalled();
    exportAnswer = 'ok';
    tap(screen.getByText('导出季度报告'));
    await screen.findByText(`已导出：${file.fileName}`);
    const sent = cloud.of('party.exportQuarterReport');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ communityId: 'c1', userId: 'u-li' });
    expect(sent[0].quarter).toMatch(/^20\d{2}-Q[1-4]$/);
    expect(sent[1].requestId).toBe(sent[0].requestId);
    expect(download).toHaveBeenCalledWith(file);
  });

  it('street staff pick the community first', async () => {
    const street = { ...staffMe, roles: [{ role: 'streetStaff' as const, orgId: 's1', orgName: '九州路街道' }] };
    const cloud = fakeCloud(call, {
      'org.me': () => street,
      'org.children': () => [{ id: 'c2', name: '五星社区', type: 'community', hasChildren: true }],
      'party.registrations': () => page([]),
    });
    renderPage(ReviewPage);
    tap(await screen.findByText('五星社区'));
    await screen.findByText('没有待审核的报到');
    expect(cloud.of('party.registrations')).toEqual([{ communityId: 'c2', status: 'pending' }]);
  });
});
