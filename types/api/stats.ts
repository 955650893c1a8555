/**
 * `stats` actions: the dashboard of one org node (street, community, grid) for a period, read off the
 * counters kept on write (types/stats.ts), never the tickets. Who sees what is the permissions table:
 * grid workers their own grids, community staff their community and its grids, street staff and
 * supervisors the street (a grant covers its node's subtree). The grid-worker ranking (量化考核) is
 * part of a community's or the street's dashboard only, so only those who may open one see it.
 *
 * The supervision review (rejections, 退回重办) and the monthly export join this file (ST2): add their
 * schemas to STATS_ACTIONS, their declarations to STATS_ACCESS and their results to StatsResults.
 */
import * as z from 'zod/mini';
import type { OrgType } from '../org';
import type { AccessTable } from '../permissions';
import {
  type Figures,
  type Period,
  PERIOD_MESSAGES,
  PERIOD_SHAPE,
  parsePeriod,
  type Ratio,
  type WorkerMetric,
} from '../stats';
import { RequestId } from '../requests';
import { id, payloadObject } from './common';

/** The roles that have a dashboard (residents and admins have none). */
export const STATS_VIEWERS = ['gridWorker', 'communityStaff', 'streetStaff', 'supervisor'] as const;

/** "2026-11" (a month) or "2026" (a year), China time; a real month between 2000 and 2100. */
export const StatsPeriod = z.string(PERIOD_MESSAGES.shape).check(
  z.regex(PERIOD_SHAPE, PERIOD_MESSAGES.shape),
  // the clock only decides how much of a year is in it, not whether the key is well formed
  z.refine<string>((k) => parsePeriod(k, 0) !== null, PERIOD_MESSAGES.shape),
);

export const DashboardPayload = payloadObject({
  /** a street, community or grid the caller's grants cover; omitted: the caller's highest node */
  orgId: z.optional(id('统计范围')),
  /** omitted: this month */
  period: z.optional(StatsPeriod),
});

/** Who may export the monthly report (月度通报): the street, a community (its own), supervisors. */
export const REPORT_EXPORTERS = ['communityStaff', 'streetStaff', 'supervisor'] as const;

/** The monthly report as an .xlsx file: a street's or a community's, for one month (or a year). */
export const ExportPayload = payloadObject({
  /** a street or community the caller's grants cover; omitted: the caller's highest node */
  orgId: z.optional(id('统计范围')),
  period: StatsPeriod,
  /** one per export the user asks for (a retry answers the same file) */
  requestId: RequestId,
});

export const STATS_ACTIONS = {
  dashboard: DashboardPayload,
  export: ExportPayload,
} as const;

export const STATS_ACCESS = {
  dashboard: {
    who: 'roles',
    roles: STATS_VIEWERS,
    scope: {
      rule: 'covers',
      target: { kind: 'org', field: 'orgId', absent: 'none', types: ['street', 'community', 'grid'] },
    },
  },
  // it writes a file: once per requestId, a few an hour (types/limits.ts)
  export: {
    who: 'roles',
    roles: REPORT_EXPORTERS,
    scope: { rule: 'covers', target: { kind: 'org', field: 'orgId', absent: 'none', types: ['street', 'community'] } },
    once: true,
    limits: ['stats.export'],
  },
} as const satisfies AccessTable<typeof STATS_ACTIONS>;

export type StatsNodeType = Extract<OrgType, 'street' | 'community' | 'grid'>;

/** A child node (a community of the street, a grid of a community) or a grid worker with figures. */
export interface StatsRow {
  id: string;
  name: string;
  figures: Figures;
}

/** One place of a ranking table. */
export interface RankRow {
  id: string;
  name: string;
  /** 1 = best; equal values share a rank; rows with nothing to rank come last */
  rank: number;
  ratio: Ratio;
}

export const RANKED_METRICS = ['responseRate', 'onTimeRate', 'satisfactionRate'] as const;
export type RankedMetric = (typeof RANKED_METRICS)[number];

export interface WorkerRow {
  id: string;
  /** the worker's name as their profile has it */
  name: string;
  rates: Record<WorkerMetric, Ratio>;
  responded: number;
  resolved: number;
  rated: number;
}

export interface StatsDashboard {
  org: { id: string; name: string; type: StatsNodeType };
  period: Pick<Period, 'kind' | 'key' | 'label'>;
  /** the period switch: 本月, 上月, 本年 */
  choices: { key: string; label: string }[];
  figures: Figures;
  /** by day for a month (to today for this month), by month for a year */
  trend: { key: string; label: string; figures: Figures }[];
  /** bars: the street's communities, a community's grids; none for a grid */
  children: StatsRow[];
  categories: StatsRow[];
  rankings: {
    /** the children ranked by each of 响应率, 按期办结率, 满意率 */
    children: Record<RankedMetric, RankRow[]>;
    /** grid workers of the community (or the street) by the same three; absent on a grid's dashboard */
    workers?: { rows: WorkerRow[]; ranks: Record<WorkerMetric, RankRow[]> };
  };
}

/** The written report: its cloud file and a temporary URL to download it by. */
export interface ReportFile {
  fileID: string;
  /** temporary (the platform's temp URL; locally the gateway's /files path) */
  url: string;
  /** "九州路街道2026年11月月度通报.xlsx" */
  fileName: string;
  bytes: number;
}

export interface StatsResults {
  dashboard: StatsDashboard;
  export: ReportFile;
}
