import { screen } from '@testing-library/react';
import type { NodeDetailView } from '@lx/types';
import { callCloud } from '@/services/cloud';
import { flush, renderPage, tap, typeInto } from '../../../../../jest/render';
import { gridDetail } from '../../../../../test-fixtures';
import NodeEditPage from './index';

jest.mock('@/services/cloud', () => ({ callCloud: jest.fn() }));
const call = callCloud as jest.Mock;

const grid: NodeDetailView = gridDetail({
  population: 900,
  hasBoundary: true,
  boundaryPoints: 5,
  hotline: '0392-3336017',
  responsible: [{ duty: '网格长', name: '王秀兰', phone: '13903920005', hours: '工作日 8:30-17:30' }],
});
const communities = {
  parent: { id: 's1', type: 'street', name: '九州路街道', parentId: null, hasBoundary: false, hasChildren: true },
  children: [
    { id: 'c1', type: 'community', name: '凤凰城社区', parentId: 's1', hasBoundary: false, hasChildren: true },
    { id: 'c2', type: 'community', name: '鹤翔社区', parentId: 's1', hasBoundary: false, hasChildren: true },
  ],
  canEdit: true,
};

function backend(answers: Record<string, unknown> = {}) {
  call.mockImplementation(async (_fn: string, action: string) => {
    if (action in answers) return answers[action];
    if (action === 'node') return { ok: true, data: grid };
    if (action === 'tree') return { ok: true, data: communities };
    if (action === 'saveNode') return { ok: true, data: grid };
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' };
  });
}
/** The native field named by its label (Taro's web component draws it a moment after React renders). */
const input = (label: string) => screen.findByLabelText(label);
const savedPayload = () => call.mock.calls.find((c) => c[1] === 'saveNode')?.[2];

beforeEach(() => call.mockReset());

describe('编辑组织', () => {
  it('shows a grid’s counts, 连心卡 people and boundary as the server has them', async () => {
    backend();
    renderPage(NodeEditPage, { id: 'g1' });
    await flush();
    expect(call).toHaveBeenCalledWith('admin', 'node', { id: 'g1' });
    expect(screen.getByText('已设置 5 个点')).toBeTruthy();
    expect(screen.getByText('边界请在“导入组织架构”中用表格维护')).toBeTruthy();
    expect(((await input('户数')) as HTMLInputElement).value).toBe('300');
    expect(screen.getByText('连心卡负责人')).toBeTruthy();
    expect(screen.getByText('鹤翔社区')).toBeTruthy();
  });

  it('sends the edited households and a new 连心卡 person to admin.saveNode', async () => {
    backend();
    renderPage(NodeEditPage, { id: 'g1' });
    await flush();
    await typeInto(await input('户数'), '320');
    tap(screen.getByText('添加负责人'));
    await flush(1);
    tap(screen.getAllByText('志愿者')[1]);
    await typeInto(await input('第2位姓名'), '钱志愿');
    await typeInto(await input('第2位电话'), '13800000002');
    tap(screen.getByText('保存'));
    await flush();
    expect(savedPayload()).toEqual({
      id: 'g1',
      type: 'grid',
      parentId: 'c1',
      name: '凤凰城社区第一网格',
      households: 320,
      population: 900,
      hotline: '0392-3336017',
      serviceHours: '工作日 8:30-17:30',
      responsible: [
        { duty: '网格长', name: '王秀兰', phone: '13903920005', hours: '工作日 8:30-17:30' },
        { duty: '志愿者', name: '钱志愿', phone: '13800000002' },
      ],
    });
    expect(call.mock.calls.filter((c) => c[1] === 'node')).toHaveLength(2);
  });

  it('removes a person and moves the grid to another community', async () => {
    backend();
    renderPage(NodeEditPage, { id: 'g1' });
    await flush();
    tap(screen.getByText('删除'));
    tap(screen.getByText('鹤翔社区'));
    await flush(1);
    tap(screen.getByText('保存'));
    await flush();
    expect(savedPayload()).toMatchObject({ parentId: 'c2', responsible: [] });
  });

  it('shows the server’s message under the field it is about', async () => {
    backend({
      saveNode: {
        ok: false,
        code: 'COMMON.VALIDATION',
        message: '请填写正确的电话号码',
        fields: { 'responsible.0.phone': '请填写正确的电话号码' },
      },
    });
    renderPage(NodeEditPage, { id: 'g1' });
    await flush();
    // a number the form accepts; the server still refuses it
    await typeInto(await input('第1位电话'), '13800000009');
    tap(screen.getByText('保存'));
    await flush();
    expect(savedPayload()).toBeDefined();
    expect(document.querySelector('.lx-field__error')?.textContent).toBe('请填写正确的电话号码');
  });

  it('checks with saveNode’s own schema first: a bad phone is named under its person and nothing is sent', async () => {
    backend();
    renderPage(NodeEditPage, { id: 'g1' });
    await flush();
    await typeInto(await input('第1位电话'), '12345');
    tap(screen.getByText('保存'));
    await flush();
    expect(savedPayload()).toBeUndefined();
    const errors = [...document.querySelectorAll('.lx-field__error')].map((e) => e.textContent);
    // once, under the phone: not again at the top of the list
    expect(errors).toEqual(['请填写正确的电话号码']);
    const person = (await input('第1位电话')).closest('.lx-person')!;
    expect(person.querySelector('.lx-field__error')?.textContent).toBe('请填写正确的电话号码');
  });

  it('a building picks its grid from org.grids or 未划分网格', async () => {
    backend({
      node: {
        ok: true,
        data: {
          id: 'b1',
          type: 'building',
          name: '3号楼',
          parentId: 'p1',
          communityId: 'c1',
          gridId: 'g1',
          hasBoundary: false,
          hasChildren: false,
          boundaryPoints: 0,
        },
      },
      grids: {
        ok: true,
        data: [
          { id: 'g1', name: '第一网格', type: 'grid', hasChildren: false },
          { id: 'g2', name: '第二网格', type: 'grid', hasChildren: false },
        ],
      },
      tree: { ok: true, data: { ...communities, children: [] } },
    });
    renderPage(NodeEditPage, { id: 'b1' });
    await flush();
    expect(call).toHaveBeenCalledWith('org', 'grids', { communityId: 'c1' });
    tap(screen.getByText('未划分网格'));
    await flush(1);
    tap(screen.getByText('保存'));
    await flush();
    expect(savedPayload()).toEqual({ id: 'b1', type: 'building', parentId: 'p1', name: '3号楼', gridId: '' });
    expect(screen.queryByText('连心卡负责人')).toBeNull();
  });

  it('a refused load says why and offers the way back, not 重试', async () => {
    backend({ node: { ok: false, code: 'AUTH.OUT_OF_SCOPE', message: '不在您的管理范围内' } });
    renderPage(NodeEditPage, { id: 'g9' });
    await flush();
    expect(screen.getByText('不在您的管理范围内')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();
    expect(screen.getByText('返回首页')).toBeTruthy();
  });

  it('a load that got no answer offers 重试', async () => {
    backend({ node: { ok: false, code: 'COMMON.NETWORK', message: '网络不给力，请检查网络后重试' } });
    renderPage(NodeEditPage, { id: 'g9' });
    await flush();
    expect(screen.getByText('重试')).toBeTruthy();
  });
});
