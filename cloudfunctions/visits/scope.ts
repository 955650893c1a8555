/**
 * What the permissions table cannot say about a household or a visit (neither is a target kind, and
 * "paired with them" / "assigned to them" is no scope rule): staff (a grid worker, community or street
 * staff) act where one of their grants is on the household's path; a party member only on a
 * household paired with them or a visit assigned to them.
 */
import { type ErrorCode, type Household, type RoleGrant, type Visit } from '@lx/types';

type Where = Pick<Household, 'orgPath'> & { pairedWith?: readonly string[]; visitorId?: string };

export function scopeRefusal(grants: readonly RoleGrant[], callerId: string, x: Where): ErrorCode | null {
  const staff = grants.filter((g) => g.role !== 'partyMember');
  if (staff.some((g) => x.orgPath.includes(g.orgId))) return null;
  if (x.visitorId === callerId || (x.pairedWith ?? []).includes(callerId)) return null;
  // a party member learns that the household is not theirs, staff that it is outside their grids
  return staff.length ? 'AUTH.OUT_OF_SCOPE' : 'VISIT.NOT_ASSIGNED';
}

export const householdRefusal = (g: readonly RoleGrant[], id: string, h: Household) => scopeRefusal(g, id, h);
/** A visit: its household's path (copied on it) and its visitor; a paired member is its visitor. */
export const visitRefusal = (g: readonly RoleGrant[], id: string, v: Visit) => scopeRefusal(g, id, v);
