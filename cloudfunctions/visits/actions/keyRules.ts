/** A community's key-household rules (重点户: a tag → every N days), the table having checked the community. */
import type { KeyRule, Payload, ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { plansOf } from '../../shared/repo/visit-plans';

export async function keyRules(
  p: Payload<'visits', 'keyRules'>,
  _ctx: ScopedContext<'visits', 'keyRules'>,
): Promise<ResultOf<'visits', 'keyRules'>> {
  return (await plansOf({ communityId: p.communityId }, 'key')) as KeyRule[];
}
