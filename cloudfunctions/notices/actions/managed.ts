/**
 * Staff's notices with their read figures: what they (or anyone under their grants) composed, drafts
 * included, and the published ones that reach their community or grid. Figures come from the counters
 * kept on each notice, so a page of 20 costs one query.
 */
import { NOTICE_COMPOSERS, type GrantRole, type Payload, type ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { managedNotices } from '../../shared/repo/notices';
import { managed as present } from '../present';

const COMPOSERS: readonly GrantRole[] = NOTICE_COMPOSERS;

export async function managed(
  p: Payload<'notices', 'managed'>,
  ctx: ScopedContext<'notices', 'managed'>,
): Promise<ResultOf<'notices', 'managed'>> {
  // the caller's viewer grants (the table let them in)
  const grants = ctx.grants;
  const scope = {
    composedUnder: grants.filter((g) => COMPOSERS.includes(g.role)).map((g) => g.orgId),
    // a street grant sees the street-wide notices; a community or grid grant those reaching it
    streets: grants.filter((g) => g.orgPath.length === 1).map((g) => g.orgId),
    reaching: grants.filter((g) => g.orgPath.length > 1).map((g) => g.orgId),
  };
  const page = await managedNotices(scope, p.cursor);
  return {
    items: page.items.map((n) => present(n, ctx.now)),
    hasMore: page.hasMore,
    ...(page.next ? { next: page.next } : {}),
    canCompose: grants.some((g) => COMPOSERS.includes(g.role)),
  };
}
