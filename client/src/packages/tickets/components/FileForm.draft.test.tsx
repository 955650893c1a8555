/** A filing in progress survives the page closing and the app restarting (issue 16, weak network). */
import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { CategoryOption } from '@lx/types';
import { networkFail } from '@/services/cloud';
import { flush, renderInPage, tap, typeInto } from '../../../../jest/render';
import { FileForm, type FileFormProps, FILING_DRAFT_KEY } from './FileForm';

const categories: CategoryOption[] = [
  { id: 'cat-light', name: '路灯损坏', group: '公共设施', limitText: '1个工作日', urgentLimitText: '2小时' },
];
const photo = { fileID: 'local://uploads/u1/a.jpg', url: '/files/uploads/u1/a.jpg' };
const TEXT = '3号楼东侧路灯不亮已经一周';

function open(submit: FileFormProps['submit'], proxy = false) {
  const props: FileFormProps = {
    categories,
    addressText: '天河嘉城 3号楼',
    upload: jest.fn(),
    submit,
    onFiled: jest.fn(),
  };
  const view = renderInPage(<FileForm {...props} proxy={proxy} />);
  return { props, view };
}

beforeEach(() => Taro.clearStorageSync());

describe('a filing in progress', () => {
  it('comes back with its photos after a restart, and a failed 提交 is resent with the same requestId', async () => {
    // a photo chosen before the app was killed (kept beside the values by the form)
    Taro.setStorageSync(FILING_DRAFT_KEY, { values: {}, touched: {}, with: { photos: [photo] } });
    const submit = jest
      .fn()
      .mockResolvedValueOnce(networkFail())
      .mockResolvedValue({ ok: true, data: { id: 't1', no: '20261121-00001' } });
    const first = open(submit);
    tap(screen.getByText('路灯损坏'));
    await typeInto(first.view.container.querySelector('.lx-textarea')!, TEXT);
    await flush();
    tap(screen.getByText('提交'));
    await flush();
    expect(submit).toHaveBeenCalledTimes(1);
    first.view.unmount(); // no answer, and WeChat kills the app

    const again = open(submit);
    expect(again.view.container.innerHTML).toContain(TEXT);
    expect(again.view.container.querySelectorAll('[aria-label="删除照片"]')).toHaveLength(1);
    tap(screen.getByText('提交'));
    await flush();
    expect(submit).toHaveBeenCalledTimes(2);
    const [sent, resent] = submit.mock.calls.map((c) => c[0] as { requestId: string; photos: string[] });
    expect(resent).toEqual(sent);
    expect(resent.photos).toEqual([photo.fileID]);
    expect(again.props.onFiled).toHaveBeenCalled();
    // filed: nothing of it stays on the phone
    expect(Taro.getStorageSync(FILING_DRAFT_KEY)).toBeFalsy();
  });

  it('is not kept for a 代办 (the building is the page’s, not the form’s)', async () => {
    const { view } = open(jest.fn(), true);
    await typeInto(view.container.querySelector('.lx-textarea')!, TEXT);
    await flush();
    expect(Taro.getStorageSync(FILING_DRAFT_KEY)).toBeFalsy();
  });
});
