import { screen, within } from '@testing-library/react';
import type { OrgOption } from '@lx/types';
import { residentWithAddress } from '../../../../jest/fixtures';
import { flush, renderInPage, tap, typeInto } from '../../../../jest/render';
import { AddressPicker, type AddressPickerProps } from './AddressPicker';

const opt = (id: string, name: string, type: OrgOption['type']): OrgOption => ({
  id,
  name,
  type,
  hasChildren: type !== 'building',
});
const TREE: Record<string, OrgOption[]> = {
  root: [opt('c1', '凤凰城社区', 'community'), opt('c2', '九州路社区', 'community')],
  c1: [opt('p1', '天河嘉城', 'compound')],
  p1: [opt('b3', '3号楼', 'building'), opt('b5', '5号楼', 'building')],
};

function setup(over: Partial<AddressPickerProps> = {}) {
  const props: AddressPickerProps = {
    loadChildren: jest.fn(async (parentId?: string) => ({ ok: true as const, data: TREE[parentId ?? 'root'] ?? [] })),
    save: jest.fn(async () => ({ ok: true as const, data: residentWithAddress })),
    onSaved: jest.fn(),
    ...over,
  };
  return { props, view: renderInPage(<AddressPicker {...props} />) };
}

describe('binding a home address', () => {
  it('goes community → compound → building, loading each level when it opens, and saves with the room', async () => {
    const { props, view } = setup();
    tap(await screen.findByText('凤凰城社区'));
    tap(await screen.findByText('天河嘉城'));
    tap(await screen.findByText('3号楼'));
    expect(props.loadChildren).toHaveBeenNthCalledWith(1, undefined);
    expect(props.loadChildren).toHaveBeenNthCalledWith(2, 'c1');
    expect(props.loadChildren).toHaveBeenNthCalledWith(3, 'p1');
    expect(await screen.findByText('凤凰城社区 天河嘉城 3号楼')).toBeTruthy();

    await typeInto(view.container.querySelector('.lx-input')!, '2单元501');
    tap(screen.getByText('保存住址'));
    await flush();
    expect(props.save).toHaveBeenCalledWith({ buildingId: 'b3', room: '2单元501' });
    expect(props.onSaved).toHaveBeenCalledWith(residentWithAddress);
  });

  it('lets the user step back to an earlier level from the trail', async () => {
    const { view } = setup();
    tap(await screen.findByText('凤凰城社区'));
    await screen.findByText('天河嘉城');
    tap(within(view.container.querySelector('.lx-trail')!).getByText('凤凰城社区'));
    expect(await screen.findByText('九州路社区')).toBeTruthy();
    expect(screen.getByText('第 1 步：请选择社区')).toBeTruthy();
  });

  it('shows the failure with 重试 when a level cannot be loaded', async () => {
    const loadChildren = jest
      .fn()
      .mockResolvedValueOnce({ ok: false, code: 'COMMON.NETWORK', message: '网络不给力，请检查网络后重试' })
      .mockResolvedValueOnce({ ok: true, data: TREE.root });
    setup({ loadChildren });
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy();
    tap(screen.getByText('重试'));
    expect(await screen.findByText('凤凰城社区')).toBeTruthy();
  });

  it('keeps the form and shows the server’s message when saving fails', async () => {
    const save = jest.fn(async () => ({
      ok: false as const,
      code: 'ORG.NOT_A_BUILDING' as const,
      message: '请选择到具体楼栋',
    }));
    const { props } = setup({ save });
    tap(await screen.findByText('凤凰城社区'));
    tap(await screen.findByText('天河嘉城'));
    tap(await screen.findByText('5号楼'));
    tap(await screen.findByText('保存住址'));
    await flush();
    expect(save).toHaveBeenCalledWith({ buildingId: 'b5' });
    expect(props.onSaved).not.toHaveBeenCalled();
    expect(screen.getByText('保存住址')).toBeTruthy();
  });
});
