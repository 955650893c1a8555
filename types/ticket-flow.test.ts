import {
  canSeeReporter,
  canViewTicket,
  deadlines,
  isCurrentHandler,
  newTicket,
  routeByBuilding,
  ticketNo,
} from './ticket-flow';
import { HOUR } from './time';
import { Ticket, TicketEvent } from './ticket';
import type { Category } from './category';

const category: Pick<Category, '_id' | 'name' | 'limits' | 'responseHours'> = {
  _id: 'cat-garbage',
  name: '垃圾暴露',
  responseHours: 2,
  limits: {
    normal: {
      grid: { value: 24, unit: 'hours' },
      community: { value: 2, unit: 'days' },
      street: { value: 5, unit: 'workdays' },
    },
    urgent: {
      grid: { value: 2, unit: 'hours' },
      community: { value: 12, unit: 'hours' },
      street: { value: 1, unit: 'days' },
    },
  },
};
const building = { _id: 'bld-1', streetId: 'st', communityId: 'cm', gridId: 'gr', label: '凤凰城社区 天河嘉城 3号楼' };
const now = Date.parse('2026-11-21T02:00:00Z');

describe('routing', () => {
  it('a building mapped to a grid routes to that grid', () => {
    expect(routeByBuilding(building)).toEqual({
      level: 'grid',
      handlerOrgId: 'gr',
      gridId: 'gr',
      orgPath: ['st', 'cm', 'gr'],
    });
  });
  it('a building with no grid goes to its community’s triage queue', () => {
    const { gridId: _, ...unmapped } = building;
    expect(routeByBuilding(unmapped)).toEqual({
      level: 'community',
      handlerOrgId: 'cm',
      gridId: null,
      orgPath: ['st', 'cm'],
    });
  });
});

describe('filing', () => {
  const input = {
    id: '20261121-00042',
    no: '20261121-00042',
    now,
    category,
    building,
    description: '3号楼东侧垃圾桶满溢',
    photos: ['local://tickets/a.jpg'],
    urgency: 'urgent' as const,
    source: 'resident' as const,
    anonymous: false,
    reporterId: 'u1',
    actorRole: 'resident',
  };

  it('produces a valid pending ticket and its first event, due by the urgent grid limit', () => {
    const { ticket, event } = newTicket(input);
    expect(Ticket.safeParse(ticket).success).toBe(true);
    expect(TicketEvent.safeParse(event).success).toBe(true);
    expect(ticket).toMatchObject({ status: 'pending', level: 'grid', handlerOrgId: 'gr', version: 1, overdue: false });
    expect(ticket.dueAt).toBe(now + 2 * HOUR);
    expect(ticket.responseDueAt).toBe(now + 2 * HOUR);
    expect(event).toMatchObject({ seq: 1, from: null, to: 'pending', action: 'file', ticketId: ticket._id });
  });

  it('each level has its own limit', () => {
    expect(deadlines(category, 'normal', 'community', now).dueAt).toBe(now + 48 * HOUR);
  });

  it('numbers are the Beijing date and five digits', () => {
    expect(ticketNo(now, 42)).toBe('20261121-00042');
    expect(ticketNo(now, 99_999)).toBe('20261121-99999');
  });
});

describe('who sees what', () => {
  const t = {
    reporterId: 'u1',
    anonymous: false,
    level: 'grid' as const,
    handlerOrgId: 'gr',
    orgPath: ['st', 'cm', 'gr'],
  };
  const grid = [{ role: 'gridWorker' as const, orgId: 'gr' }];
  const otherGrid = [{ role: 'gridWorker' as const, orgId: 'gr2' }];
  const community = [{ role: 'communityStaff' as const, orgId: 'cm' }];
  const supervisor = [{ role: 'supervisor' as const, orgId: 'st' }];

  it('the reporter and staff in scope may open a ticket; a grid worker of another grid may not', () => {
    expect(canViewTicket('u1', [], t)).toBe(true);
    expect(canViewTicket('u2', [], t)).toBe(false);
    expect(canViewTicket('w', grid, t)).toBe(true);
    expect(canViewTicket('w', otherGrid, t)).toBe(false);
    expect(canViewTicket('c', community, t)).toBe(true);
  });

  it('the reporter’s identity goes to the current handler and supervisors only', () => {
    expect(isCurrentHandler(grid, t)).toBe(true);
    expect(canSeeReporter(grid, t)).toBe(true);
    expect(canSeeReporter(community, t)).toBe(false); // not theirs until escalated
    expect(canSeeReporter(community, { ...t, level: 'community', handlerOrgId: 'cm' })).toBe(true);
    expect(canSeeReporter(supervisor, t)).toBe(true);
  });

  it('nobody sees the reporter of an anonymous ticket', () => {
    expect(canSeeReporter(grid, { ...t, anonymous: true })).toBe(false);
    expect(canSeeReporter(supervisor, { ...t, anonymous: true })).toBe(false);
  });
});
