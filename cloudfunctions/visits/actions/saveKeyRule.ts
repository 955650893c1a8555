/**
 * Saves a community's rule for a tag under its one id (keyRuleId): a second save changes the period and
 * keeps when and by whom it was first made, so a retry is harmless without a request record.
 */
import { keyRuleId, type KeyRule, type Payload, type ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { planById, saveKeyRule as save } from '../../shared/repo/visit-plans';

export async function saveKeyRule(
  p: Payload<'visits', 'saveKeyRule'>,
  ctx: ScopedContext<'visits', 'saveKeyRule'>,
): Promise<ResultOf<'visits', 'saveKeyRule'>> {
  const caller = await ctx.caller();
  // the community the table read and checked (types: community)
  const community = ctx.target;
  const id = keyRuleId(community._id, p.tag);
  const before = (await planById(id)) as KeyRule | null;
  const rule: KeyRule = {
    _id: id,
    kind: 'key',
    communityId: community._id,
    streetId: community.streetId,
    orgPath: community.path,
    tag: p.tag,
    everyDays: p.everyDays,
    active: true,
    since: before?.since ?? ctx.now,
    createdBy: before?.createdBy ?? caller.openid,
    createdAt: before?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  };
  await save(rule);
  return rule;
}
