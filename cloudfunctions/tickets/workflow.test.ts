/**
 * The transition table through the real handlers: every action by every role and scope, allowed and
 * refused (a refused call changes nothing), and the states each action may not be taken in.
 */
import { setupCloud } from '../test-support/cloud';
import { workflow } from '../test-support/tickets';

const cloud = setupCloud();
afterAll(() => cloud.cleanup());
const w = workflow(cloud);
const { cast } = w;

type State = keyof typeof w.states;
interface Row {
  action: string;
  state: State;
  payload: () => Record<string, unknown>;
  allowed: (keyof typeof cast)[];
  refused: [keyof typeof cast, string][];
}

const reason = { reason: '网格内协调不了，申请上级协调' };
/** work on a ticket the demo grid is processing: its own workers only */
const GRID_WORK: Pick<Row, 'allowed' | 'refused'> = {
  allowed: ['grid'],
  refused: [
    ['grid2', 'AUTH.OUT_OF_SCOPE'],
    ['community', 'AUTH.FORBIDDEN'],
    ['reporter', 'AUTH.FORBIDDEN'],
  ],
};
const MATRIX: Row[] = [
  {
    action: 'accept',
    state: 'pending',
    payload: () => ({}),
    allowed: ['grid'],
    refused: [
      ['grid2', 'AUTH.OUT_OF_SCOPE'],
      ['community', 'AUTH.FORBIDDEN'],
      ['street', 'AUTH.FORBIDDEN'],
      ['supervisor', 'AUTH.FORBIDDEN'],
      ['reporter', 'AUTH.FORBIDDEN'],
      ['neighbour', 'TICKET.NOT_FOUND'],
      ['party', 'TICKET.NOT_FOUND'],
      ['admin', 'AUTH.FORBIDDEN'],
    ],
  },
  {
    action: 'accept',
    state: 'communityPending',
    payload: () => ({}),
    allowed: ['community'],
    refused: [
      ['grid', 'AUTH.FORBIDDEN'],
      ['otherCommunity', 'AUTH.OUT_OF_SCOPE'],
      ['street', 'AUTH.FORBIDDEN'],
    ],
  },
  {
    action: 'accept',
    state: 'streetPending',
    payload: () => ({}),
    allowed: ['street'],
    refused: [
      ['community', 'AUTH.FORBIDDEN'],
      ['grid', 'AUTH.FORBIDDEN'],
    ],
  },
  {
    action: 'reject',
    state: 'pending',
    payload: () => ({ reason: '不属于本网格受理范围' }),
    allowed: ['grid'],
    refused: [
      ['grid2', 'AUTH.OUT_OF_SCOPE'],
      ['reporter', 'AUTH.FORBIDDEN'],
      ['supervisor', 'AUTH.FORBIDDEN'],
    ],
  },
  {
    action: 'progress',
    state: 'processing',
    payload: () => ({ note: '已联系电工，明天上午来修' }),
    ...GRID_WORK,
  },
  {
    action: 'escalate',
    state: 'processing',
    payload: () => reason,
    ...GRID_WORK,
  },
  {
    action: 'escalate',
    state: 'communityProcessing',
    payload: () => reason,
    allowed: ['community'],
    refused: [
      ['otherCommunity', 'AUTH.OUT_OF_SCOPE'],
      ['grid', 'AUTH.FORBIDDEN'],
    ],
  },
  {
    action: 'route',
    state: 'triage',
    payload: () => ({ gridId: triageGrid() }),
    allowed: ['community'],
    refused: [
      ['grid', 'AUTH.FORBIDDEN'],
      ['street', 'AUTH.FORBIDDEN'],
    ],
  },
  {
    action: 'dispatch',
    state: 'streetProcessing',
    payload: () => ({ department: '市政管理处路灯所' }),
    allowed: ['street'],
    refused: [
      ['community', 'AUTH.FORBIDDEN'],
      ['supervisor', 'AUTH.FORBIDDEN'],
    ],
  },
  {
    action: 'resolve',
    state: 'processing',
    payload: () => ({ note: '已更换灯泡，恢复照明', photos: [w.photo(w.cast.grid)] }),
    allowed: ['grid'],
    refused: [
      ['grid2', 'AUTH.OUT_OF_SCOPE'],
      ['reporter', 'AUTH.FORBIDDEN'],
      ['supervisor', 'AUTH.FORBIDDEN'],
    ],
  },
  {
    action: 'resolve',
    state: 'communityProcessing',
    payload: () => ({ note: '社区协调物业更换了灯具', photos: [w.photo(w.cast.community)] }),
    allowed: ['community'],
    refused: [['grid', 'AUTH.FORBIDDEN']],
  },
  {
    action: 'verify',
    state: 'verifying',
    payload: () => ({ passed: true }),
    allowed: ['supervisor', 'communitySupervisor'],
    refused: [
      ['otherSupervisor', 'AUTH.OUT_OF_SCOPE'],
      ['grid', 'AUTH.FORBIDDEN'],
      ['reporter', 'AUTH.FORBIDDEN'],
    ],
  },
  {
    action: 'rate',
    state: 'resolved',
    payload: () => ({ score: 'satisfied' }),
    allowed: ['reporter'],
    refused: [
      ['grid', 'AUTH.FORBIDDEN'],
      ['supervisor', 'AUTH.FORBIDDEN'],
      ['neighbour', 'TICKET.NOT_FOUND'],
    ],
  },
  {
    action: 'reopen',
    state: 'closed',
    payload: () => ({ reason: '修好两天又不亮了' }),
    allowed: ['reporter'],
    refused: [
      ['grid', 'AUTH.FORBIDDEN'],
      ['neighbour', 'TICKET.NOT_FOUND'],
    ],
  },
  {
    action: 'urge',
    state: 'processing',
    payload: () => ({ note: '已超时，请尽快处理' }),
    allowed: ['supervisor', 'communitySupervisor'],
    refused: [
      ['otherSupervisor', 'AUTH.OUT_OF_SCOPE'],
      ['reporter', 'TICKET.URGE_NOT_DUE'],
      ['grid', 'AUTH.FORBIDDEN'],
    ],
  },
  {
    action: 'join',
    state: 'pending',
    payload: () => ({ note: '我家楼下也是' }),
    // only a neighbour near the ticket (nearHome); to anyone else with no part in it, it does not exist
    allowed: ['nextDoor'],
    refused: [
      ['reporter', 'AUTH.FORBIDDEN'],
      ['grid', 'AUTH.FORBIDDEN'],
      ['neighbour', 'TICKET.NOT_FOUND'],
      ['newcomer', 'TICKET.NOT_FOUND'],
    ],
  },
];

