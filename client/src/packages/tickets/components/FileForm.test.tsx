import { screen, within } from '@testing-library/react';
import type { CategoryOption } from '@lx/types';
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
