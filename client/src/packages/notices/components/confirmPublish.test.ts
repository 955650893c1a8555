import Taro from '@tarojs/taro';
import { callCloud } from '@/services/cloud';
import { toast } from '@/utils/nav';
import { CONFIRM_PUBLISH, confirmPublish, publishQuestion } from './confirmPublish';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
jest.mock('@/utils/nav', () => ({ toast: jest.fn() }));
const call = callCloud as jest.Mock;

afterEach(() => jest.restoreAllMocks());

describe('发布 asks first, with the reach', () => {
  it('counts the targets’ households and shows 将通知 N 户 before publishing; a no stops it', async () => {
    call.mockResolvedValue({ ok: true, data: { households: 7 } });
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true } as never);
    expect(await confirmPublish(['grid-1', 'grid-2'], false)).toBe(false);
    expect(call).toHaveBeenCalledWith('notices', 'reach', { targets: ['grid-1', 'grid-2'] });
    expect(modal.mock.calls[0][0]).toMatchObject({
      title: '确认发布',
      content: '将通知 7 户。发布后不能再修改，确定发布吗？',
      confirmText: CONFIRM_PUBLISH,
    });
    modal.mockResolvedValue({ confirm: true, cancel: false } as never);
    expect(await confirmPublish(['grid-1'], true)).toBe(true);
    expect(modal.mock.calls[1][0]?.title).toBe('确认定时发布');
  });

  it('says so when nobody in the scope has bound a home, and stops with the server’s words when the count fails', async () => {
    expect(publishQuestion(0, false)).toMatch(/^将通知 0 户：该范围内还没有绑定住址的居民。/);
    call.mockResolvedValue({ ok: false, code: 'AUTH.OUT_OF_SCOPE', message: '超出您的管理范围' });
    const modal = jest.spyOn(Taro, 'showModal');
    expect(await confirmPublish(['comm-other'], false)).toBe(false);
    expect(toast).toHaveBeenCalledWith('超出您的管理范围');
    expect(modal).not.toHaveBeenCalled();
  });
});
