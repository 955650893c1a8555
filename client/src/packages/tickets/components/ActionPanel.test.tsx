import { screen, within } from '@testing-library/react';
import { resetMe, setMe } from '@/hooks/useMe';
import { gridWorker, residentWithAddress } from '../../../../jest/fixtures';
import { flush, renderInPage, tap, typeInto } from '../../../../jest/render';
import { panelButtons } from '../panel';
import { ActionPanel, type ActionPanelProps } from './ActionPanel';

function setup(allowed: string[], over: Partial<ActionPanelProps> = {}) {
  const props: ActionPanelProps = {
    buttons: panelButtons(allowed, { requiresAfterPhotos: true }),
    upload: jest.fn(),
    run: jest.fn().mockResolvedValue({ ok: true, data: {} }),
    onTap: jest.fn(),
    onDone: jest.fn(),
    onFailed: jest.fn(),
    departments: [
      { id: '市政管理处路灯所', name: '市政管理处路灯所' },
      { id: '供电公司', name: '供电公司' },
    ],
    ...over,
  };
  const view = renderInPage(<ActionPanel {...props} />);
  return { props, view };
}

const buttonLabels = (c: HTMLElement) => [...c.querySelectorAll('taro-button-core')].map((b) => b.textContent);

describe('the action panel', () => {
  it('draws one button per allowed action and nothing when none is allowed', () => {
    const { view } = setup(['accept', 'reject', 'escalate']);
    expect(buttonLabels(view.container)).toEqual(['签收', '上报上级', '不予受理']);
    const empty = setup([]);
    expect(empty.view.container.textContent).toBe('');
  });

  it('签收 is sent at once, and the tap itself is reported (for the subscription dialog)', async () => {
    const { props } = setup(['accept', 'reject']);
    tap(screen.getByText('签收'));
    await flush();
    expect(props.onTap).toHaveBeenCalledWith('accept');
    expect(props.run).toHaveBeenCalledWith('accept', {});
    expect(props.onDone).toHaveBeenCalledWith('accept');
  });

  it('上报上级 opens its form, needs a reason, and sends the reason', async () => {
    const { props, view } = setup(['escalate']);
    tap(screen.getByText('上报上级'));
    await flush();
    expect(screen.getByText('上报原因')).toBeTruthy();
    tap(screen.getByText('确认上报'));
    await flush();
    expect(screen.getByText('请填写上报原因')).toBeTruthy();
    expect(props.run).not.toHaveBeenCalled();
    await typeInto(view.container.querySelector('.lx-textarea')!, '需要市政部门更换线路');
    tap(screen.getByText('确认上报'));
    await flush();
    expect(props.run).toHaveBeenCalledWith('escalate', { note: '需要市政部门更换线路', photos: [] });
    expect(props.onDone).toHaveBeenCalledWith('escalate');
  });

  it('办结 of a category that demands after-photos is not sent without one', async () => {
    const { props, view } = setup(['resolve']);
    tap(screen.getByText('办结'));
    await flush();
    await typeInto(view.container.querySelector('.lx-textarea')!, '已更换灯泡');
    tap(screen.getByText('确认办结'));
    await flush();
    expect(screen.getByText('请上传办结后照片')).toBeTruthy();
    expect(props.run).not.toHaveBeenCalled();
  });

  it('派遣部门 sends the chosen department', async () => {
    const { props } = setup(['dispatch']);
    tap(screen.getByText('派遣部门'));
    await flush();
    tap(screen.getByText('确认派遣'));
    await flush();
    expect(screen.getByText('请选择派遣部门')).toBeTruthy();
    tap(screen.getByText('市政管理处路灯所'));
    tap(screen.getByText('确认派遣'));
    await flush();
    expect(props.run).toHaveBeenCalledWith('dispatch', { choice: '市政管理处路灯所', note: '' });
  });

  it('a refusal keeps the form open and shows the server’s words', async () => {
    const run = jest.fn().mockResolvedValue({
      ok: false,
      code: 'COMMON.CONFLICT',
      message: '该诉求刚刚被其他人处理过，请刷新后重试',
    });
    const { props, view } = setup(['reject'], { run });
    tap(screen.getByText('不予受理'));
    await flush();
    await typeInto(view.container.querySelector('.lx-textarea')!, '属于物业服务范围');
    tap(screen.getByText('确认不予受理'));
    await flush();
    expect(screen.getByText('该诉求刚刚被其他人处理过，请刷新后重试')).toBeTruthy();
    expect(screen.getByText('不予受理的原因')).toBeTruthy();
    expect(props.onFailed).toHaveBeenCalledWith('reject', expect.objectContaining({ code: 'COMMON.CONFLICT' }));
    expect(props.onDone).not.toHaveBeenCalled();
  });

  it('核查 passes or sends back; sending back needs a reason', async () => {
    const { props, view } = setup(['verify']);
    tap(screen.getByText('核查'));
    await flush();
    tap(screen.getByText('退回重办'));
    tap(screen.getByText('提交核查'));
    await flush();
    expect(screen.getByText('请填写退回原因')).toBeTruthy();
    await typeInto(view.container.querySelector('.lx-textarea')!, '灯杆仍然倾斜');
    tap(screen.getByText('提交核查'));
    await flush();
    expect(props.run).toHaveBeenCalledWith('verify', { passed: false, note: '灯杆仍然倾斜' });
  });

  it('shows a hint when there is nothing to do yet', () => {
    const { view } = setup([], { hint: '超过办理时限仍未办结的，可以在这里催办' });
    expect(view.container.textContent).toBe('超过办理时限仍未办结的，可以在这里催办');
  });
});

describe('附议 on the panel', () => {
  afterEach(() => resetMe());

  it('a grid worker who sent the ticket up (its neighbour by address) is not offered 附议', () => {
    setMe(gridWorker);
    const { view } = setup(['join']);
    expect(view.container.textContent).not.toContain('附议');
  });

  it('a resident nearby is', () => {
    setMe(residentWithAddress);
    const { view } = setup(['join']);
    expect(buttonLabels(view.container)).toEqual(['附议']);
  });
});

describe('常用语 in a progress note', () => {
  it('a tap fills the note, which stays editable, and is sent as it reads', async () => {
    const { props, view } = setup(['progress']);
    tap(screen.getByText('添加进展'));
    await flush();
    const phrases = screen.getByRole('group', { name: '常用语' });
    tap(within(phrases).getByText('已到现场查看，正在处理'));
    await flush();
    const box = view.container.querySelector('.lx-textarea textarea') as HTMLTextAreaElement;
    expect(box.value).toBe('已到现场查看，正在处理');
    // still editable: the worker adds to it
    await typeInto(view.container.querySelector('.lx-textarea')!, '已到现场查看，正在处理，明天换灯');
    tap(within(phrases).getByText('已电话告知居民处理进展'));
    await flush();
    tap(screen.getByText('提交进展'));
    await flush();
    expect(props.run).toHaveBeenCalledWith('progress', {
      note: '已到现场查看，正在处理，明天换灯，已电话告知居民处理进展',
      photos: [],
    });
  });
});
