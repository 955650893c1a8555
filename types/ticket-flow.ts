/**
 * Ticket rules that need no I/O: where a new ticket goes, when it is due, how it is numbered, and who
 * handles or may see it. The transition table of the lifecycle is ticket-transitions.ts.
 */
import type { Category } from './category';
import type { GeoPoint, Level } from './org';
import type { RoleGrant } from './roles';
import type { Ticket, TicketEvent, TicketSource, Urgency } from './ticket';
import type { FlowState } from './ticket-transitions';
import { addLimit, cstDay, HOUR, type HolidayCalendar, NO_HOLIDAYS } from './time';

export interface BuildingRef {
  _id: string;
  streetId: string;
  communityId: string;
  gridId?: string;
  /** where the problem is, as residents say it: "凤凰城社区 天河嘉城 3号楼" */
  label: string;
  center?: GeoPoint;
}

export interface Routing {
  level: Level;
  handlerOrgId: string;
  gridId: string | null;
  orgPath: string[];
}

/**
 * Routing (派遣). Building → its grid; a building not mapped to a grid goes to its community's triage
 * queue. A point (no building) is routed by the handler with the grids' boundaries (point in polygon)
 * and passed in as a `BuildingRef`-like place with the grid found, or none (community triage).
 */
export function routeByBuilding(b: BuildingRef): Routing {
  const gridId = b.gridId ?? null;
  return {
    level: gridId ? 'grid' : 'community',
    handlerOrgId: gridId ?? b.communityId,
    gridId,
    orgPath: orgPathOf(b, gridId),
  };
}

/** [street, community, grid?]: the nodes whose grants reach a ticket (scope checks read it). */
export const orgPathOf = (t: Pick<Ticket, 'streetId' | 'communityId'>, gridId: string | null): string[] =>
  gridId ? [t.streetId, t.communityId, gridId] : [t.streetId, t.communityId];

/** The workflow state a file event describes: routed, with its first limits, nothing done yet. */
export function filedState(e: TicketEvent): FlowState {
  return {
    status: e.to,
    level: e.level,
    handlerOrgId: e.orgId,
    gridId: e.gridId ?? null,
    orgPath: e.orgPath ?? [],
    responseDueAt: e.responseDueAt ?? 0,
    dueAt: e.dueAt ?? 0,
    overdue: false,
    reopenCount: 0,
    urgeCount: 0,
    supporters: [],
    joinCount: 0,
    version: e.seq,
    updatedAt: e.at,
  };
}

export function deadlines(
  category: Pick<Category, 'limits' | 'responseHours'>,
  urgency: Urgency,
  level: Level,
  from: number,
  cal: HolidayCalendar = NO_HOLIDAYS,
): { responseDueAt: number; dueAt: number } {
  return {
    responseDueAt: from + category.responseHours * HOUR,
    dueAt: addLimit(from, category.limits[urgency][level], cal),
  };
}

/** 20261121-04217: the China-time date and a five-digit number, for display, unique by the tickets' `by_no` index (the `_id` is random: links cannot be guessed). */
export const ticketNo = (at: number, n: number): string => `${cstDay(at)}-${String(n % 100000).padStart(5, '0')}`;

export interface NewTicketInput {
  id: string;
  no: string;
  now: number;
  category: Pick<Category, '_id' | 'name' | 'limits' | 'responseHours'> &
    Partial<Pick<Category, 'requiresVerification' | 'requiresAfterPhotos'>>;
  /** the building, or the place of a point (`_id` '' when there is no building) */
  building: BuildingRef;
  point?: GeoPoint;
  filedBy?: string;
  reporterName?: string;
  description: string;
  photos: string[];
  urgency: Urgency;
  source: TicketSource;
  anonymous: boolean;
  reporterId: string;
  reporterPhone?: string;
  actorRole: string;
  cal?: HolidayCalendar;
}

