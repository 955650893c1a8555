/**
 * The demo's scripted stories: tickets the demo identities need whatever the random draw and whatever
 * the clock. Each step names its action (and actor where it matters); `simulate` asks the transition
 * table for its event, so a story the table would refuse fails the seed.
 */
import {
  type Category,
  DAY,
  deadlines,
  DUE_SOON,
  HOUR,
  type Level,
  type OrgNode,
  AUTO_ESCALATE_GRACE as GRACE,
  type Urgency,
  cstHour,
  cstMidnight,
  MINUTE,
} from '@lx/types';
import { type CategoryId, DESCRIPTIONS, PATROL_PREFIX } from '../data';
import { DEMO_BUILDING_ID, DEMO_COMMUNITY_ID, DEMO_GRID_2_ID, DEMO_GRID_ID, type ResidentRef } from '../users';
import { type Fill, type Plan, secs, type Step, type TicketCtx } from './plan';

/** Every scripted step is over this long before `now` (`act` may move a step by a minute or so). */
const SCRIPT_MARGIN = 10 * MINUTE;

/**
 * Tickets the demo needs whatever the random draw and whatever the clock: the demo resident's own
 * requests in each state, pending, processing, due-soon and overdue work in the demo grids, the
 * community's triage queue and an escalation waiting there, one waiting at the street and one
 * dispatched by it, and one waiting for the supervisor's verification.
 *
 * Every story is timed from `now` so that its whole step list is over by `now − SCRIPT_MARGIN` at any
 * time of day on any date (`simulate` drops a step later than `now`, which would leave a story short
 * of the state it is there for):
 * - `on(days, hh, mm)` keeps a story at a plain China-time hh:mm `days` days ago, moved back by as
 *   many whole days as it takes for its last step to be over (seeded at 05:30, yesterday's 15:20 story
 *   whose 办结 comes 17 h later starts the day before);
 * - `ago(ms)` files it `ms` before now (and earlier if its steps would not be over);
 * - stories whose state depends on a limit (即将超期, 已超期, a pending ticket within its response
 *   limit) are filed at a time found with `deadlines` and the seed's holiday calendar, so that the due
 *   time lands where the story needs it: working-day limits stretch over weekends and holidays, so a
 *   fixed "n days ago" would not do.
 */
