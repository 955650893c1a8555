/** A community's 结对帮扶 pairings (or, with no community named, every one under the caller's grants). */
import { PAGE_SIZE, type Payload, type ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { pairingsUnder } from '../../shared/repo/visit-plans';

export async function pairings(
  p: Payload<'visits', 'pairings'>,
  ctx: ScopedContext<'visits', 'pairings'>,
): Promise<ResultOf<'visits', 'pairings'>> {
  // the table checked a named community against the grants; none named: the grants' own nodes
  const under = p.communityId ? [p.communityId] : ctx.grants.map((g) => g.orgId);
  return pairingsUnder(under, p.cursor, PAGE_SIZE);
}
