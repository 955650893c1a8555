import { validate } from '@/utils/form';
import { noteSchema } from './forms';
import { forViewer, isStaff, panelButtons } from './panel';
import { actionPayload } from './payloads';

describe('the action panel derived from allowedActions', () => {
  it('shows only what the server allows, next step first and refusing last', () => {
    const buttons = panelButtons(['reject', 'escalate', 'accept']);
    expect(buttons.map((b) => b.label)).toEqual(['签收', '上报上级', '不予受理']);
    expect(buttons.map((b) => b.tone)).toEqual(['primary', 'plain', 'danger']);
  });

  it('gives nothing when nothing is allowed, and ignores the sweeper’s actions', () => {
    expect(panelButtons([])).toEqual([]);
    expect(panelButtons(['markOverdue', 'autoClose', 'autoEscalate', 'file'])).toEqual([]);
  });

  it('sends 签收 and 附议 at once; every other action (催办 too: it asks why) opens its form', () => {
    const forms = Object.fromEntries(
      panelButtons(['accept', 'urge', 'join', 'reject', 'progress', 'escalate', 'resolve', 'reopen']).map((b) => [
        b.action,
        b.form,
      ]),
    );
    expect(forms).toEqual({
      accept: 'none',
      urge: 'note',
      join: 'none',
      reject: 'note',
      progress: 'note',
      escalate: 'note',
      resolve: 'note',
      reopen: 'note',
    });
    expect(panelButtons(['rate'])[0].form).toBe('rate');
    expect(panelButtons(['verify'])[0].form).toBe('verify');
    expect(panelButtons(['dispatch'])[0].form).toBe('dispatch');
    expect(panelButtons(['route'])[0].form).toBe('route');
  });

  it('asks for after-photos with 办结 only where the category demands them', () => {
    expect(panelButtons(['resolve'], { requiresAfterPhotos: true })[0].note?.photos).toBe('required');
    expect(panelButtons(['resolve'], { requiresAfterPhotos: false })[0].note?.photos).toBe('optional');
  });

  it('a resident’s resolved ticket offers 评价 and 问题没有解决; a handler’s open one 办结, 添加进展, 上报上级', () => {
    expect(panelButtons(['reopen', 'rate']).map((b) => b.label)).toEqual(['评价', '问题没有解决']);
    expect(panelButtons(['escalate', 'progress', 'resolve', 'reject']).map((b) => b.label)).toEqual([
      '办结',
      '添加进展',
      '上报上级',
      '不予受理',
    ]);
  });
});

describe('退回重办', () => {
  it('a supervisor’s refused ticket offers 退回重办, a note form that needs the reason, sent as `reason`', () => {
    const [sendBack] = panelButtons(['sendBack']);
    expect(sendBack).toMatchObject({ action: 'sendBack', label: '退回重办', form: 'note', tone: 'primary' });
    const res = validate(noteSchema(sendBack.note!), { note: ' ', photos: [] });
    expect(res.ok ? undefined : res.message).toBe('请填写退回重办的理由');
    expect(actionPayload('sendBack', { id: 't1', version: 3 }, { note: '属于网格职责范围' })).toEqual({
      id: 't1',
      version: 3,
      reason: '属于网格职责范围',
    });
  });
});

describe('催办', () => {
  it('asks for a note, says its cooldown (the reporter’s daily, a supervisor’s hourly) and sends the note', () => {
    const [mine] = panelButtons(['urge'], { mine: true });
    const [supervisor] = panelButtons(['urge']);
    expect(mine.note).toMatchObject({ noteLabel: '催办说明', noteRequired: true, hint: '每天可以催办一次' });
    expect(supervisor.note?.hint).toBe('同一诉求每小时可以催办一次');
    const res = validate(noteSchema(mine.note!), { note: ' ', photos: [] });
    expect(res.ok ? undefined : res.message).toBe('请填写催办说明');
    expect(actionPayload('urge', { id: 't1', version: 3 }, { note: '快一周了' })).toEqual({
      id: 't1',
      version: 3,
      note: '快一周了',
    });
  });
});

describe('checking a note form before sending', () => {
  const [escalate] = panelButtons(['escalate']);
  const [resolve] = panelButtons(['resolve'], { requiresAfterPhotos: true });
  /** the message the form shows first, or undefined when it may be sent */
  const checkNote = (b: typeof escalate, note: string, photoCount: number) => {
    const res = validate(noteSchema(b.note!), { note, photos: Array.from({ length: photoCount }, (_, i) => `f${i}`) });
    return res.ok ? undefined : res.message;
  };

  it('a reason is required to escalate', () => {
    expect(checkNote(escalate, '   ', 0)).toBe('请填写上报原因');
    expect(checkNote(escalate, '需要市政更换线路', 0)).toBeUndefined();
  });

  it('办结 of a category that demands after-photos needs at least one', () => {
    expect(checkNote(resolve, '已更换灯泡', 0)).toBe('请上传办结后照片');
    expect(checkNote(resolve, '已更换灯泡', 1)).toBeUndefined();
  });
});

describe('附议 is a resident’s', () => {
  const offered = panelButtons(['urge', 'join']);
  it('staff never see it, nor anyone before they are known; residents and party members do', () => {
    expect(forViewer(offered, true).map((b) => b.action)).toEqual(['urge']);
    expect(forViewer(offered, undefined).map((b) => b.action)).toEqual(['urge']);
    expect(forViewer(offered, false).map((b) => b.action)).toEqual(['urge', 'join']);
  });

  it('any street-office role is staff; 居民 and 党员 are not', () => {
    expect(isStaff([{ role: 'gridWorker' }])).toBe(true);
    expect(isStaff([{ role: 'partyMember' }, { role: 'supervisor' }])).toBe(true);
    expect(isStaff([{ role: 'partyMember' }])).toBe(false);
    expect(isStaff([])).toBe(false);
  });
});
