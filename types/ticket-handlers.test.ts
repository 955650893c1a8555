import { HANDLING_ACTIONS, handles, withHandler } from './ticket-handlers';

const ev = (action: string, actorId = 'u1', actorRole = 'gridWorker') =>
  ({ action, actorId, actorRole }) as Parameters<typeof withHandler>[1];

describe('我经手的: who becomes a handler', () => {
  it('every staff action counts; a resident’s 评价, 重新办理, 催办 and 附议 and the sweeper do not', () => {
    expect(HANDLING_ACTIONS).toEqual([
      'accept',
      'reject',
      'progress',
      'escalate',
      'route',
      'dispatch',
      'resolve',
      'verify',
      'sendBack',
    ]);
    for (const a of ['rate', 'reopen', 'urge', 'join']) expect(handles(ev(a), {})).toBe(false);
    expect(handles(ev('markOverdue', 'system', 'system'), {})).toBe(false);
  });

  it('a filing counts only on someone’s behalf (代办)', () => {
    expect(handles(ev('file'), { filedBy: 'u1' })).toBe(true);
    expect(handles(ev('file', 'r1', 'resident'), {})).toBe(false);
  });

  it('adds each person once, and changes nothing for someone already listed', () => {
    const t = withHandler({ filedBy: undefined, handlers: undefined }, ev('accept'));
    expect(t.handlers).toEqual(['u1']);
    expect(withHandler(t, ev('escalate'))).toBe(t);
    expect(withHandler(t, ev('accept', 'u2', 'communityStaff')).handlers).toEqual(['u1', 'u2']);
  });
});
