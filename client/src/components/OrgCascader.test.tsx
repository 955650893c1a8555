import { useState } from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import type { OrgOption } from '@lx/types';
import { renderInPage, tap } from '../../jest/render';
import { OrgCascader, type OrgCascaderProps, type PickedOrg } from './OrgCascader';

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
const fromTree = () =>
  jest.fn(async (parentId?: string) => ({ ok: true as const, data: TREE[parentId ?? 'root'] ?? [] }));

/** the caller owns the chosen building, as the address and 代办 pages do */
function Host(props: Partial<OrgCascaderProps> & { onPicked?: (p?: PickedOrg) => void }) {
  const [value, setValue] = useState<PickedOrg>();
  return (
    <OrgCascader
      {...props}
      value={value}
      onChange={(p) => {
        setValue(p);
        props.onPicked?.(p);
      }}
    >
      <View value={value} onReset={() => setValue(undefined)} />
    </OrgCascader>
  );
}
function View({ value, onReset }: { value?: PickedOrg; onReset: () => void }) {
  return (
    <button type="button" onClick={onReset}>
      chosen {value?.text}
    </button>
  );
}

describe('the 社区 → 小区 → 楼栋 cascade', () => {
  it('loads each level when it opens and hands back the building with its path', async () => {
    const loadChildren = fromTree();
    const onPicked = jest.fn();
    renderInPage(<Host loadChildren={loadChildren} onPicked={onPicked} />);
    expect(await screen.findByText('第 1 步：请选择社区')).toBeTruthy();
    tap(await screen.findByText('凤凰城社区'));
    expect(await screen.findByText('第 2 步：请选择小区')).toBeTruthy();
    tap(await screen.findByText('天河嘉城'));
    tap(await screen.findByText('3号楼'));
    expect(loadChildren.mock.calls).toEqual([[undefined], ['c1'], ['p1']]);
    expect(onPicked).toHaveBeenCalledWith({
      id: 'b3',
      text: '凤凰城社区 天河嘉城 3号楼',
      path: [TREE.root[0], TREE.c1[0], TREE.p1[0]],
    });
    expect(await screen.findByText('chosen 凤凰城社区 天河嘉城 3号楼')).toBeTruthy();
  });

  it('steps back from the trail, and clears the building when it does', async () => {
    const onPicked = jest.fn();
    const { container } = renderInPage(<Host loadChildren={fromTree()} onPicked={onPicked} />);
    tap(await screen.findByText('凤凰城社区'));
    tap(await screen.findByText('天河嘉城'));
    tap(await screen.findByText('5号楼'));
    await screen.findByText(/^chosen/);
    tap(within(container.querySelector('.lx-trail')!).getByText('凤凰城社区'));
    expect(onPicked).toHaveBeenLastCalledWith(undefined);
    expect(await screen.findByText('九州路社区')).toBeTruthy();
    expect(screen.getByText('第 1 步：请选择社区')).toBeTruthy();
  });

  it('goes back to the building list when the caller clears the choice', async () => {
    renderInPage(<Host loadChildren={fromTree()} />);
    tap(await screen.findByText('凤凰城社区'));
    tap(await screen.findByText('天河嘉城'));
    tap(await screen.findByText('3号楼'));
    fireEvent.click(await screen.findByText(/^chosen/));
    expect(await screen.findByText('第 3 步：请选择楼栋')).toBeTruthy();
    expect(await screen.findByText('5号楼')).toBeTruthy();
  });

  it('words the heading for 代办 and says when a level is empty', async () => {
    renderInPage(
      <Host
        loadChildren={jest.fn(async () => ({ ok: true as const, data: [] }))}
        where="问题所在"
        emptyHint="请联系社区工作人员"
      />,
    );
    expect(await screen.findByText('第 1 步：请选择问题所在社区')).toBeTruthy();
    expect(await screen.findByText('暂无可选的社区')).toBeTruthy();
    expect(screen.getByText('请联系社区工作人员')).toBeTruthy();
  });

  it('shows the failure with 重试 when a level cannot be loaded', async () => {
    const loadChildren = jest
      .fn()
      .mockResolvedValueOnce({ ok: false, code: 'COMMON.NETWORK', message: '网络不给力，请检查网络后重试' })
      .mockResolvedValueOnce({ ok: true, data: TREE.root });
    renderInPage(<Host loadChildren={loadChildren} />);
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy();
    tap(screen.getByText('重试'));
    expect(await screen.findByText('凤凰城社区')).toBeTruthy();
  });
});

describe('代办 in the worker’s own grid (within)', () => {
  it('opens on her community with the grid’s buildings, and 显示全部楼栋 lifts the grid', async () => {
    const loadChildren = jest.fn(async (parentId?: string, gridId?: string) => ({
      ok: true as const,
      data: (TREE[parentId ?? 'root'] ?? []).filter((o) => !gridId || o.id !== 'b5'),
    }));
    renderInPage(<Host loadChildren={loadChildren} within={{ communityId: 'c1', gridId: 'g1' }} />);
    expect(await screen.findByText('第 2 步：请选择小区')).toBeTruthy();
    expect(screen.getByText('只列出您网格的小区')).toBeTruthy();
    tap(await screen.findByText('天河嘉城'));
    expect(await screen.findByText('3号楼')).toBeTruthy();
    expect(screen.queryByText('5号楼')).toBeNull();
    tap(screen.getByText('显示全部楼栋'));
    expect(await screen.findByText('5号楼')).toBeTruthy();
    expect(loadChildren.mock.calls).toEqual([
      [undefined, undefined],
      ['c1', 'g1'],
      ['p1', 'g1'],
      ['p1', undefined],
    ]);
    // the trail still steps back to every community, unscoped
    tap(screen.getByText('凤凰城社区'));
    tap(await screen.findByText('九州路社区'));
    expect(loadChildren.mock.calls.at(-1)).toEqual(['c2', undefined]);
  });
});
