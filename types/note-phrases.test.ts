import { ProgressPayload, ResolvePayload, EscalatePayload, RejectPayload } from './api/tickets';
import { NOTE_PHRASES, phrasesFor, withPhrase } from './note-phrases';

describe('常用语', () => {
  it('every phrase is a valid note for its action (the form sends it as typed)', () => {
    const schemas = {
      progress: ProgressPayload,
      resolve: ResolvePayload,
      escalate: EscalatePayload,
      reject: RejectPayload,
    };
    for (const [action, phrases] of Object.entries(NOTE_PHRASES)) {
      for (const phrase of phrases) {
        const payload = { id: 't1', version: 1, note: phrase, reason: phrase, photos: ['cloud://a.jpg'] };
        const r = schemas[action as keyof typeof schemas].safeParse(payload);
        expect([action, phrase, r.success]).toEqual([action, phrase, true]);
      }
    }
  });

  it('offers phrases for notes only', () => {
    expect(phrasesFor('progress').length).toBeGreaterThan(0);
    expect(phrasesFor('accept')).toEqual([]);
    expect(phrasesFor('join')).toEqual([]);
  });

  it('fills an empty note, adds to one already written, and never repeats itself', () => {
    expect(withPhrase('', '已到现场查看，正在处理')).toBe('已到现场查看，正在处理');
    expect(withPhrase('  ', '已清理干净')).toBe('已清理干净');
    expect(withPhrase('路灯已换', '已电话告知居民处理进展')).toBe('路灯已换，已电话告知居民处理进展');
    expect(withPhrase('路灯已换。', '已清理干净')).toBe('路灯已换。已清理干净');
    expect(withPhrase('已清理干净', '已清理干净')).toBe('已清理干净');
  });
});