export function scriptedPlans(ctx: TicketCtx, catById: Map<string, Category>, fill: Fill): Plan[] {
  const { rng, now, org, people, cal } = ctx;
  const M = MINUTE;
  const H = HOUR;
  const D = DAY;
  /** the last step of every story is at or before this */
  const latest = now - SCRIPT_MARGIN;
  const today = cstMidnight(now);
  const spanOf = (script: Step[]): number => script.reduce((a, s) => Math.max(a, s.after), 0);
  /** when a story is filed, given how long its steps take */
  type When = (span: number) => number;
  /** `days` days ago at hh:mm China time, or whole days earlier until the last step is over */
  const on =
    (days: number, hh: number, mm = 0): When =>
    (span) => {
      let t = today - days * D + hh * H + mm * M;
      while (t + span > latest) t -= D;
      return t;
    };
  /** `ms` before now, or earlier if the steps would not be over */
  const ago =
    (ms: number): When =>
    (span) =>
      Math.min(now - ms, latest - span);
  type Limits = { responseDueAt: number; dueAt: number };
  /**
   * The latest filing time, on a 5-minute mark at or before `before` and between `hours[0]`:00 and
   * `hours[1]`:00 China time, whose limits at `level` satisfy `fits` (or, if none does within 30 days,
   * `fallback`). The limits are the ticket's own — `deadlines` with the seed's holiday calendar, as
   * `simulate` computes them — so a story lands in its tab whatever weekends and holidays lie between.
   */
  const fileFor = (
    catId: CategoryId,
    urgency: Urgency,
    level: Level,
    o: { before: number; hours: [number, number]; fits: (d: Limits) => boolean; fallback?: (d: Limits) => boolean },
  ): { createdAt: number; dueAt: number } => {
    const c = cat(catId);
    const step = 5 * M;
    const start = Math.floor(o.before / step) * step;
    let second: { createdAt: number; dueAt: number } | null = null;
    for (let t = start; t > start - 30 * D; t -= step) {
      const h = cstHour(t);
      if (h < o.hours[0] || h >= o.hours[1]) continue;
      const d = deadlines(c, urgency, level, t, cal);
      if (o.fits(d)) return { createdAt: t, dueAt: d.dueAt };
      if (!second && o.fallback?.(d)) second = { createdAt: t, dueAt: d.dueAt };
    }
    return second ?? { createdAt: start, dueAt: deadlines(c, urgency, level, start, cal).dueAt };
  };
  const cat = (id: CategoryId): Category => catById.get(id)!;
  const demoHome = org.byId.get(DEMO_BUILDING_ID)!;
  const residentsIn = (gridId: string): ResidentRef[] =>
    (people.residentsByGrid.get(gridId) ?? []).filter((r) => !r.id.startsWith('demo-'));
  const fhGrids = org.gridsByCommunity.get(DEMO_COMMUNITY_ID)!;
  const g1 = residentsIn(DEMO_GRID_ID);
  const g2 = residentsIn(DEMO_GRID_2_ID);
  const g3 = residentsIn(fhGrids[2]._id);
  const g4 = residentsIn(fhGrids[3]._id);
  const triage = org.unmappedBuildings.find((x) => x.communityId === DEMO_COMMUNITY_ID)!;
  const triageNeighbours =
    people.residentsByCompound.get(triage.compoundId!) ??
    people.residents.filter((r) => r.communityId === DEMO_COMMUNITY_ID);
  const home = (r: ResidentRef): OrgNode => org.byId.get(r.buildingId)!;
  const zhang = people.residents.find((r) => r.id === 'demo-resident')!;
  const pickFrom = (list: ResidentRef[]): ResidentRef => (list.length ? rng.pick(list) : zhang);
  const at = (after: number, s: Omit<Step, 'after'>): Step => ({ after, ...s });
  let order = -1000;

  const plan = (
    when: When,
    catId: CategoryId,
    reporter: ResidentRef | 'demo-grid',
    building: OrgNode,
    text: string,
    script: Step[],
    extra: Partial<Plan> = {},
  ): Plan => {
    const isWorker = reporter === 'demo-grid';
    const phrases = DESCRIPTIONS[catId];
    const phrase = phrases.find((x) => text.includes(x.text.replace(/\{.\}/g, '').slice(0, 6))) ?? phrases[0];
    return {
      createdAt: secs(Math.min(when(spanOf(script)), now - 5 * M)),
      category: cat(catId),
      urgency: 'normal',
      source: isWorker ? 'patrol' : 'resident',
      anonymous: false,
      reporterId: isWorker ? 'demo-grid' : reporter.id,
      ...(!isWorker && reporter.phone ? { reporterPhone: reporter.phone } : {}),
      filerId: isWorker ? 'demo-grid' : reporter.id,
      filerRole: isWorker ? 'gridWorker' : 'resident',
      building,
      description: fill(text, building),
      phrase,
      script,
      order: order++,
      ...extra,
    };
  };
  const by = <T>(r: ResidentRef, f: (r: ResidentRef) => T): T => f(r);
  const fixed =
    (t: number): When =>
    () =>
      t;

  return [
    // --- 张阿姨 (demo-resident), 凤凰城社区 天河嘉城 3号楼
    plan(on(96, 9, 12), 'cat-garbage', zhang, demoHome, '{b}东侧垃圾桶满溢，已两天无人清运，味道很大。希望尽快处理。', [
      at(25 * M, { action: 'accept', actor: 'demo-grid', note: '已签收，马上去现场看看' }),
      at(2 * H, { action: 'progress', actor: 'demo-grid', note: '已到现场查看，情况属实，已通知环卫所安排清运车' }),
      at(5 * H, { action: 'resolve', actor: 'demo-grid', note: '已协调环卫所清运，垃圾桶周边已冲洗干净' }),
      at(1 * D, { action: 'rate', note: '满意：处理很及时，网格员态度也好' }),
    ]),
    plan(on(33, 8, 40), 'cat-garbage', zhang, demoHome, '{b}后面绿化带里扔了废旧沙发和床垫，一直没人管。', [
      at(50 * M, { action: 'accept', actor: 'demo-grid' }),
      at(1 * D, { action: 'resolve', actor: 'demo-grid', note: '已联系物业清运大件垃圾' }),
      at(3 * D, { action: 'reopen', note: '不满意：清了两天又堆起来了' }),
      at(3 * D + 3 * H, {
        action: 'progress',
        actor: 'demo-grid',
        note: '已约物业在绿化带旁设置大件垃圾临时堆放点，并张贴告示',
      }),
      at(3 * D + 7 * H, {
        action: 'resolve',
        actor: 'demo-grid',
        note: '大件垃圾已清运，物业每周二集中清运一次，网格员每天巡查',
      }),
      at(5 * D, { action: 'rate', note: '满意：这次弄好了，谢谢' }),
    ]),
    plan(
      on(19, 18, 15),
      'cat-occupy',
      zhang,
      demoHome,
      '小区外路边烧烤摊晚上占道经营到12点，油烟很大，熏得不敢开窗。',
      [
        at(2 * H, {
          action: 'reject',
          actor: 'demo-grid',
          note: '经核实，该烧烤摊位于淇滨大道对面，属长风路街道辖区，已转告对方街道并电话告知居民',
        }),
      ],
    ),
    plan(
      on(6, 9, 5),
      'cat-property',
      zhang,
      demoHome,
      '天河嘉城原来的物业撤了以后没人管，{b}电梯也没人维保，楼道垃圾堆着。请社区帮忙协调一下。',
      [
        at(40 * M, { action: 'accept', actor: 'demo-grid' }),
        at(3 * H, { action: 'progress', actor: 'demo-grid', note: '已上门了解情况，小区业委会已解散，网格内无法协调' }),
        at(1 * D, { action: 'escalate', actor: 'demo-grid', note: '涉及物业撤离后的小区管理，需社区牵头，上报社区' }),
        at(1 * D + 2 * H, { action: 'accept', actor: 'demo-community' }),
        at(2 * D, {
          action: 'progress',
          actor: 'demo-community',
          note: '已召集小区党支部、业主代表开会，正在商议临时物业服务方案',
        }),
      ],
    ),
    // resolved, waiting for her rating (it would close itself 7 days after 办结)
    plan(
      on(3, 10, 30),
      'cat-consult',
      zhang,
      demoHome,
      '想问一下加装电梯要多少户同意，政府有没有补贴，{b}好几户都想装。',
      [
        at(2 * H, { action: 'accept', actor: 'demo-grid' }),
        at(1 * D + 1 * H, {
          action: 'resolve',
          actor: 'demo-grid',
          note: '已电话回复：同一单元三分之二以上业主同意即可申请，有财政补贴，已把办事指南发到居民微信',
        }),
      ],
    ),
    plan(on(2, 9, 20), 'cat-dispute', zhang, demoHome, '楼上住户装修天天从早上7点砸到晚上，沟通了也不听。', [
      at(1 * H, { action: 'accept', actor: 'demo-grid', note: '收到，尽快上门查看' }),
      at(5 * H, {
        action: 'progress',
        actor: 'demo-grid',
        note: '已上门找到装修户，约定明天在社区调解室和楼下住户当面沟通',
      }),
    ]),
    // open 路灯 in her building this week: filing another one shows the 附议 hint
    plan(ago(2 * H + 10 * M), 'cat-streetlight', zhang, demoHome, '{b}2单元楼道声控灯不亮，上下楼只能打手电。', []),

    // --- the demo grid's queue: pending (one within its response limit), processing, due soon,
    //     overdue (pending and processing), awaiting verification
    by(pickFrom(g1), (r) => {
      // urgent: 1 h to accept, 2 h to deal with it; filed half an hour ago
      const f = fileFor('cat-hazard', 'urgent', 'grid', {
        before: now - 30 * M,
        hours: [0, 24],
        fits: (d) => d.responseDueAt > now + 15 * M && d.dueAt <= now + DUE_SOON,
      });
      return plan(fixed(f.createdAt), 'cat-hazard', r, demoHome, '{b}外墙瓷砖往下掉，下面就是小孩玩的地方。', [], {
        urgency: 'urgent',
      });
    }),
    by(pickFrom(g1), (r) =>
      plan(ago(5 * H), 'cat-garbage', r, home(r), '{c}北门垃圾池周边散落生活垃圾，环卫车这几天都没来。', []),
    ),
    by(pickFrom(g1), (r) => {
      // not accepted within its limit (overdue for 1.5 to 30 hours: short of the 48 h grace), 督办 since
      const f = fileFor('cat-elevator', 'normal', 'grid', {
        before: latest - 25 * H,
        hours: [8, 18],
        fits: (d) => d.dueAt >= now - 30 * H && d.dueAt <= now - 90 * M,
        fallback: (d) => d.dueAt <= now - 90 * M,
      });
      return plan(fixed(f.createdAt), 'cat-elevator', r, home(r), '{b}1单元电梯停运两天了，家里有老人上下楼困难。', [
        at(f.dueAt - f.createdAt + 40 * M, {
          action: 'urge',
          actor: 'demo-supervisor',
          note: '督办：已超时未签收，请立即处理',
        }),
      ]);
    }),
    by(pickFrom(g1), (r) =>
      plan(on(3, 14, 10), 'cat-road', r, home(r), '{b}门前的路面塌了一个坑，一下雨就积水。', [
        at(1 * H, { action: 'accept', actor: 'demo-grid' }),
        at(4 * H, { action: 'progress', actor: 'demo-grid', note: '已到现场查看并拍照，已联系物业找施工队报价' }),
      ]),
    ),
    by(pickFrom(g1), (r) => {
      // in progress past its two working days; the reporter urges after the limit
      const f = fileFor('cat-occupy', 'normal', 'grid', {
        before: latest - 2 * D,
        hours: [8, 14],
        fits: (d) => d.dueAt >= now - GRACE + 6 * H && d.dueAt <= now - 3 * H,
        fallback: (d) => d.dueAt <= now - 3 * H,
      });
      return plan(fixed(f.createdAt), 'cat-occupy', r, home(r), '{b}楼下有住户长期堆放纸箱和废品，占了半个过道。', [
        at(3 * H, { action: 'accept', actor: 'demo-grid' }),
        at(1 * D, { action: 'progress', actor: 'demo-grid', note: '已上门找到堆放杂物的住户，约定两天内清理' }),
        at(f.dueAt - f.createdAt + 2 * H, { action: 'urge', note: '催办：已经过了期限还没处理，请尽快' }),
      ]);
    }),
    by(pickFrom(g1), (r) =>
      plan(on(1, 15, 20), 'cat-manhole', r, home(r), '{c}主干道上的井盖松动，车一过就哐哐响。', [
        at(30 * M, { action: 'accept', actor: 'demo-grid' }),
        at(2 * H, { action: 'progress', actor: 'demo-grid', note: '已在现场设置警示锥桶，已报市政管理处' }),
        at(17 * H, { action: 'resolve', actor: 'demo-grid', note: '市政管理处已更换井盖底座，井盖已固定' }),
      ]),
    ),
    plan(
      on(0, 8, 10),
      'cat-garbage',
      'demo-grid',
      org.buildingsByGrid.get(DEMO_GRID_ID)![0],
      `${PATROL_PREFIX}{b}楼下堆着一大堆枯枝落叶和杂草，修剪完没运走。`,
      [
        at(5 * M, { action: 'accept', actor: 'demo-grid' }),
        at(40 * M, { action: 'progress', actor: 'demo-grid', note: '已联系物业保洁，约定今天下午清理' }),
      ],
    ),
    by(pickFrom(g1), (r) => {
      // 即将超期: in progress, its 24 h running out in 3 to 20 hours
      const f = fileFor('cat-hazard', 'normal', 'grid', {
        before: latest - 2 * H,
        hours: [8, 18],
        fits: (d) => d.dueAt >= now + 3 * H && d.dueAt <= now + 20 * H,
        fallback: (d) => d.dueAt > now + H && d.dueAt <= now + DUE_SOON - H,
      });
      return plan(
        fixed(f.createdAt),
        'cat-hazard',
        r,
        home(r),
        '{b}{u}有人从楼上拉电线下来给电动车充电，飞线很危险。',
        [
          at(20 * M, { action: 'accept', actor: 'demo-grid', note: '已签收，马上去现场看看' }),
          at(1 * H + 30 * M, {
            action: 'progress',
            actor: 'demo-grid',
            note: '已到现场，要求住户立即停止飞线充电，住户答应找电工改线',
          }),
        ],
      );
    }),

    // --- the other demo grid
    by(pickFrom(g2), (r) =>
      plan(ago(6 * H), 'cat-streetlight', r, home(r), '{c}地下车库入口的灯坏了，车进出看不清。', []),
    ),
    by(pickFrom(g2), (r) =>
      plan(on(2, 15, 30), 'cat-property', r, home(r), '{b}二次供水水压太低，12楼以上白天基本没水。', [
        at(2 * H, { action: 'accept', actor: 'demo-grid-2' }),
        at(20 * H, { action: 'progress', actor: 'demo-grid-2', note: '已约物业和供水公司到现场查看' }),
      ]),
    ),

    // --- 凤凰城社区: triage (a building with no grid) and an escalation waiting to be accepted
    by(pickFrom(triageNeighbours), (r) =>
      plan(ago(20 * H), 'cat-garbage', r, triage, '{c}新交付的{b}门口堆满了装修垃圾，还没有物业管。', []),
    ),
    by(pickFrom(g3), (r) =>
      plan(on(4, 9, 0), 'cat-dispute', r, home(r), '{b}楼上漏水把我家天花板泡坏了，楼上说不是他家的问题。', [
        at(1 * H, { action: 'accept' }),
        at(1 * D, { action: 'progress', note: '已约物业维修人员上门查漏，双方对漏水原因分歧较大' }),
        at(2 * D, { action: 'escalate', note: '双方分歧较大，网格调解未成，申请社区调解' }),
      ]),
    ),

    // --- 九州路街道: an escalation waiting at the street, one dispatched to departments
    by(pickFrom(g4), (r) =>
      plan(on(10, 9, 30), 'cat-construction', r, home(r), '{b}顶楼住户在楼顶私自加盖彩钢房，已经盖了一半。', [
        at(2 * H, { action: 'accept' }),
        at(5 * H, { action: 'progress', note: '已到现场拍照取证，下达停工告知书，住户拒不停工' }),
        at(1 * D, { action: 'escalate', note: '住户拒不停工，需要执法部门介入，上报社区' }),
        at(1 * D + 3 * H, { action: 'accept', actor: 'demo-community' }),
        at(3 * D, { action: 'progress', actor: 'demo-community', note: '社区已约谈住户，住户仍未停工' }),
        at(9 * D, { action: 'escalate', actor: 'demo-community', note: '需城管、住建等部门联合处置，上报街道' }),
      ]),
    ),
    by(pickFrom(g3.length ? g3 : g4), (r) =>
      plan(
        on(15, 16, 45),
        'cat-hazard',
        r,
        home(r),
        '{c}{p}的消防通道被私家车堵死了，消防车根本进不来，反映好几次了。',
        [
          at(30 * M, { action: 'accept' }),
          at(3 * H, { action: 'progress', note: '已联系物业和交警，正在找车主挪车' }),
          at(20 * H, { action: 'escalate', note: '问题反复出现，需社区统筹解决' }),
          at(22 * H, { action: 'accept', actor: 'demo-community' }),
          at(2 * D, { action: 'escalate', actor: 'demo-community', note: '需街道吹哨、部门报到' }),
          at(2 * D + 2 * H, { action: 'accept', actor: 'demo-street' }),
          at(2 * D + 4 * H, {
            action: 'dispatch',
            actor: 'demo-street',
            note: '已派遣消防救援站处置，交警大队配合（吹哨报到）',
          }),
          at(4 * D, {
            action: 'progress',
            actor: 'demo-street',
            note: '消防救援站已现场检查，交警已贴单，正在施划禁停标线',
          }),
        ],
      ),
    ),
  ];
}
