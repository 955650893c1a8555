/**
 * The grid worker's door-to-door list (入户告知): for one grid, the buildings with households in the
 * notice's scope where nobody has read it and nobody has been told in person. A household is a
 * building and room; residents' names are masked (the list is for knocking, not for reading out).
 */
import {
  covers,
  DomainError,
  maskName,
  NOTICE_VIEWERS,
  type DoorBuilding,
  type OrgNode,
  type Payload,
  type ResultOf,
  type User,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { getNode, nodesByIds } from '../../shared/repo/org';
import { requireCovering } from '../../shared/permissions';
import { residentsOfGrid } from '../../shared/repo/residents';
import { readsInGrid, visitsInGrid } from '../repo/reads';

export const householdKey = (buildingId: string, room: string | undefined): string => `${buildingId}|${room ?? ''}`;

interface Household {
  buildingId: string;
  room: string;
  people: User[];
  read: boolean;
}

/** Residents → households (building + room); a household has read it when any of its people has. */
function groupHouseholds(residents: User[], readBy: Set<string>): Map<string, Household> {
  const households = new Map<string, Household>();
  for (const u of residents) {
    const a = u.address!;
    const key = householdKey(a.buildingId, a.room);
    const h = households.get(key) ?? { buildingId: a.buildingId, room: a.room ?? '', people: [], read: false };
    h.people.push(u);
    h.read ||= readBy.has(u._id);
    households.set(key, h);
  }
  return households;
}

function byBuildings(open: [string, Household][], names: Map<string, OrgNode>): DoorBuilding[] {
  const byBuilding = new Map<string, DoorBuilding>();
  for (const [, h] of open) {
    const node = names.get(h.buildingId);
    const b = byBuilding.get(h.buildingId) ?? {
      buildingId: h.buildingId,
      name: node?.fullName ?? node?.name ?? h.buildingId,
      households: [],
    };
    // the list is for knocking on doors: names masked (privacy.ts)
    b.households.push({
      room: h.room,
      residents: h.people.map((u) => maskName(u.realName ?? u.nickname)),
      informed: false,
    });
    byBuilding.set(h.buildingId, b);
  }
  const buildings = [...byBuilding.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  for (const b of buildings) b.households.sort((x, y) => x.room.localeCompare(y.room, 'zh', { numeric: true }));
  return buildings;
}

export async function doorToDoor(
  p: Payload<'notices', 'doorToDoor'>,
  ctx: ScopedContext<'notices', 'doorToDoor'>,
): Promise<ResultOf<'notices', 'doorToDoor'>> {
  const n = ctx.target;
  const gridId = p.gridId ?? ctx.grants.find((g) => g.role === 'gridWorker' && n.reachGrids.includes(g.orgId))?.orgId;
  if (!gridId) throw new DomainError('ORG.NOT_FOUND');
  const grid = await getNode(gridId);
  if (!grid || grid.type !== 'grid') throw new DomainError('ORG.NOT_FOUND');
  requireCovering(await ctx.caller(), NOTICE_VIEWERS, grid.path);
  if (n.status === 'draft') throw new DomainError('NOTICE.NOT_PUBLISHED');

  const [residents, reads, visits] = await Promise.all([
    residentsOfGrid(gridId),
    readsInGrid(n._id, gridId),
    visitsInGrid(n._id, gridId),
  ]);
  const inScope = residents.filter((u) => covers(n.targets, n.streetId, u.address));
  const readBy = new Set(reads.map((r) => r.userId));
  const told = new Set(visits.map((v) => householdKey(v.buildingId, v.room)));

  const households = groupHouseholds(inScope, readBy);
  const open = [...households.entries()].filter(([key, h]) => !h.read && !told.has(key));
  const names = await nodesByIds(open.map(([, h]) => h.buildingId));
  const buildings = byBuildings(open, names);
  const all = [...households.values()];
  return {
    noticeId: n._id,
    title: n.title,
    gridId,
    gridName: grid.name,
    households: all.length,
    read: all.filter((h) => h.read).length,
    informed: [...households.keys()].filter((k) => told.has(k) && !households.get(k)!.read).length,
    buildings,
  };
}
