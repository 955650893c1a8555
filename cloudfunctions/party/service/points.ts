/**
 * 积分: a community's leaderboard (the totals kept on write: one query for the rows, one for their
 * names), a member's own totals and ledger newest first, and staff's corrections (new entries that
 * name what they correct; the ledger is never edited).
 */
import {
  DomainError,
  emptyTotals,
  memberTotals,
  PAGE_SIZE,
  POINT_RULE_NAMES,
  POINT_RULES,
  type Payload,
  type PointEntry,
  type ResultOf,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import {
  aheadOf,
  credit,
  getEntry,
  getTotals,
  leaderboard as topOf,
  ledgerPage,
  namesOf,
} from '../../shared/repo/party-points';
import { randomId } from '../../shared/ticket-ids';
import { entryView } from './present';

export async function leaderboard(
  p: Payload<'party', 'leaderboard'>,
  _ctx: ScopedContext<'party', 'leaderboard'>,
): Promise<ResultOf<'party', 'leaderboard'>> {
  const rows = await topOf(p.communityId, p.size);
  const names = await namesOf(rows.map((r) => r.userId));
  // equal points share a rank (1, 2, 2, 4)
  return rows.map((r, i) => ({
    ...r,
    rank: i > 0 && rows[i - 1].points === r.points ? rows.findIndex((x) => x.points === r.points) + 1 : i + 1,
    name: names.get(r.userId) ?? '党员',
  }));
}

const RULES = POINT_RULE_NAMES.map((rule) => ({
  rule,
  label: POINT_RULES[rule].label,
  describe: POINT_RULES[rule].describe,
}));

export async function myPoints(
  p: Payload<'party', 'myPoints'>,
  ctx: ScopedContext<'party', 'myPoints'>,
): Promise<ResultOf<'party', 'myPoints'>> {
  const [totals, page] = await Promise.all([
    getTotals(p.communityId, ctx.openid),
    ledgerPage(ctx.openid, p.communityId, p.cursor, PAGE_SIZE),
  ]);
  const mine = totals ?? memberTotals(emptyTotals(p.communityId, ctx.openid));
  // the rank only on the first page (the one that shows it)
  const rank = totals && !p.cursor ? (await aheadOf(p.communityId, totals.points)) + 1 : undefined;
  return {
    totals: mine,
    ...(rank ? { rank } : {}),
    entries: { ...page, items: page.items.map(entryView) },
    rules: RULES,
  };
}

export async function correctPoints(
  p: Payload<'party', 'correctPoints'>,
  ctx: ScopedContext<'party', 'correctPoints'>,
): Promise<ResultOf<'party', 'correctPoints'>> {
  if (p.points === 0 && p.minutes === 0) throw new DomainError('COMMON.VALIDATION', '更正的积分和时长不能都为 0');
  if (p.corrects) {
    const e = await getEntry(p.corrects);
    if (!e || e.userId !== p.userId || e.communityId !== p.communityId) throw new DomainError('PARTY.ENTRY_NOT_FOUND');
  }
  const entry: PointEntry = {
    _id: `correction|${randomId(16)}`,
    userId: p.userId,
    communityId: p.communityId,
    rule: 'correction',
    source: { kind: 'correction', id: p.corrects ?? ctx.requestId },
    points: p.points,
    minutes: p.minutes,
    at: ctx.now,
    by: ctx.openid,
    note: p.reason,
    ...(p.corrects ? { corrects: p.corrects } : {}),
  };
  const result = entryView(entry);
  await credit(entry, ctx.record(result));
  return result;
}
