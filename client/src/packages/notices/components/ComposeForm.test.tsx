import { SaveNoticePayload } from '@lx/types';
import { emptyCompose, toPayload } from './ComposeForm';

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
    expect(SaveNoticePayload.safeParse(p).success).toBe(true);
  });

  it('an empty form fails with the schema’s Chinese messages', () => {
    const r = SaveNoticePayload.safeParse(toPayload(emptyCompose()));
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(['标题至少 2 个字', '请填写正文', '请选择发布范围']));
  });
});
