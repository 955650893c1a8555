/**
 * Filing by point (tickets.file → the grid that gets the ticket) and binding by location (org.nearby →
 * the grid named for the home) must agree about a point exactly on a boundary: both ask types/geo.ts.
 * The points come from the demo street, whose grids tile their communities edge to edge.
 */
import type { GeoPoint, OrgNode } from '@lx/types';
import { expectOk, setupCloud } from '../test-support/cloud';
import { main as tickets } from '../tickets/index';
import { main as org } from './index';

const cloud = setupCloud({ tickets: 0 });
afterAll(() => cloud.cleanup());

const grids = () => (cloud.emu.store.all('org_nodes') as OrgNode[]).filter((n) => n.type === 'grid' && n.boundary);
const lngs = (g: OrgNode) => g.boundary!.map((p) => p.lng);
const lats = (g: OrgNode) => g.boundary!.map((p) => p.lat);

/** The midpoint of an edge one grid's east side shares with another's west side, across communities if any. */
function sharedEdgePoint(): { at: GeoPoint; between: string[] } {
  const pairs = grids().flatMap((a) =>
    grids()
      .filter((b) => Math.max(...lngs(a)) === Math.min(...lngs(b)))
      .map((b) => {
        const lo = Math.max(Math.min(...lats(a)), Math.min(...lats(b)));
        const hi = Math.min(Math.max(...lats(a)), Math.max(...lats(b)));
        return { a, b, lo, hi };
      })
      .filter(({ lo, hi }) => hi > lo),
  );
  const pick = pairs.find(({ a, b }) => a.communityId !== b.communityId) ?? pairs[0];
  return { at: { lng: Math.max(...lngs(pick.a)), lat: (pick.lo + pick.hi) / 2 }, between: [pick.a._id, pick.b._id] };
}

/** A corner that two or more grids have, across communities if any. */
function sharedVertex(): { at: GeoPoint; between: string[] } {
  const byCorner = new Map<string, OrgNode[]>();
  for (const g of grids())
    for (const p of g.boundary!) {
      const key = `${p.lng},${p.lat}`;
      const list = byCorner.get(key) ?? [];
      if (!list.includes(g)) byCorner.set(key, [...list, g]);
    }
  const shared = [...byCorner].filter(([, gs]) => gs.length > 1);
  const [key, gs] = shared.find(([, g]) => new Set(g.map((n) => n.communityId)).size > 1) ?? shared[0];
  const [lng, lat] = key.split(',').map(Number);
  return { at: { lng, lat }, between: gs.map((g) => g._id) };
}

async function fileAt(at: GeoPoint): Promise<string> {
  const r = expectOk(
    await cloud.call(
      tickets,
      'tickets',
      'file',
      { categoryId: 'cat-road', description: '路中间有个大坑，雨后积水', point: at, addressText: '两个网格交界处' },
      'demo-resident-new',
    ),
  );
  return (r as { handlerOrgId: string }).handlerOrgId;
}

async function bindNear(at: GeoPoint): Promise<string | undefined> {
  const r = expectOk(await cloud.call(org, 'org', 'nearby', at, 'demo-resident-new'));
  return grids().find((g) => g.name === r.gridName)?._id;
}

describe('filing and binding agree about a point on a boundary', () => {
  it('on the edge two grids share', async () => {
    const { at, between } = sharedEdgePoint();
    const routed = await fileAt(at);
    expect(between).toContain(routed);
    expect(await bindNear(at)).toBe(routed);
  });

  it('at a corner grids share', async () => {
    const { at, between } = sharedVertex();
    const routed = await fileAt(at);
    expect(between).toContain(routed);
    expect(await bindNear(at)).toBe(routed);
  });
});
