/** Visits and households as the client sees them: no path, tags and notes masked outside the scope. */
import {
  type Household,
  type HouseholdView,
  maskHousehold,
  maskVisit,
  nextStep,
  seesPersonal,
  type Visit,
  type VisitView,
  type VisitViewer,
} from '@lx/types';

export function visitView(v: Visit, viewer: VisitViewer): VisitView {
  const shown = seesPersonal(viewer, { orgPath: v.orgPath, pairedWith: [] }, v.visitorId) ? v : maskVisit(v);
  const { orgPath: _path, ...rest } = shown;
  return { ...rest, nextStep: nextStep(v) };
}

export function householdView(
  h: Household,
  viewer: VisitViewer,
  buildingName: string,
  lastVisitedOn: string | undefined,
): HouseholdView {
  const shown = seesPersonal(viewer, h) ? h : maskHousehold(h);
  return {
    id: h._id,
    buildingId: h.buildingId,
    buildingName,
    gridId: h.gridId,
    room: h.room,
    tags: shown.tags,
    members: h.members.length,
    paired: h.pairedWith.includes(viewer.id),
    ...(lastVisitedOn ? { lastVisitedOn } : {}),
  };
}