let triageGridId = '';
const triageGrid = () => triageGridId;

describe.each(MATRIX)('$action in $state', (row) => {
  it.each(row.allowed)(`is allowed to %s`, async (who) => {
    const id = await w.states[row.state]();
    prepare(id);
    const before = w.ticket(id);
    const r = await w.call(row.action, { id, version: before.version, ...row.payload() }, cast[who]);
    expect(r).toMatchObject({ ok: true });
    const after = w.ticket(id);
    expect(after.version).toBe(before.version + 1);
    const last = w.events(id).at(-1)!;
    expect(last).toMatchObject({ action: row.action, actorId: cast[who], seq: after.version, from: before.status });
  });

  it.each(row.refused)('is refused to %s with %s, changing nothing', async (who, code) => {
    const id = await w.states[row.state]();
    prepare(id);
    // built first: a payload's photo is an upload record, made before the snapshot
    const payload = row.payload();
    const snap = cloud.snapshot();
    const r = await w.call(row.action, { id, version: w.ticket(id).version, ...payload }, cast[who]);
    expect(r).toMatchObject({ ok: false, code });
    expect(cloud.snapshot()).toEqual(snap);
  });
});

/** route needs a grid of the triage ticket's community */
function prepare(id: string) {
  const t = w.ticket(id);
  if (t.gridId === null) {
    triageGridId = w.find('org_nodes', { type: 'grid', communityId: t.communityId })._id;
  }
}

