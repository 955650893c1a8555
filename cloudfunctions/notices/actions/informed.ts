/**
 * A grid worker told a household in person (入户告知). Counted apart from reads; recorded once per
 * household, so a second tap changes nothing.
 */
import { covers, DomainError, NOTICE_VIEWERS, type Payload, type ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { getNode } from '../../shared/repo/org';
import { requireCovering } from '../../shared/permissions';
import { recordVisit } from '../repo/reads';

export async function informed(
  p: Payload<'notices', 'informed'>,
  ctx: ScopedContext<'notices', 'informed'>,
): Promise<ResultOf<'notices', 'informed'>> {
  const caller = await ctx.caller();
  const n = ctx.target;
  const b = await getNode(p.buildingId);
  if (!b || b.type !== 'building') throw new DomainError('ORG.NOT_A_BUILDING');
  // a building's path runs through its compound; its grid worker is found through its grid
  requireCovering(caller, NOTICE_VIEWERS, b.gridId ? [...b.path, b.gridId] : b.path);
  if (n.status !== 'published') throw new DomainError('NOTICE.NOT_PUBLISHED');
  const home = {
    streetId: b.streetId,
    communityId: b.communityId ?? '',
    compoundId: b.compoundId ?? '',
    buildingId: b._id,
    ...(b.gridId ? { gridId: b.gridId } : {}),
    text: '',
    boundAt: 0,
  };
  if (!b.gridId || !covers(n.targets, n.streetId, home)) throw new DomainError('NOTICE.HOUSEHOLD_NOT_IN_SCOPE');
  await recordVisit({
    _id: `${n._id}:${b._id}:${p.room}`,
    noticeId: n._id,
    gridId: b.gridId,
    communityId: b.communityId ?? '',
    buildingId: b._id,
    room: p.room,
    by: caller.openid,
    at: ctx.now,
  });
  return { informed: true };
}
