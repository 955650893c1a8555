import { screen } from '@testing-library/react';
import { SaveNoticePayload, type ScopeOption } from '@lx/types';
import { flush, renderInPage, tap, typeInto } from '../../../../jest/render';
import { ComposeForm } from './ComposeForm';
import { emptyCompose, type LoadBuildings, toPayload } from './composeValues';

describe('toPayload (compose form → notices.save)', () => {
  it('turns lines into paragraphs, images after them, and China-time dates into instants', () => {
    const p = toPayload({
      ...emptyCompose(),
      title: '电梯年检停运通知',
      targets: ['grid-fenghuang-01'],
      text: '第一段\n\n  第二段  \n',
      images: [{ fileID: 'local://notices/a.jpg', url: '/files/a.jpg' }],
      publishDate: '2026-11-23',
      publishTime: '09:30',
      expiryDate: '2026-11-30',
    });
    expect(p.body).toEqual([
      { type: 'p', text: '第一段' },
      { type: 'p', text: '第二段' },
      { type: 'img', fileId: 'local://notices/a.jpg' },
    ]);
    expect(p.publishAt).toBe(Date.parse('2026-11-23T01:30:00Z'));
    expect(p.expiresAt).toBe(Date.parse('2026-11-30T15:59:00Z'));
    // with the requestId useZodForm adds
    expect(SaveNoticePayload.safeParse({ ...p, requestId: 'req-00000001' }).success).toBe(true);
  });

  it('an empty form fails with the schema’s Chinese messages', () => {
    const r = SaveNoticePayload.safeParse(toPayload(emptyCompose()));
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(['标题至少 2 个字', '请填写正文', '请选择发布范围']));
  });
});

describe('choosing buildings within a grid', () => {
  const options: ScopeOption[] = [
    { id: 'comm-fenghuang', name: '凤凰城社区（全社区）', type: 'community' },
    { id: 'grid-fenghuang-01', name: '第一网格', type: 'grid', communityId: 'comm-fenghuang' },
    { id: 'grid-fenghuang-02', name: '第二网格', type: 'grid', communityId: 'comm-fenghuang' },
  ];
  const building = (n: number): ScopeOption => ({
    id: `bld-tianhejiacheng-0${n}`,
    name: `天河嘉城 ${n}号楼`,
    type: 'building',
    communityId: 'comm-fenghuang',
    gridId: 'grid-fenghuang-01',
  });

  function setup() {
    const loadBuildings = jest.fn<ReturnType<LoadBuildings>, Parameters<LoadBuildings>>(async () => ({
      ok: true as const,
      data: { options: [building(2), building(3)] },
    }));
    const onSubmit = jest.fn(async () => undefined);
    const view = renderInPage(
      <ComposeForm
        initial={emptyCompose()}
        options={options}
        upload={jest.fn()}
        onSubmit={onSubmit}
        orgName="凤凰城社区"
        loadBuildings={loadBuildings}
      />,
    );
    return { view, loadBuildings, onSubmit };
  }

  it('asks for one grid’s buildings on 选楼栋 and sends the chosen buildings as the targets', async () => {
    const { view, loadBuildings, onSubmit } = setup();
    expect(loadBuildings).not.toHaveBeenCalled();
    await typeInto(view.container.querySelector('.lx-input')!, '3号楼电梯停运检修');
    await typeInto(view.container.querySelector('.lx-textarea')!, '本周六上午电梯停运检修，请提前安排出行。');
    tap(screen.getByText(/第一网格 选楼栋/));
    await flush();
    expect(loadBuildings).toHaveBeenCalledWith('grid-fenghuang-01');
    tap(screen.getByText('天河嘉城 2号楼'));
    tap(screen.getByText('天河嘉城 3号楼'));
    await flush();
    expect(screen.getByText(/第一网格 选楼栋（2）/)).toBeTruthy();
    tap(screen.getByText('保存草稿'));
    await flush();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const [payload, publish] = onSubmit.mock.calls[0] as unknown as [{ targets: string[] }, boolean];
    expect(payload.targets).toEqual(['bld-tianhejiacheng-02', 'bld-tianhejiacheng-03']);
    expect(publish).toBe(false);
    expect(SaveNoticePayload.safeParse(payload).success).toBe(true);
  });

  it('a building replaces its grid (and the whole community); the preview names the buildings', async () => {
    const { onSubmit } = setup();
    tap(screen.getByText('凤凰城社区（全社区）'));
    tap(screen.getByText('第一网格'));
    tap(screen.getByText('第二网格'));
    tap(screen.getByText(/第一网格 选楼栋/));
    await flush();
    tap(screen.getByText('天河嘉城 3号楼'));
    await flush();
    tap(screen.getByText('预览'));
    await flush();
    expect(screen.getByText(/发布范围：第二网格、天河嘉城 3号楼/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
