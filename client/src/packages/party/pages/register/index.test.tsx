import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { resetMe } from '@/hooks/useMe';
import { callCloud, networkFail } from '@/services/cloud';
import { residentWithAddress } from '../../../../../jest/fixtures';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import { fakeCloud, registration } from '../../testing/party';
import RegisterPage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const communities = () => [
  { id: 'c1', name: '凤凰城社区', type: 'community', hasChildren: true },
  { id: 'c2', name: '河南路社区', type: 'community', hasChildren: true },
];

beforeEach(() => {
  call.mockReset();
  resetMe();
  Taro.clearStorageSync();
});

describe('党员报到', () => {
  it('the details go as one registration; a retry after 网络不给力 keeps its requestId', async () => {
    let answer: 'fail' | 'ok' = 'fail';
    const cloud = fakeCloud(call, {
      'org.me': () => ({ ...residentWithAddress, realName: '赵红梅' }),
      'org.children': communities,
      'party.myRegistrations': () => [],
      'party.register': () => (answer === 'fail' ? networkFail() : { id: 'c1:u', status: 'pending' }),
    });
    renderPage(RegisterPage);
    await screen.findByText('您还没有向社区报到');
    // the home community is chosen already
    expect((await screen.findByRole('radio', { name: '凤凰城社区' })).getAttribute('aria-checked')).toBe('true');
    await typeInto(await screen.findByLabelText('手机号码'), '13800000000');
    await typeInto(await screen.findByLabelText('工作单位'), '市第一医院');
    await typeInto(await screen.findByLabelText('所在党组织'), '市第一医院第二党支部');
    tap(screen.getByRole('radio', { name: '离退休' }));
    await flush();
    tap(screen.getByText('提交报到'));
    await flush();
    answer = 'ok';
    tap(screen.getByText('提交报到'));
    await flush();
    const sent = cloud.of('party.register');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({
      communityId: 'c1',
      name: '赵红梅',
      phone: '13800000000',
      workUnit: '市第一医院',
      partyOrg: '市第一医院第二党支部',
      type: 'retired',
    });
    expect(sent[1].requestId).toBe(sent[0].requestId);
  });

  it('nothing is sent without the type, and the field says so', async () => {
    const cloud = fakeCloud(call, {
      'org.me': () => ({ ...residentWithAddress, realName: '赵红梅', phone: '13800000000' }),
      'org.children': communities,
      'party.myRegistrations': () => [],
    });
    const { container } = renderPage(RegisterPage);
    await screen.findByRole('radio', { name: '凤凰城社区' });
    await typeInto(await screen.findByLabelText('工作单位'), '市第一医院');
    await typeInto(await screen.findByLabelText('所在党组织'), '市第一医院第二党支部');
    tap(screen.getByText('提交报到'));
    await flush();
    expect(cloud.of('party.register')).toHaveLength(0);
    const errors = [...container.querySelectorAll('.lx-field__error')].map((e) => e.textContent);
    expect(errors).toEqual(['请选择党员类型']);
  });

  it('my registrations say their state: the rejection’s reason, 再次报到 when overdue', async () => {
    fakeCloud(call, {
      'org.me': () => residentWithAddress,
      'party.myRegistrations': () => [
        registration({ status: 'rejected', rejectReason: '请填写完整的党组织名称' }),
        registration({
          _id: 'c2:u',
          communityId: 'c2',
          communityName: '河南路社区',
          status: 'approved',
          dueAt: Date.now() - 1,
          overdue: true,
        }),
      ],
    });
    renderPage(RegisterPage);
    expect(await screen.findByText('原因：请填写完整的党组织名称')).toBeTruthy();
    expect(screen.getByLabelText('凤凰城社区 未通过')).toBeTruthy();
    expect(screen.getByLabelText('河南路社区 待再次报到')).toBeTruthy();
    expect(screen.getByText('再次报到')).toBeTruthy();
    expect(screen.getByText('重新报到')).toBeTruthy();
  });

  it('撤销报到 asks for the reason, then sends it with the community', async () => {
    const cloud = fakeCloud(call, {
      'org.me': () => residentWithAddress,
      'party.myRegistrations': () => [registration({ status: 'approved' })],
      'party.withdraw': () => ({}),
    });
    const toast = jest.spyOn(Taro, 'showToast');
    renderPage(RegisterPage);
    tap(await screen.findByText('撤销报到'));
    tap(screen.getByText('确认撤销'));
    await flush();
    expect(screen.getByText('请填写撤销原因')).toBeTruthy();
    expect(cloud.of('party.withdraw')).toEqual([]);
    await typeInto(await screen.findByLabelText('撤销原因'), '搬离本社区');
    expect(screen.queryByText('请填写撤销原因')).toBeNull();
    tap(screen.getByText('确认撤销'));
    await flush();
    expect(cloud.of('party.withdraw')).toEqual([{ communityId: 'c1', reason: '搬离本社区' }]);
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已撤销报到' }));
  });
});
