/**
 * Ticket categories and their time limits. A limit is set per urgency and per level, in hours,
 * calendar days or working days (the admin keeps the holiday calendar).
 */
import * as z from 'zod/mini';

export const LIMIT_UNITS = ['hours', 'days', 'workdays'] as const;
export const LimitUnit = z.enum(LIMIT_UNITS);
export type LimitUnit = z.infer<typeof LimitUnit>;
export const LIMIT_UNIT_LABELS: Record<LimitUnit, string> = { hours: '小时', days: '天', workdays: '个工作日' };

export const TimeLimit = z.object({ value: z.number().check(z.positive()), unit: LimitUnit });
export type TimeLimit = z.infer<typeof TimeLimit>;

const LevelLimits = z.object({ grid: TimeLimit, community: TimeLimit, street: TimeLimit });

export const Category = z.object({
  _id: z.string(),
  name: z.string(),
  /** grouping in the picker: 市容环境 / 公共设施 / 安全隐患 / 邻里纠纷 / 咨询求助 … */
  group: z.string(),
  limits: z.object({ normal: LevelLimits, urgent: LevelLimits }),
  /** how soon a handler must accept (签收) — the 响应率 clock */
  responseHours: z.number(),
  requiresVerification: z.boolean(),
  requiresAfterPhotos: z.boolean(),
  active: z.boolean(),
  order: z.number(),
});
export type Category = z.infer<typeof Category>;

/** What the filing page needs to show a category. */
export interface CategoryOption {
  id: string;
  name: string;
  group: string;
  /** "1个工作日", "2小时" — the grid-level limit for normal urgency */
  limitText: string;
  urgentLimitText: string;
}

export const formatLimit = (l: TimeLimit): string =>
  `${l.value}${l.unit === 'hours' ? '小时' : l.unit === 'days' ? '天' : '个工作日'}`;
