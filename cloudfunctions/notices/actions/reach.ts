/**
 * 发布's question, "将通知 7 户": how many households the chosen targets reach, asked before the
 * draft is published. The targets are checked as a new draft's are (each inside a composing grant,
 * scope.ts), so the count never tells anything about a place the caller cannot publish to.
 */
import type { Payload, ResultOf } from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { householdCount } from '../../shared/repo/residents';
import { resolveScope } from '../scope';

export async function reach(
  p: Payload<'notices', 'reach'>,
  ctx: ScopedContext<'notices', 'reach'>,
): Promise<ResultOf<'notices', 'reach'>> {
  const scope = await resolveScope(await ctx.caller(), p.targets);
  return { households: await householdCount(scope.targets) };
}
