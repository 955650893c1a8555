/**
 * Ticket categories and their time limits. A limit is set per urgency and per level, in hours,
 * calendar days or working days (the admin keeps the holiday calendar).
 */
import * as z from 'zod/mini';
import { boundedNumber } from './api/common';

export const LIMIT_UNITS = ['hours', 'days', 'workdays'] as const;
export const LimitUnit = z.enum(LIMIT_UNITS, '请选择时限单位');
export type LimitUnit = z.infer<typeof LimitUnit>;
export const LIMIT_UNIT_LABELS: Record<LimitUnit, string> = { hours: '小时', days: '天', workdays: '个工作日' };
/** The longest limit of each unit: 30 days of hours, a year of days or of working days. */
export const LIMIT_MAX: Record<LimitUnit, number> = { hours: 720, days: 365, workdays: 250 };

/** A whole number of its unit (working days are counted whole), from 1 up to its unit's LIMIT_MAX. */
export const TimeLimit = z
  .object(
    {
      value: z.number('请填写时限').check(z.gte(1, '时限不能小于 1'), z.lte(1e6, '时限过长'), z.int('时限应为整数')),
      unit: LimitUnit,
    },
    '时限无效',
  )
  .check(
    z.refine((l) => l.value <= LIMIT_MAX[l.unit], {
      path: ['value'],
      error: (issue) => {
        const unit = (issue.input as TimeLimit).unit;
        return `时限不能超过 ${LIMIT_MAX[unit]} ${LIMIT_UNIT_LABELS[unit]}`;
      },
    }),
  );
export type TimeLimit = z.infer<typeof TimeLimit>;

const LevelLimits = z.object({ grid: TimeLimit, community: TimeLimit, street: TimeLimit }, '时限无效');
/** Per urgency, per level: what saveCategory takes and a category keeps. */
export const CategoryLimits = z.object({ normal: LevelLimits, urgent: LevelLimits }, '时限无效');
/** How soon a handler must accept (签收): whole hours, up to 30 days. */
export const ResponseHours = boundedNumber('响应时限', 1, 720, ' 小时');

export const Category = z.object({
  _id: z.string(),
  name: z.string(),
  /** grouping in the picker: 市容环境 / 公共设施 / 安全隐患 / 邻里纠纷 / 咨询求助 … */
  group: z.string(),
  limits: CategoryLimits,
  /** how soon a handler must accept (签收) — the 响应率 clock */
  responseHours: ResponseHours,
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
