/**
 * 常用语: short phrases a handler taps instead of typing the same note again (a progress note on the
 * street, with one hand). Tapping one puts it in the note, which stays editable; every phrase is
 * within the note's own length and content rules, so a tapped note is a valid note. Pure.
 */
import type { UserTicketAction } from './ticket';

export const NOTE_PHRASES = {
  progress: [
    '已到现场查看，正在处理',
    '已联系相关人员，约定时间上门',
    '已联系物业，督促尽快处理',
    '需要等待材料或配件，预计近日完成',
    '已电话告知居民处理进展',
  ],
  resolve: ['已处理完毕，现场恢复正常', '已维修完成，居民确认', '已清理干净', '已协调双方，达成一致'],
  escalate: ['涉及多个部门，需上级协调', '超出网格处置能力，需专业力量', '涉及产权单位，需社区协调'],
  reject: ['属于物业服务范围，已告知联系物业', '属于私人纠纷，已告知可申请人民调解', '重复反映，已在原诉求中办理'],
} as const satisfies Partial<Record<UserTicketAction, readonly string[]>>;

export type PhraseAction = keyof typeof NOTE_PHRASES;

/** The phrases offered for `action`'s note, or none. */
export const phrasesFor = (action: string): readonly string[] =>
  (NOTE_PHRASES as Partial<Record<string, readonly string[]>>)[action] ?? [];

/** The note after tapping `phrase`: the phrase alone in an empty note, else added after what is there. */
export function withPhrase(note: string, phrase: string): string {
  const kept = note.trim();
  if (!kept) return phrase;
  if (kept.includes(phrase)) return note;
  return /[，。；！,.;!]$/u.test(kept) ? `${kept}${phrase}` : `${kept}，${phrase}`;
}