describe('actions in states the table does not allow', () => {
  const cases: [string, keyof typeof w.states, keyof typeof cast, Record<string, unknown>][] = [
    ['accept', 'processing', 'grid', {}],
    ['reject', 'processing', 'grid', { reason: '不属于受理范围' }],
    ['progress', 'pending', 'grid', { note: '已到现场查看' }],
    ['resolve', 'pending', 'grid', { note: '已处理完毕', photos: [] }],
    ['escalate', 'streetProcessing', 'street', reason],
    ['dispatch', 'communityProcessing', 'community', { department: '派出所' }],
    ['route', 'communityPending', 'community', { gridId: 'grid-fenghuang-02' }],
    ['verify', 'resolved', 'supervisor', { passed: true }],
    ['rate', 'processing', 'reporter', { score: 'satisfied' }],
    ['reopen', 'processing', 'reporter', { reason: '还是没修好' }],
    ['urge', 'closed', 'supervisor', { note: '已超时，请尽快处理' }],
    ['join', 'closed', 'nextDoor', {}],
  ];
  it.each(cases)(
    '%s on a %s ticket is an illegal transition and changes nothing',
    async (action, state, who, extra) => {
      const id = await w.states[state]();
      const snap = cloud.snapshot();
      const r = await w.call(action, { id, version: w.ticket(id).version, ...extra }, cast[who]);
      expect(r).toMatchObject({ ok: false, code: 'TICKET.ILLEGAL_TRANSITION' });
      expect(cloud.snapshot()).toEqual(snap);
    },
  );
});

describe('required fields', () => {
  const cases: [string, keyof typeof w.states, keyof typeof cast, Record<string, unknown>, string][] = [
    ['reject', 'pending', 'grid', {}, 'reason'],
    ['escalate', 'processing', 'grid', { reason: ' ' }, 'reason'],
    ['progress', 'processing', 'grid', {}, 'note'],
    ['resolve', 'processing', 'grid', { photos: [] }, 'note'],
    ['dispatch', 'streetProcessing', 'street', { department: '隔壁老王' }, 'department'],
    ['route', 'triage', 'community', {}, 'gridId'],
    ['verify', 'verifying', 'supervisor', { passed: false }, 'note'],
    ['rate', 'resolved', 'reporter', { score: 'unsatisfied' }, 'comment'],
    ['rate', 'resolved', 'reporter', { score: 'great' }, 'score'],
    ['reopen', 'closed', 'reporter', {}, 'reason'],
    ['urge', 'processing', 'supervisor', {}, 'note'],
    ['urge', 'processing', 'supervisor', { note: ' ' }, 'note'],
    ['accept', 'pending', 'grid', { version: undefined }, 'version'],
  ];
  it.each(cases)(
    '%s without a valid %s is refused with a Chinese message',
    async (action, state, who, extra, field) => {
      const id = await w.states[state]();
      const snap = cloud.snapshot();
      const r = await w.call(action, { id, version: w.ticket(id).version, ...extra }, cast[who]);
      expect(r).toMatchObject({ ok: false, code: 'COMMON.VALIDATION' });
      if (!r.ok)
        expect(Object.keys(r.fields ?? {}).join()).toContain(field === 'note' && action === 'verify' ? 'note' : field);
      if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(cloud.snapshot()).toEqual(snap);
    },
  );

  it('resolving a category that demands after-photos without one is refused', async () => {
    const id = await w.states.processing();
    const snap = cloud.snapshot();
    const r = await w.call('resolve', { id, version: w.ticket(id).version, note: '已修好', photos: [] }, cast.grid);
    expect(r).toMatchObject({ ok: false, code: 'TICKET.AFTER_PHOTOS_REQUIRED' });
    expect(cloud.snapshot()).toEqual(snap);
  });

  it('a consultation (no after-photos demanded) resolves with a note alone', async () => {
    const id = await w.file({ categoryId: 'cat-consult', description: '想咨询一下老年卡怎么办理' });
    await w.act(id, 'accept', cast.grid);
    await w.act(id, 'resolve', cast.grid, { note: '已电话告知办理流程', photos: [] });
    expect(w.ticket(id)).toMatchObject({ status: 'resolved', resolvedLevel: 'grid' });
  });
});
