import { screen, within } from '@testing-library/react';
import { defaultPosts } from '@lx/types';
import { callCloud, networkFail } from '@/services/cloud';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import { fakeCloud, freshStart, staffMe, T0 } from '../../testing/staff';
import PostAdminPage from './index';

jest.mock('@/services/cloud', () => ({ ...jest.requireActual('@/services/cloud'), callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

beforeEach(() => freshStart(call));

const posts = defaultPosts('c1', ['s1', 'c1'], T0).map((p, i) => (i === 0 ? { ...p, claimed: 3 } : p));
const row = (title: string) =>
  screen.getAllByRole('listitem').find((r) => r.getAttribute('aria-label') === title) as HTMLElement;

describe('岗位管理', () => {
  it('lists the twelve default posts with how many hold each; 在岗党员 says who signed and when', async () => {
    const cloud = fakeCloud(call, {
      'org.me': () => staffMe,
      'party.posts': () => ({ posts, agreement: '本人自愿认领该岗位' }),
      'party.postMembers': () => [{ userId: 'u-zhao', name: '赵红梅', signedAt: T0 }],
    });
    renderPage(PostAdminPage);
    await screen.findByText('环境整治岗');
    expect(screen.getAllByRole('listitem')).toHaveLength(12);
    expect(within(row('环境整治岗')).getByText('环境整治 · 已认领 3/10 人')).toBeTruthy();
    tap(within(row('环境整治岗')).getByText('在岗党员'));
    await screen.findByText('赵红梅 · 2026-11-20 签署认岗协议');
    expect(cloud.of('party.postMembers')).toEqual([{ communityId: 'c1', postId: posts[0]._id }]);
  });

  it('编辑 saves the places and duties of that post; a retry after 网络不给力 keeps its requestId', async () => {
    let answer: 'fail' | 'ok' = 'fail';
    const cloud = fakeCloud(call, {
      'org.me': () => staffMe,
      'party.posts': () => ({ posts, agreement: '' }),
      'party.savePost': () => (answer === 'fail' ? networkFail() : { ...posts[0], capacity: 20 }),
    });
    renderPage(PostAdminPage);
    await screen.findByText('环境整治岗');
    tap(within(row('环境整治岗')).getByText('编辑'));
    await typeInto(await within(row('环境整治岗')).findByLabelText('岗位人数'), '20');
    tap(screen.getByText('保存岗位'));
    await flush();
    answer = 'ok';
    tap(screen.getByText('保存岗位'));
    await flush();
    const sent = cloud.of('party.savePost');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({
      communityId: 'c1',
      postId: posts[0]._id,
      category: '环境整治',
      title: '环境整治岗',
      capacity: 20,
      active: true,
    });
    expect(sent[1].requestId).toBe(sent[0].requestId);
    expect(screen.queryByText('保存岗位')).toBeNull();
  });
});
