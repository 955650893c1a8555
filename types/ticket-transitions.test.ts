import {
  allowedActions,
  applyEvent,
  decide,
  flowState,
  refusal,
  replay,
  TRANSITIONS,
  type FlowTicket,
  type Viewer,
} from './ticket-transitions';
import { type TicketEvent, USER_TICKET_ACTIONS } from './ticket';
import { filedState } from './ticket-flow';
import { DAY, HOUR } from './time';

const NOW = Date.parse('2026-11-21T02:00:00Z'); // 10:00 China time
const file: TicketEvent = {
  _id: 't1-1',
  ticketId: 't1',
  seq: 1,
  action: 'file',
  actorId: 'u-res',
  actorRole: 'resident',
  from: null,
  to: 'pending',
  level: 'grid',
  orgId: 'g',
  photos: [],
  at: NOW,
  gridId: 'g',
  orgPath: ['s', 'c', 'g'],
  dueAt: NOW + DAY,
  responseDueAt: NOW + HOUR,
};
const ticketOf = (e: TicketEvent): FlowTicket => ({
  _id: 't1',
  reporterId: 'u-res',
  streetId: 's',
  communityId: 'c',
  requiresVerification: false,
  requiresAfterPhotos: true,
  ...filedState(e),
});
const base = ticketOf(file);
const grid: Viewer = { id: 'u-grid', grants: [{ role: 'gridWorker', orgId: 'g' }], now: NOW };
const reporter: Viewer = { id: 'u-res', grants: [], now: NOW };
const supervisor: Viewer = { id: 'u-sup', grants: [{ role: 'supervisor', orgId: 'c' }], now: NOW };
const due = (level: string, from: number) => ({
  responseDueAt: from + HOUR,
  dueAt: from + (level === 'grid' ? DAY : 2 * DAY),
});

describe('the transition table', () => {
  it('covers every user action and names who takes it', () => {
    for (const a of USER_TICKET_ACTIONS) expect(TRANSITIONS[a].actors.length).toBeGreaterThan(0);
  });

  it('offers each viewer only what the table allows now', () => {
    expect(allowedActions(base, grid)).toEqual(['accept', 'reject', 'escalate']);
    expect(allowedActions(base, reporter)).toEqual([]);
    expect(allowedActions(base, supervisor)).toEqual(['urge']);
    expect(allowedActions(base, { id: 'u-other', grants: [], now: NOW })).toEqual(['join']);
    expect(allowedActions({ ...base, status: 'resolved' }, reporter)).toEqual(['rate', 'reopen']);
  });

  it('tells 无权限 from 不在范围 from an illegal state', () => {
    expect(refusal(base, 'accept', { ...grid, grants: [{ role: 'gridWorker', orgId: 'g2' }] })).toBe(
      'AUTH.OUT_OF_SCOPE',
    );
    expect(refusal(base, 'accept', supervisor)).toBe('AUTH.FORBIDDEN');
    expect(refusal({ ...base, status: 'closed' }, 'accept', grid)).toBe('TICKET.ILLEGAL_TRANSITION');
    expect(
      refusal({ ...base, level: 'street', handlerOrgId: 's' }, 'escalate', {
        ...grid,
        grants: [{ role: 'streetStaff', orgId: 's' }],
      }),
    ).toBe('TICKET.ILLEGAL_TRANSITION');
  });

  it('lets the reporter urge once per China day after the limit, counting days at midnight China time', () => {
    const late = { ...base, status: 'processing' as const, dueAt: NOW - HOUR };
    expect(refusal({ ...base, status: 'processing' }, 'urge', reporter)).toBe('TICKET.URGE_NOT_DUE');
    expect(refusal(late, 'urge', reporter)).toBeNull();
    const urged = { ...late, lastReporterUrgeAt: NOW - 9 * HOUR }; // 01:00 China time today
    expect(refusal(urged, 'urge', reporter)).toBe('TICKET.URGE_TOO_SOON');
    expect(refusal({ ...late, lastReporterUrgeAt: NOW - 11 * HOUR }, 'urge', reporter)).toBeNull(); // 23:00 yesterday
    expect(refusal(urged, 'urge', supervisor)).toBeNull();
  });

  it('reopens at the same level first, a level up the second time, with the new limits', () => {
    const resolved = { ...base, status: 'resolved' as const, version: 5 };
    const e1 = decide(
      resolved,
      { action: 'reopen', note: '又坏了' },
      { now: NOW, actorId: 'u-res', actorRole: 'resident', due },
    );
    const once = applyEvent(resolved, e1);
    expect(once).toMatchObject({ status: 'processing', level: 'grid', reopenCount: 1, dueAt: NOW + DAY, version: 6 });
    const again = { ...once, status: 'resolved' as const };
    const e2 = decide(
      again,
      { action: 'reopen', note: '还是坏' },
      { now: NOW, actorId: 'u-res', actorRole: 'resident', due },
    );
    expect(applyEvent(again, e2)).toMatchObject({
      status: 'pending',
      level: 'community',
      handlerOrgId: 'c',
      reopenCount: 2,
    });
  });

  it('rebuilds the workflow state from the events alone', () => {
    const ctx = { now: NOW + HOUR, actorId: 'u-grid', actorRole: 'gridWorker', due };
    const accept = decide(base, { action: 'accept' }, ctx);
    const t2 = applyEvent(base, accept);
    const escalate = decide(t2, { action: 'escalate', note: '需社区协调' }, ctx);
    const t3 = applyEvent(t2, escalate);
    expect(replay([file, accept, escalate])).toEqual(replay([escalate, file, accept]));
    expect(replay([file, accept, escalate])).toMatchObject({
      status: t3.status,
      level: 'community',
      version: 3,
      dueAt: t3.dueAt,
    });
  });

  it('routes a triage ticket within its community only, and the event carries the new path', () => {
    const filed: TicketEvent = { ...file, level: 'community', orgId: 'c', gridId: null, orgPath: ['s', 'c'] };
    const triage = ticketOf(filed);
    const staff: Viewer = { id: 'u-com', grants: [{ role: 'communityStaff', orgId: 'c' }], now: NOW };
    const ctx = { now: NOW, actorId: staff.id, actorRole: 'communityStaff', due };
    expect(refusal(triage, 'route', staff)).toBeNull();
    expect(() => decide(triage, { action: 'route', grid: { id: 'g9', communityId: 'c9' } }, ctx)).toThrow(
      expect.objectContaining({ code: 'TICKET.GRID_NOT_IN_COMMUNITY' }),
    );
    const routed = decide(triage, { action: 'route', grid: { id: 'g', communityId: 'c' } }, ctx);
    expect(routed).toMatchObject({ to: 'pending', level: 'grid', orgId: 'g', gridId: 'g', orgPath: ['s', 'c', 'g'] });
    const after = applyEvent(triage, routed);
    expect(replay([filed, routed])).toEqual(flowState(after));
    expect(after).toMatchObject({ orgPath: ['s', 'c', 'g'], handlerOrgId: 'g', dueAt: NOW + DAY });
    // the grid's workers now hold it: the path is what their grant is matched against
    expect(refusal(after, 'accept', grid)).toBeNull();
  });
});
