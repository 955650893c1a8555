/**
 * 红黄牌 and the re-report reminders: what the partyCards timer runs (cloudfunctions/partyCards/ is
 * its wiring only). For every approved member, the card their last service gives (the points
 * ledger's totals, P2's `totalsOf`; with no service yet, counted from the approval): 6 months without
 * service a yellow card, 12 a red one (types/party-members.ts cardFor). Only cards that changed are
 * written and those no longer due removed, so a second run at the same clock writes nothing; then each
 * member whose re-report falls due within REMIND_AHEAD (or is overdue) is reminded once per due time,
 * marked before the message goes (a twin run finds it marked and sends nothing).
 */
import { cardFor, cstDate, DAY, type PartyCard, type Registration } from '@lx/types';
import { notify } from './notify';
import { allCards, applyCards, approvedRegistrations, markReminded, reportsDueBefore } from './repo/party-members';
import { totalsOf } from './repo/party-points';

/** A re-report is reminded this long before it falls due. */
export const REMIND_AHEAD = 7 * DAY;
const MEMBER_PAGE = 'packages/party/pages/register/index';

export interface PartyCardsReport {
  yellow: number;
  red: number;
  /** cards written (new, or changed colour or since) and removed (served again, withdrawn) */
  written: number;
  removed: number;
  reminded: number;
  messages: number;
}

const groupBy = <T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
};

/** The cards every approved member should hold now. */
async function wantedCards(now: number): Promise<PartyCard[]> {
  const out: PartyCard[] = [];
  for (const [communityId, regs] of groupBy(await approvedRegistrations(), (r) => r.communityId)) {
    const totals = new Map(
      (
        await totalsOf(
          communityId,
          regs.map((r) => r.userId),
        )
      ).map((t) => [t.userId, t]),
    );
    for (const r of regs) {
      const since = Math.max(totals.get(r.userId)?.lastServiceAt ?? 0, r.approvedAt ?? r.submittedAt);
      const color = cardFor(since, now);
      if (!color) continue;
      out.push({
        _id: r._id,
        userId: r.userId,
        communityId,
        orgPath: r.orgPath,
        color,
        since,
        givenAt: now,
        updatedAt: now,
      });
    }
  }
  return out;
}

/** New and changed cards (a card that stays keeps when it was given), and the ids to remove. */
export function cardChanges(
  wanted: readonly PartyCard[],
  existing: readonly PartyCard[],
): { put: PartyCard[]; remove: string[] } {
  const had = new Map(existing.map((c) => [c._id, c]));
  const put: PartyCard[] = [];
  for (const w of wanted) {
    const h = had.get(w._id);
    if (h && h.color === w.color && h.since === w.since) continue;
    put.push(h && h.color === w.color ? { ...w, givenAt: h.givenAt } : w);
  }
  const keep = new Set(wanted.map((w) => w._id));
  return { put, remove: existing.filter((c) => !keep.has(c._id)).map((c) => c._id) };
}

async function remind(due: readonly Registration[], now: number): Promise<{ reminded: number; messages: number }> {
  let reminded = 0;
  let messages = 0;
  for (const r of due) {
    if (r.dueAt === undefined || !(await markReminded(r._id, r.dueAt, now))) continue;
    reminded += 1;
    const late = r.dueAt <= now;
    const sent = await notify({
      touser: r.userId,
      template: 'partyTask',
      values: [
        `${r.communityName}党员再报到`,
        late ? '已逾期' : '即将到期',
        cstDate(r.dueAt),
        late ? '请尽快向社区再次报到' : '请在截止日前向社区再次报到',
      ],
      page: MEMBER_PAGE,
    });
    if (sent.sent) messages += 1;
  }
  return { reminded, messages };
}

export async function runPartyCards({ now }: { now: number }): Promise<PartyCardsReport> {
  const wanted = await wantedCards(now);
  const { put, remove } = cardChanges(wanted, await allCards());
  await applyCards(put, remove);
  const sent = await remind(await reportsDueBefore(now + REMIND_AHEAD), now);
  return {
    yellow: wanted.filter((c) => c.color === 'yellow').length,
    red: wanted.filter((c) => c.color === 'red').length,
    written: put.length,
    removed: remove.length,
    ...sent,
  };
}
