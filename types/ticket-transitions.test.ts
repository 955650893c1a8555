import { ticketRefusal } from './permissions';
import type { Ticket } from './ticket';
import {
  allowedActions,
  applyEvent,
  commutes,
  decide,
  nearHome,
  type Home,
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
const HOME_POINT = { lat: 34.75, lng: 113.62 };
/** ~55 m and ~165 m north of the ticket's point */
const NEAR = { lat: 34.7505, lng: 113.62 };
const FAR = { lat: 34.7515, lng: 113.62 };
const home = (over: Partial<Home> = {}): Home => ({ buildingId: 'b2', communityId: 'c', center: NEAR, ...over });
const ticketOf = (e: TicketEvent): FlowTicket => ({
  _id: 't1',
  reporterId: 'u-res',
  streetId: 's',
  communityId: 'c',
  requiresVerification: false,
  requiresAfterPhotos: true,
  buildingId: 'b1',
  point: HOME_POINT,
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
    expect(allowedActions(base, { id: 'u-other', grants: [], now: NOW, home: home() })).toEqual(['join']);
    // no home, no neighbourhood: 附议 is not offered
    expect(allowedActions(base, { id: 'u-other', grants: [], now: NOW })).toEqual([]);
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

describe('附议 is for neighbours (nearHome)', () => {
  const other = (h?: Home): Viewer => ({ id: 'u-other', grants: [], now: NOW, ...(h ? { home: h } : {}) });

  it('the same building, or within SIMILAR_RADIUS_M of it, in the same community', () => {
    expect(nearHome(base, home({ buildingId: 'b1', center: undefined }))).toBe(true);
    expect(nearHome(base, home())).toBe(true);
    expect(nearHome(base, home({ center: FAR }))).toBe(false);
    expect(nearHome(base, home({ communityId: 'c2' }))).toBe(false);
    expect(nearHome(base, home({ buildingId: 'b1', communityId: 'c2' }))).toBe(false);
    expect(nearHome(base, undefined)).toBe(false);
  });

  it('only a neighbour may join; anyone else who is no party is told the ticket does not exist', () => {
    expect(refusal(base, 'join', other(home()))).toBeNull();
    expect(refusal(base, 'join', other(home({ center: FAR })))).toBe('AUTH.FORBIDDEN');
    const t = { ...base, photos: [], supporters: [] } as unknown as Ticket;
    for (const v of [other(), other(home({ center: FAR })), other(home({ communityId: 'c2' }))]) {
      expect(ticketRefusal(t, { ...v, grants: [] }, 'join')).toBe('TICKET.NOT_FOUND');
      expect(ticketRefusal(t, { ...v, grants: [] })).toBe('TICKET.NOT_FOUND');
    }
    // staff of another community learn nothing through 附议 either
    const staff = { id: 'u-x', grants: [{ role: 'communityStaff', orgId: 'c2', orgPath: ['s', 'c2'] }], now: NOW };
    expect(ticketRefusal(t, staff as never, 'join')).toBe('TICKET.NOT_FOUND');
    expect(ticketRefusal(t, { ...other(home()), grants: [] }, 'join')).toBeNull();
  });

  it('is never offered to staff, even one who lives next door (they handle tickets, they do not co-sign)', () => {
    const near = other(home());
    for (const role of ['gridWorker', 'communityStaff', 'streetStaff', 'supervisor', 'admin'] as const) {
      // a staff grant anywhere (another grid, another street): still staff
      const v: Viewer = { ...near, grants: [{ role, orgId: 'elsewhere' }] };
      expect(allowedActions(base, v)).not.toContain('join');
      expect(refusal(base, 'join', v)).not.toBeNull();
    }
    // a party member is a resident here: 附议 stays theirs
    expect(refusal(base, 'join', { ...near, grants: [{ role: 'partyMember', orgId: 'c' }] })).toBeNull();
  });
});

describe('own work: the worker who filed on behalf does not judge it', () => {
  const filed = { ...base, reporterId: 'u-grid', filedBy: 'u-grid' };
  it('may not rate, reopen or verify it; the same rules for everyone else', () => {
    expect(allowedActions({ ...filed, status: 'resolved' }, grid)).toEqual([]);
    expect(refusal({ ...filed, status: 'resolved' }, 'rate', grid)).toBe('AUTH.FORBIDDEN');
    expect(refusal({ ...filed, status: 'closed', closedAt: NOW }, 'reopen', grid)).toBe('AUTH.FORBIDDEN');
    const both: Viewer = { ...grid, grants: [...grid.grants, { role: 'supervisor', orgId: 'c' }] };
    expect(refusal({ ...filed, status: 'verifying' }, 'verify', both)).toBe('AUTH.FORBIDDEN');
    expect(refusal({ ...filed, status: 'verifying' }, 'verify', supervisor)).toBeNull();
    // a resident whose account the ticket names as reporter rates it as usual
    const named = { ...filed, reporterId: 'u-res', status: 'resolved' as const };
    expect(allowedActions(named, reporter)).toEqual(['rate', 'reopen']);
  });
});

describe('commuting actions', () => {
  it('are exactly 附议, 催办 and progress notes', () => {
    expect(USER_TICKET_ACTIONS.filter((a) => commutes(a))).toEqual(['progress', 'urge', 'join']);
  });
});
