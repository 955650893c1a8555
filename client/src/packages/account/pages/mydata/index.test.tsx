/** 我的数据: her data in plain words, and 注销账号 only after a second, explicit tap. */
import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { MyData } from '@lx/types';
import { callCloud } from '@/services/cloud';
import { fakeCloud } from '../../../visits/testing/visits';
import { flush, renderPage, tap } from '../../../../../jest/render';
import MyDataPage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const DATA: MyData = {
  profile: { nickname: '李大姐', phone: '13955550123', createdAt: Date.UTC(2026, 10, 1) },
  address: {
    streetId: 's',
    communityId: 'c',
    compoundId: 'cp',
    buildingId: 'b',
    room: '3单元502',
    text: '凤凰城社区 天河嘉城 3号楼 3单元502',
    boundAt: 0,
  },
  addressHistory: [],
  roles: [],
  subscriptions: {},
  tickets: [
    {
      no: '20261121-04217',
      categoryName: '路灯',
      description: '楼下路灯坏了',
      status: 'processing',
      addressText: '3号楼',
      createdAt: 0,
      phone: '13955550123',
      photos: [],
      own: [{ action: 'file', at: 0, photos: [] }],
    },
  ],
  supported: [],
  party: { registrations: [], points: [], signups: [], claims: [], wishes: [] },
};

beforeEach(() => call.mockReset());

it('shows what is stored about her: profile, home, her tickets with her phone', async () => {
  fakeCloud(call, { 'org.myData': () => DATA });
  renderPage(MyDataPage);
  await flush();
  expect(screen.getByLabelText('基本信息').textContent).toContain('电话：13955550123');
  expect(screen.getByLabelText('住址').textContent).toContain('天河嘉城 3号楼 3单元502');
  expect(screen.getByLabelText('我反映的问题').textContent).toContain('20261121-04217 路灯（处理中）：楼下路灯坏了');
});

it('注销账号 asks first; only 确认注销 deletes, once, with a requestId', async () => {
  const cloud = fakeCloud(call, {
    'org.myData': () => DATA,
    'org.deleteAccount': () => ({ deleted: true, tickets: 1 }),
  });
  // a filing draft she left on this phone (her phone number in it)
  Taro.setStorageSync('lx.draft.test', { values: { phone: '13800001111' } });
  renderPage(MyDataPage);
  await flush();
  tap(screen.getByText('注销账号'));
  await flush();
  expect(cloud.of('org.deleteAccount')).toEqual([]);
  expect(screen.getByRole('alert').textContent).toContain('已注销用户');
  tap(screen.getByText('确认注销'));
  await flush();
  expect(cloud.of('org.deleteAccount')).toEqual([{ confirm: true, requestId: expect.any(String) }]);
  expect(screen.getByText('账号已注销。感谢您使用连心网格。')).toBeTruthy();
  expect(Taro.getStorageSync('lx.draft.test')).toBeFalsy();
});

it('a retry after a lost answer finds no account: she is told it is deleted, not an error', async () => {
  fakeCloud(call, {
    'org.myData': () => DATA,
    'org.deleteAccount': () => ({ ok: false, code: 'AUTH.NOT_REGISTERED', message: '请先登录' }),
  });
  renderPage(MyDataPage);
  await flush();
  tap(screen.getByText('注销账号'));
  await flush();
  tap(screen.getByText('确认注销'));
  await flush();
  expect(screen.getByText('账号已注销。感谢您使用连心网格。')).toBeTruthy();
});
