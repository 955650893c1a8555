/**
 * Answers shaped like the cloud functions', written once for every test layer that fakes them: the
 * component tests (client/jest, TypeScript), the weapp smoke tests (client/weapp-smoke, CommonJS) and
 * the mock screenshots (client/scripts/look.mjs, ESM). Plain CommonJS so all three load it as it is;
 * index.d.ts gives it the contract's types.
 */
const HOUR = 3_600_000;

/** The resident's home in the fakes: 凤凰城社区 天河嘉城 3号楼 2单元501 (grid g1). */
function homeAddress(boundAt = 1) {
  return {
    streetId: 's1',
    communityId: 'c1',
    compoundId: 'p1',
    buildingId: 'b1',
    gridId: 'g1',
    room: '2单元501',
    text: '凤凰城社区 天河嘉城 3号楼 2单元501',
    boundAt,
  };
}

const GRID_WORKER_ROLE = { role: 'gridWorker', orgId: 'g1', orgName: '凤凰城社区第一网格' };

/** One event of a ticket's timeline; by default the resident's 提交诉求. */
function timelineEntry(seq, over = {}) {
  return {
    seq,
    action: 'file',
    actionLabel: '提交诉求',
    actorLabel: '居民',
    to: 'pending',
    level: 'grid',
    photos: [],
    at: 0,
    ...over,
  };
}
/** 提交诉求 at `at`, then the grid worker's 签收 at `acceptedAt` (with its note, if any). */
function filedAndAccepted(at, acceptedAt, note) {
  return [
    timelineEntry(1, { at }),
    timelineEntry(2, {
      action: 'accept',
      actionLabel: '签收',
      actorLabel: '网格员',
      to: 'processing',
      at: acceptedAt,
      ...(note ? { note } : {}),
    }),
  ];
}

/** A resident's ticket held by grid g1: the part of tickets.detail that says who filed it and who has it. */
const HELD_BY_GRID = {
  source: 'resident',
  anonymous: false,
  handlerOrgId: 'g1',
  handlerOrgName: '凤凰城社区第一网格',
  communityId: 'c1',
  gridId: 'g1',
};

/** admin.node's answer for 凤凰城社区第一网格. */
function gridDetail(over = {}) {
  return {
    id: 'g1',
    type: 'grid',
    name: '凤凰城社区第一网格',
    parentId: 'c1',
    communityId: 'c1',
    households: 300,
    hasBoundary: false,
    hasChildren: false,
    boundaryPoints: 0,
    serviceHours: '工作日 8:30-17:30',
    responsible: [{ duty: '网格长', name: '王秀兰', phone: '13903920005' }],
    ...over,
  };
}

/** What the gateway answers for an action a fake does not know. */
const UNKNOWN_ACTION = { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' };

/** Debian's Chromium headless, offline and quiet (no sandbox: tests run as root in a container). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

module.exports = {
  HOUR,
  homeAddress,
  GRID_WORKER_ROLE,
  timelineEntry,
  filedAndAccepted,
  HELD_BY_GRID,
  gridDetail,
  UNKNOWN_ACTION,
  CHROMIUM_ARGS,
};
