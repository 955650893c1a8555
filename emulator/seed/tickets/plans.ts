/**
 * Random plans: who files what, where and when. A ticket is filed at a time in the past ~5 months (a
 * little busier lately, busiest in working hours), by a resident from home or nearby, or by a grid
 * worker on patrol, a household visit or a phone call (代办).
 */
import type { Category, OrgNode, TicketSource } from '@lx/types';
import { cstMidnight, DAY, HOUR, MINUTE } from '@lx/types';
import { CATEGORY_WEIGHTS } from '../categories';
import {
  type CategoryId,
  DESCRIPTION_SUFFIXES,
  DESCRIPTIONS,
  PATROL_PREFIX,
  PHONE_PREFIX,
  type Phrase,
  PLACES,
  VISIT_PREFIX,
} from '../data';
import { weightedTable } from '../prng';
import type { ResidentRef } from '../users';
import { type Fill, type Plan, type TicketCtx, TICKET_WINDOW_DAYS } from './plan';

const PREFIX: Record<Exclude<TicketSource, 'resident'>, string> = {
  patrol: PATROL_PREFIX,
  visit: VISIT_PREFIX,
  phone: PHONE_PREFIX,
};

/** The description placeholders filled from the building (and a draw for the rest). */
export function filler(ctx: TicketCtx): Fill {
  const { rng, org } = ctx;
  return (text, b) => {
    const compound = org.byId.get(b.compoundId!)!;
    return text
      .replace(/\{b\}/g, b.name)
      .replace(/\{c\}/g, compound.name)
      .replace(/\{u\}/g, `${rng.int(1, 3)}单元`)
      .replace(/\{p\}/g, rng.pick(PLACES))
      .replace(/\{n\}/g, rng.pick(['两', '三', '四', '五']))
      .replace(/\{f\}/g, `${rng.int(6, 18)}楼`);
  };
}

/** Who files a random ticket, for whom, where, and in which category. */
interface Filing {
  category: Category;
  building: OrgNode;
  reporterId: string;
  reporterPhone?: string;
  filerId: string;
  filerRole: string;
  anonymous: boolean;
}

/** `randomPlan(order)`: one more random ticket, drawn from the context's PRNG. */
export function randomPlanner(ctx: TicketCtx, fill: Fill): (order: number) => Plan {
  const { rng, now, org, people } = ctx;
  const catWeights = ctx.categories.map((c) => [c, CATEGORY_WEIGHTS[c._id as CategoryId] ?? 1] as const);
  const anyCategory = weightedTable(catWeights);
  const inGroups = (groups: string[]) => weightedTable(catWeights.filter(([c]) => groups.includes(c.group)));
  const patrolCategory = inGroups(['市容环境', '公共设施', '安全隐患']);
  const visitCategory = inGroups(['邻里纠纷', '物业管理', '咨询求助']);
  const sourceOf = weightedTable<TicketSource>([
    ['resident', 66],
    ['patrol', 22],
    ['phone', 6],
    ['visit', 6],
  ]);
  const calmPhrases = new Map(
    Object.entries(DESCRIPTIONS).map(([k, v]) => [
      k,
      v.filter((x) => !x.urgent).length ? v.filter((x) => !x.urgent) : v,
    ]),
  );

  const describe = (cat: Category, b: OrgNode, source: TicketSource) => {
    // an urgent case is not what a grid worker writes down during a household visit
    const phrase: Phrase = rng.pick(
      source === 'visit' ? calmPhrases.get(cat._id)! : DESCRIPTIONS[cat._id as CategoryId],
    );
    const text = `${fill(phrase.text, b)}。`;
    const full = source === 'resident' ? text + rng.pick(DESCRIPTION_SUFFIXES) : PREFIX[source] + text;
    return { text: full, urgent: phrase.urgent ? rng.chance(0.75) : rng.chance(0.03), phrase };
  };

  const today = cstMidnight(now);
  const hourOfDay = weightedTable(
    Array.from(
      { length: 24 },
      (_, h) => [h, h < 6 ? 0.15 : h < 7 ? 0.5 : h < 12 ? 1.6 : h < 14 ? 1 : h < 19 ? 1.4 : h < 22 ? 1 : 0.4] as const,
    ),
  );
  const createdAtRandom = (): number => {
    for (;;) {
      // a little busier lately, as more residents find the mini-program
      const day = Math.floor(TICKET_WINDOW_DAYS * Math.pow(rng.next(), 1.15));
      const t = today - day * DAY + hourOfDay(rng) * HOUR + rng.int(0, 3599) * 1000;
      if (t < now - 10 * MINUTE) return t;
    }
  };

  // the demo resident's requests are scripted (scripts.ts)
  const reporters = people.residents.filter((r) => !r.id.startsWith('demo-'));
  /** a grid's main worker mostly, sometimes another */
  const workerOf = (gridId: string): string => {
    const workers = people.workersByGrid.get(gridId)!;
    return rng.chance(0.7) ? workers[0] : rng.pick(workers);
  };
  const patrol = (): Filing => {
    const grid = rng.pick(org.grids);
    const building = rng.pick(org.buildingsByGrid.get(grid._id)!);
    const worker = workerOf(grid._id);
    const category = patrolCategory(rng);
    return { category, building, reporterId: worker, filerId: worker, filerRole: 'gridWorker', anonymous: false };
  };
  /** home mostly; a resident filing themselves sometimes reports a neighbouring building */
  const placeOf = (r: ResidentRef, source: TicketSource): OrgNode => {
    const home = org.byId.get(r.buildingId)!;
    const x = rng.next();
    if (source !== 'resident' || x < 0.82) return home;
    if (x < 0.94) return rng.pick(org.buildingsByCompound.get(home.compoundId!)!);
    return rng.pick(org.buildingsByCommunity.get(home.communityId!)!);
  };
  const byResident = (r: ResidentRef, building: OrgNode): Filing => {
    const anonymous = rng.chance(0.07);
    const phone = !anonymous && rng.chance(0.75) ? r.phone : undefined;
    const category = anyCategory(rng);
    return {
      category,
      building,
      reporterId: r.id,
      ...(phone ? { reporterPhone: phone } : {}),
      filerId: r.id,
      filerRole: 'resident',
      anonymous,
    };
  };
  const onBehalf = (r: ResidentRef, building: OrgNode, source: TicketSource): Filing => {
    const filerId = workerOf(r.gridId);
    const phone = source === 'phone' || rng.chance(0.6) ? r.phone : undefined;
    const category = source === 'visit' ? visitCategory(rng) : anyCategory(rng);
    return {
      category,
      building,
      reporterId: r.id,
      ...(phone ? { reporterPhone: phone } : {}),
      filerId,
      filerRole: 'gridWorker',
      anonymous: false,
    };
  };
  const filing = (source: TicketSource): Filing => {
    if (source === 'patrol') return patrol();
    const r = rng.pick(reporters);
    const building = placeOf(r, source);
    return source === 'resident' ? byResident(r, building) : onBehalf(r, building, source);
  };

  return (order) => {
    const createdAt = createdAtRandom();
    const source = sourceOf(rng);
    const f = filing(source);
    const d = describe(f.category, f.building, source);
    return {
      createdAt,
      category: f.category,
      urgency: d.urgent ? 'urgent' : 'normal',
      source,
      anonymous: f.anonymous,
      reporterId: f.reporterId,
      ...(f.reporterPhone ? { reporterPhone: f.reporterPhone } : {}),
      filerId: f.filerId,
      filerRole: f.filerRole,
      building: f.building,
      description: d.text,
      phrase: d.phrase,
      order,
    };
  };
}
