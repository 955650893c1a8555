/**
 * Filing: by a resident, or by a grid worker on someone's behalf (patrol / visit / phone). Validate
 * (the dispatcher) → who is calling → where (a building → its grid; a point → the grid whose boundary
 * holds it, else the community's triage queue; a place in words → the reporter's own grid, the ticket
 * keeping the words, not her building) → content check → decide (pure: `newTicket`) → ticket
 * and first event in one transaction → tell the handlers of the queue it landed in (the steps after
 * the place: shared/ticket-filing.ts, which a visit's step 5 files through too).
 */
import { type BuildingRef, DomainError, type Payload, type ResultOf } from '@lx/types';
import type { Caller } from '../../shared/caller';
import type { ActionContext } from '../../shared/context';
import { getNode } from '../../shared/repo/org';
import { fileTicket } from '../../shared/ticket-filing';
import { locate } from '../geo';

type FilePayload = Payload<'tickets', 'file'>;

/**
 * A place said in words (东门路灯) by a resident: her own building's grid handles it, but the ticket
 * is not filed as her building: no building, no point, the words under the community's name.
 */
async function inWords(home: BuildingRef, words: string): Promise<BuildingRef> {
  const community = await getNode(home.communityId);
  return {
    _id: '',
    streetId: home.streetId,
    communityId: home.communityId,
    ...(home.gridId ? { gridId: home.gridId } : {}),
    label: `${community?.name ?? ''} ${words}`.trim(),
  };
}

/** Where the problem is, as the routing needs it. */
async function place(p: FilePayload, caller: Caller, onBehalf: boolean, now: number): Promise<BuildingRef> {
  if (p.buildingId || !p.point) {
    if (!p.buildingId && onBehalf) throw new DomainError('TICKET.LOCATION_REQUIRED');
    const b = await building(p.buildingId ?? caller.requireAddress().buildingId);
    return !p.buildingId && p.addressText ? inWords(b, p.addressText) : b;
  }
  const found = await locate(p.point, now);
  if (!found.community) throw new DomainError('TICKET.OUT_OF_AREA');
  return {
    _id: '',
    streetId: found.community.streetId,
    communityId: found.community._id,
    ...(found.grid ? { gridId: found.grid._id } : {}),
    label: `${found.community.name} ${p.addressText ?? ''}`.trim(),
  };
}

async function building(buildingId: string): Promise<BuildingRef> {
  const b = await getNode(buildingId);
  if (!b || b.type !== 'building' || !b.communityId) throw new DomainError('ORG.NOT_A_BUILDING');
  return {
    _id: b._id,
    streetId: b.streetId,
    communityId: b.communityId,
    ...(b.gridId ? { gridId: b.gridId } : {}),
    label: b.fullName ?? b.name,
    ...(b.center ? { center: b.center } : {}),
  };
}

/** The optional parts of who and where: a point, the reporter's phone, the worker filing on behalf. */
function who(p: FilePayload, openid: string, onBehalf: boolean) {
  return {
    ...(p.point ? { point: p.point } : {}),
    ...(p.phone ? { reporterPhone: p.phone } : {}),
    ...(onBehalf ? { filedBy: openid } : {}),
    ...(onBehalf && p.residentName ? { reporterName: p.residentName } : {}),
  };
}

export async function file(p: FilePayload, ctx: ActionContext): Promise<ResultOf<'tickets', 'file'>> {
  const caller = await ctx.caller();
  const source = p.source ?? 'resident';
  const onBehalf = source !== 'resident';
  if (onBehalf && caller.grantsOf('gridWorker').length === 0) throw new DomainError('TICKET.SOURCE_FORBIDDEN');
  const input = {
    categoryId: p.categoryId,
    description: p.description,
    photos: p.photos,
    urgency: p.urgency,
    anonymous: p.anonymous,
    addressText: p.addressText,
    source,
    onBehalf,
    actorRole: onBehalf ? 'gridWorker' : 'resident',
    extra: who(p, caller.openid, onBehalf),
  };
  // ctx.record: this request's answer and the filing limits' counts commit with the ticket
  return fileTicket(
    caller,
    ctx.now,
    input,
    () => place(p, caller, onBehalf, ctx.now),
    ctx.record,
    (building) => {
      // on someone's behalf only where the worker works: a grid of their own
      if (onBehalf && !caller.grantsOf('gridWorker').some((g) => g.orgId === building.gridId)) {
        throw new DomainError('AUTH.OUT_OF_SCOPE');
      }
    },
  );
}
