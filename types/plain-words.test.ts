import { TICKET_ACTIONS, TICKET_STATUSES, TICKET_STATUS_LABELS } from './ticket';
import {
  actionWords,
  OFFICE_WORDS,
  plainTerm,
  RESIDENT_ACTION_WORDS,
  RESIDENT_STATUS_WORDS,
  statusWords,
} from './plain-words';

describe('plain words for residents', () => {
  it('says 等待网格员接单, 已处理完 and 我也遇到了 where the office says 待签收, 办结 and 附议', () => {
    expect(statusWords('pending', 'resident')).toBe('等待网格员接单');
    expect(statusWords('resolved', 'resident')).toBe('已处理完');
    expect(actionWords('join', 'resident')).toBe('我也遇到了');
    expect(plainTerm('垃圾暴露', 'resident')).toBe('垃圾没有清运');
    expect(plainTerm('路灯照明故障', 'resident')).toBe('路灯照明故障');
  });

  it('no status or action a resident reads carries an office word', () => {
    const words = [
      ...TICKET_STATUSES.map((s) => RESIDENT_STATUS_WORDS[s]),
      ...TICKET_ACTIONS.map((a) => RESIDENT_ACTION_WORDS[a]),
    ];
    for (const w of words) for (const office of OFFICE_WORDS) expect(w).not.toContain(office);
  });

  it('staff keep the office terms', () => {
    for (const s of TICKET_STATUSES) expect(statusWords(s, 'staff')).toBe(TICKET_STATUS_LABELS[s]);
    expect(actionWords('join', 'staff')).toBe('附议');
    expect(plainTerm('垃圾暴露', 'staff')).toBe('垃圾暴露');
  });
});