/** A filed and routed ticket with its first event: both are written in one transaction. */
export function newTicket(i: NewTicketInput): { ticket: Ticket; event: TicketEvent } {
  const route = routeByBuilding(i.building);
  const due = deadlines(i.category, i.urgency, route.level, i.now, i.cal);
  const event: TicketEvent = {
    _id: `${i.id}-1`,
    ticketId: i.id,
    seq: 1,
    action: 'file',
    actorId: i.reporterId,
    actorRole: i.actorRole,
    from: null,
    to: 'pending',
    level: route.level,
    orgId: route.handlerOrgId,
    photos: i.photos,
    at: i.now,
    gridId: route.gridId,
    orgPath: route.orgPath,
    dueAt: due.dueAt,
    responseDueAt: due.responseDueAt,
  };
  const ticket: Ticket = {
    _id: i.id,
    no: i.no,
    categoryId: i.category._id,
    categoryName: i.category.name,
    description: i.description,
    photos: i.photos,
    urgency: i.urgency,
    source: i.source,
    anonymous: i.anonymous,
    reporterId: i.reporterId,
    ...(i.reporterPhone ? { reporterPhone: i.reporterPhone } : {}),
    streetId: i.building.streetId,
    communityId: i.building.communityId,
    ...(i.building._id ? { buildingId: i.building._id } : {}),
    addressText: i.building.label,
    ...((i.point ?? i.building.center) ? { point: i.point ?? i.building.center } : {}),
    requiresVerification: i.category.requiresVerification ?? false,
    requiresAfterPhotos: i.category.requiresAfterPhotos ?? false,
    ...(i.filedBy ? { filedBy: i.filedBy } : {}),
    ...(i.reporterName ? { reporterName: i.reporterName } : {}),
    ...filedState(event),
    createdAt: i.now,
  };
  return { ticket, event };
}

/** Roles that handle a ticket at each level. */
export const HANDLER_ROLE: Record<Level, 'gridWorker' | 'communityStaff' | 'streetStaff'> = {
  grid: 'gridWorker',
  community: 'communityStaff',
  street: 'streetStaff',
};
const STAFF_VIEWERS = ['gridWorker', 'communityStaff', 'streetStaff', 'supervisor', 'admin'] as const;

type Grants = readonly Pick<RoleGrant, 'role' | 'orgId'>[];

/** The reporter, and staff whose scope contains the ticket, may open it. */
export function canViewTicket(viewerId: string, grants: Grants, t: Pick<Ticket, 'reporterId' | 'orgPath'>): boolean {
  if (viewerId === t.reporterId) return true;
  return grants.some((g) => (STAFF_VIEWERS as readonly string[]).includes(g.role) && t.orgPath.includes(g.orgId));
}

/**
 * How much of a ticket a viewer reads: all of it (the reporter, staff whose scope contains it), a
 * supporter's part (附议: status, category, place and the public timeline — never the handlers' notes
 * and photos, the exact point, the reporter, or an anonymous ticket's text), or nothing.
 */
export function audienceOf(
  viewerId: string,
  grants: Grants,
  t: Pick<Ticket, 'reporterId' | 'orgPath' | 'supporters'>,
): 'full' | 'supporter' | null {
  if (canViewTicket(viewerId, grants, t)) return 'full';
  return viewerId && t.supporters.includes(viewerId) ? 'supporter' : null;
}

/** Whoever holds the ticket's queue now: the handler role of its level, scoped to that node or above it. */
export function isCurrentHandler(grants: Grants, t: Pick<Ticket, 'level' | 'handlerOrgId' | 'orgPath'>): boolean {
  const role = HANDLER_ROLE[t.level];
  const handlerIndex = t.orgPath.indexOf(t.handlerOrgId);
  const above = handlerIndex >= 0 ? t.orgPath.slice(0, handlerIndex + 1) : [t.handlerOrgId];
  return grants.some((g) => g.role === role && above.includes(g.orgId));
}

/**
 * Reporter identity and phone: current handlers and supervisors of the scope only, never for an
 * anonymous ticket (there the system alone knows the reporter).
 */
export function canSeeReporter(
  grants: Grants,
  t: Pick<Ticket, 'anonymous' | 'level' | 'handlerOrgId' | 'orgPath'>,
): boolean {
  if (t.anonymous) return false;
  if (isCurrentHandler(grants, t)) return true;
  return grants.some((g) => g.role === 'supervisor' && t.orgPath.includes(g.orgId));
}
