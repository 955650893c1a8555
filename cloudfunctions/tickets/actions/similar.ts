/**
 * 附议 hint before filing: open tickets of the same category filed in the last 7 days, in the same
 * building or within ~100 m of the point. Reads at most a few pages of that category's open tickets
 * (index `similar`: categoryId, status, createdAt) and measures distances here. Only tickets the caller
 * may see are offered: those near their own home (the 附议 rule, nearHome) or in their staff scope
 * (a grid worker filing on behalf); a neighbour never reads an anonymous ticket's text.
 */
import {
  canViewTicket,
  DomainError,
  type GeoPoint,
  metresBetween,
  nearHome,
  OPEN_STATUSES,
  type Payload,
  SIMILAR_RADIUS_M,
  SIMILAR_WINDOW,
  type SimilarTicket,
  type Ticket,
} from '@lx/types';
import type { ActionContext } from '../../shared/context';
import { getNode } from '../../shared/repo/org';
import { recentOpenOfCategory } from '../../shared/repo/tickets';
import { homeOf } from '../../shared/ticket-home';

const MAX_HINTS = 10;

export async function similar(p: Payload<'tickets', 'similar'>, ctx: ActionContext): Promise<SimilarTicket[]> {
  const caller = await ctx.caller();
  let buildingId = p.buildingId;
  let at: GeoPoint | undefined = p.point;
  if (!buildingId && !at) buildingId = caller.requireAddress().buildingId;
  if (buildingId && !at) {
    const b = await getNode(buildingId);
    if (!b || b.type !== 'building') throw new DomainError('ORG.NOT_A_BUILDING');
    at = b.center;
  }
  const [candidates, home] = await Promise.all([
    recentOpenOfCategory(p.categoryId, OPEN_STATUSES, ctx.now - SIMILAR_WINDOW),
    homeOf(caller),
  ]);
  /** null: not for this caller; else whether they may read its text */
  const shown = (t: Ticket): { text: boolean } | null => {
    if (canViewTicket(caller.openid, caller.grants, t)) return { text: true };
    return nearHome(t, home) ? { text: !t.anonymous } : null;
  };
  const near = (t: Ticket): { same: boolean; d?: number } | null => {
    const same = !!buildingId && t.buildingId === buildingId;
    const d = at && t.point ? metresBetween(at, t.point) : undefined;
    return same || (d !== undefined && d <= SIMILAR_RADIUS_M) ? { same, ...(d !== undefined ? { d } : {}) } : null;
  };
  const out: SimilarTicket[] = [];
  for (const t of candidates) {
    const m = near(t);
    const may = m && shown(t);
    if (!m || !may) continue;
    out.push({
      id: t._id,
      no: t.no,
      categoryName: t.categoryName,
      ...(may.text ? { description: Array.from(t.description).slice(0, 40).join('') } : {}),
      addressText: t.addressText,
      status: t.status,
      createdAt: t.createdAt,
      joinCount: t.joinCount ?? 0,
      sameBuilding: m.same,
      ...(m.d !== undefined ? { distanceM: Math.round(m.d) } : {}),
      mine: t.reporterId === caller.openid,
      joined: (t.supporters ?? []).includes(caller.openid),
    });
  }
  out.sort((a, b) => Number(b.sameBuilding) - Number(a.sameBuilding) || (a.distanceM ?? 0) - (b.distanceM ?? 0));
  return out.slice(0, MAX_HINTS);
}
