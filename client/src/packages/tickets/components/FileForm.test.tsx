import { screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { type CategoryOption, REQUEST_ID_PATTERN, type SimilarTicket } from '@lx/types';
import { flush, renderInPage, tap, typeInto } from '../../../../jest/render';
import { FileForm, type FileFormProps } from './FileForm';

const categories: CategoryOption[] = [
  { id: 'cat-light', name: '路灯损坏', group: '公共设施', limitText: '1个工作日', urgentLimitText: '2小时' },
  { id: 'cat-trash', name: '垃圾清运', group: '市容环境', limitText: '1个工作日', urgentLimitText: '4小时' },
];

function setup(overrides: Partial<FileFormProps> = {}) {
  const props: FileFormProps = {
    categories,
    addressText: '凤凰城社区 天河嘉城 3号楼',
    upload: jest.fn(),
    submit: jest.fn().mockResolvedValue({ ok: true, data: { id: 't1', no: '20261121-00001' } }),
    onFiled: jest.fn(),
    ...overrides,
  };
  const view = renderInPage(<FileForm {...props} />);
  return { props, view };
}

const description = (container: HTMLElement) => container.querySelector('.lx-textarea')!;

// the form keeps a resident's filing on the phone (useZodForm persistKey): each test starts afresh
beforeEach(() => Taro.clearStorageSync());

describe('the filing form', () => {
  it('shows the schema message for a too-short description and does not submit', async () => {
    const { props, view } = setup();
    tap(screen.getByText('路灯损坏'));
    await typeInto(description(view.container), '灯坏了');
    await flush();
    tap(screen.getByText('提交'));
    await flush();
    // beside the field (the same words also flash up in a toast)
    expect(within(view.container).getByText('问题描述至少 5 个字')).toBeTruthy();
    expect(props.submit).not.toHaveBeenCalled();
  });

  it('asks for a category before anything is sent', async () => {
    const { props, view } = setup();
    await typeInto(description(view.container), '3号楼东侧路灯不亮已经一周');
    await flush();
    tap(screen.getByText('提交'));
    await flush();
    expect(within(view.container).getByText('请选择诉求类别')).toBeTruthy();
    expect(props.submit).not.toHaveBeenCalled();
  });

  it('shows the chosen category’s time limit', async () => {
    setup();
    tap(screen.getByText('垃圾清运'));
    await flush();
    expect(screen.getByText(/办理时限：1个工作日/)).toBeTruthy();
  });

  it('sends the parsed payload and hands the new ticket on', async () => {
    const { props, view } = setup();
    tap(screen.getByText('路灯损坏'));
    await typeInto(description(view.container), '  3号楼东侧路灯不亮已经一周  ');
    tap(screen.getByText('紧急'));
    await flush();
    tap(screen.getByText('提交'));
    await flush();
    expect(props.submit).toHaveBeenCalledWith({
      categoryId: 'cat-light',
      description: '3号楼东侧路灯不亮已经一周',
      photos: [],
      urgency: 'urgent',
      anonymous: false,
      // one per filing meant (useZodForm): the server answers a retry of it with the first ticket
      requestId: expect.stringMatching(REQUEST_ID_PATTERN),
    });
    expect(props.onFiled).toHaveBeenCalledWith({ id: 't1', no: '20261121-00001' });
  });

  it('shows the server’s field messages when it refuses the form', async () => {
    const submit = jest.fn().mockResolvedValue({
      ok: false,
      code: 'COMMON.VALIDATION',
      message: '填写的内容有误，请检查后重试',
      fields: { description: '内容包含不当信息，请修改后再提交' },
    });
    const { props, view } = setup({ submit });
    tap(screen.getByText('路灯损坏'));
    await typeInto(description(view.container), '3号楼东侧路灯不亮已经一周');
    await flush();
    tap(screen.getByText('提交'));
    await flush();
    expect(within(view.container).getByText('内容包含不当信息，请修改后再提交')).toBeTruthy();
    expect(props.onFiled).not.toHaveBeenCalled();
  });
});

const similar = (n: number, over: Partial<SimilarTicket> = {}): SimilarTicket => ({
  id: `s${n}`,
  no: `20261120-0000${n}`,
  categoryName: '路灯损坏',
  description: '3号楼门口路灯不亮',
  addressText: '凤凰城社区 天河嘉城 3号楼',
  status: 'processing',
  createdAt: Date.now() - 3_600_000,
  joinCount: 2,
  sameBuilding: true,
  mine: false,
  joined: false,
  ...over,
});

async function fillAndSubmit(container: HTMLElement) {
  tap(screen.getByText('路灯损坏'));
  await typeInto(description(container), '3号楼东侧路灯不亮已经一周');
  await flush();
  tap(screen.getByText('提交'));
  await flush();
}

describe('the place of the problem', () => {
  it('is her home unless she says otherwise: no place fields are sent', async () => {
    const { props, view } = setup();
    expect(screen.getByText('凤凰城社区 天河嘉城 3号楼')).toBeTruthy();
    tap(screen.getByText('路灯损坏'));
    await typeInto(description(view.container), '3号楼东侧路灯不亮已经一周');
    await flush();
    tap(screen.getByText('提交'));
    await flush();
    const sent = (props.submit as jest.Mock).mock.calls[0][0];
    expect(sent).not.toHaveProperty('buildingId');
    expect(sent).not.toHaveProperty('addressText');
  });

  it('其他地点 sends the place in words, and an empty one is refused beside the field', async () => {
    const { props, view } = setup();
    tap(screen.getByText('路灯损坏'));
    await typeInto(description(view.container), '东门的路灯不亮已经一周');
    tap(screen.getByText('其他地点'));
    await flush();
    tap(screen.getByText('提交'));
    await flush();
    expect(props.submit).not.toHaveBeenCalled();
    expect(within(view.container).getByText(/问题位置/)).toBeTruthy();
    await typeInto(view.container.querySelector('[aria-label="在哪里"]')!, '小区东门路灯');
    await flush();
    tap(screen.getByText('提交'));
    await flush();
    expect(props.submit).toHaveBeenCalledWith(expect.objectContaining({ addressText: '小区东门路灯' }));
    expect((props.submit as jest.Mock).mock.calls[0][0]).not.toHaveProperty('buildingId');
  });
});

describe('the duplicate hint before filing', () => {
  it('shows open tickets like this one nearby and files nothing yet', async () => {
    const findSimilar = jest.fn().mockResolvedValue({ ok: true, data: [similar(1)] });
    const { props, view } = setup({ findSimilar, join: jest.fn() });
    await fillAndSubmit(view.container);
    expect(findSimilar).toHaveBeenCalledWith(expect.objectContaining({ categoryId: 'cat-light' }));
    expect(screen.getByText('附近已有人反映了同类问题')).toBeTruthy();
    expect(screen.getByText('3号楼门口路灯不亮')).toBeTruthy();
    expect(screen.getByText(/已有 2 人也遇到了/)).toBeTruthy();
    expect(screen.getByText(/点“我也遇到了”就行/)).toBeTruthy();
    expect(props.submit).not.toHaveBeenCalled();
  });

  it('我也遇到了 (附议) joins the open ticket instead of filing, and hands it on', async () => {
    const findSimilar = jest.fn().mockResolvedValue({ ok: true, data: [similar(1)] });
    const join = jest.fn().mockResolvedValue({ ok: true, data: { id: 's1' } });
    const onJoined = jest.fn();
    const { props, view } = setup({ findSimilar, join, onJoined });
    await fillAndSubmit(view.container);
    tap(screen.getByText('我也遇到了'));
    await flush();
    expect(join).toHaveBeenCalledWith(expect.objectContaining({ id: 's1' }));
    expect(onJoined).toHaveBeenCalledWith(expect.objectContaining({ id: 's1' }));
    expect(props.submit).not.toHaveBeenCalled();
  });

  it('“不是同一个问题” files the new ticket after all', async () => {
    const findSimilar = jest.fn().mockResolvedValue({ ok: true, data: [similar(1)] });
    const { props, view } = setup({ findSimilar, join: jest.fn() });
    await fillAndSubmit(view.container);
    tap(screen.getByText('不是同一个问题，继续提交'));
    await flush();
    expect(props.submit).toHaveBeenCalledTimes(1);
    expect(props.onFiled).toHaveBeenCalledWith({ id: 't1', no: '20261121-00001' });
  });

  it('a ticket the reporter already follows is opened, not joined again', async () => {
    const findSimilar = jest.fn().mockResolvedValue({ ok: true, data: [similar(1, { joined: true })] });
    const join = jest.fn();
    const onJoined = jest.fn();
    const { view } = setup({ findSimilar, join, onJoined });
    await fillAndSubmit(view.container);
    expect(screen.queryByText('我也遇到了')).toBeNull();
    tap(screen.getByText('您也遇到了，查看进度'));
    expect(join).not.toHaveBeenCalled();
    expect(onJoined).toHaveBeenCalledWith(expect.objectContaining({ id: 's1' }));
  });

  it('on the reporter’s own earlier ticket the hint says 查看进度, the button it has, never 点附议', async () => {
    const findSimilar = jest.fn().mockResolvedValue({ ok: true, data: [similar(1, { mine: true })] });
    const { view } = setup({ findSimilar, join: jest.fn() });
    await fillAndSubmit(view.container);
    expect(screen.getByText('这是您反映的，查看进度')).toBeTruthy();
    expect(screen.getByText(/点“查看进度”/)).toBeTruthy();
    expect(screen.queryByText(/附议|我也遇到了/)).toBeNull();
  });

  it('files at once when nothing similar is open, or when the look-up fails', async () => {
    for (const answer of [
      { ok: true, data: [] },
      { ok: false, code: 'COMMON.NETWORK', message: '网络不给力，请检查网络后重试' },
    ]) {
      document.body.innerHTML = '';
      const findSimilar = jest.fn().mockResolvedValue(answer);
      const { props, view } = setup({ findSimilar });
      await fillAndSubmit(view.container);
      expect(findSimilar).toHaveBeenCalledTimes(1);
      expect(props.submit).toHaveBeenCalledTimes(1);
    }
  });

  it('asks for progress messages in the 提交 tap, once, and only when the form is valid', async () => {
    const onConsent = jest.fn();
    const findSimilar = jest.fn().mockResolvedValue({ ok: true, data: [similar(1)] });
    const { view } = setup({ onConsent, findSimilar, join: jest.fn() });
    tap(screen.getByText('提交'));
    await flush();
    expect(onConsent).not.toHaveBeenCalled();
    await fillAndSubmit(view.container);
    expect(onConsent).toHaveBeenCalledTimes(1);
    tap(screen.getByText('不是同一个问题，继续提交'));
    await flush();
    expect(onConsent).toHaveBeenCalledTimes(1);
  });
});
