/**
 * The three-level grid (三级网格): street office (一级) → communities (二级) → grids (三级), plus the
 * compounds (小区) and buildings (楼栋) residents live in. A compound belongs to a community; each building
 * belongs to a compound and is mapped to exactly one grid, which is how a ticket finds its grid.
 */
import * as z from 'zod/mini';
import { lineText, personName } from './api/common';

export const ORG_TYPES = ['street', 'community', 'grid', 'compound', 'building'] as const;
export const OrgType = z.enum(ORG_TYPES);
export type OrgType = z.infer<typeof OrgType>;

export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  street: '街道',
  community: '社区',
  grid: '网格',
  compound: '小区',
  building: '楼栋',
};

/** Grid level of the three governance levels, as tickets move through them. */
export const LEVELS = ['grid', 'community', 'street'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;
export const LEVEL_LABELS: Record<Level, string> = { grid: '网格', community: '社区', street: '街道' };

const degrees = (limit: number) => z.number('位置无效').check(z.gte(-limit, '位置无效'), z.lte(limit, '位置无效'));
/** A point on the earth (GCJ-02 in WeChat, like the seed's boundaries). */
export const GeoPoint = z.object({ lng: degrees(180), lat: degrees(90) }, '位置无效');
export type GeoPoint = z.infer<typeof GeoPoint>;

/** One of a grid's responsible people on its 连心卡 ("一格多员"); phones are staff work phones. */
export const CARD_DUTIES = ['网格长', '网格员', '督导员', '警务员', '志愿者', '党员', '楼栋长'] as const;
export const CardPerson = z.object(
  {
    duty: z.enum(CARD_DUTIES, '请选择职责'),
    name: personName('姓名', 20),
    phone: z.string('请填写正确的电话号码').check(z.regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '请填写正确的电话号码')),
    /** a file ID; the card shows the name's first character when absent */
    photo: z.optional(z.string('照片无效').check(z.maxLength(300, '照片无效'))),
    /** "工作日 8:30-17:30" */
    hours: z.optional(lineText('服务时间', 0, 40)),
    /** the user behind the entry, when there is one */
    userId: z.optional(z.string('用户无效').check(z.maxLength(64, '用户无效'))),
  },
  '负责人信息无效',
);
export type CardPerson = z.infer<typeof CardPerson>;

export const OrgNode = z.object({
  _id: z.string(),
  type: OrgType,
  name: z.string(),
  /** null only for the street office */
  parentId: z.nullable(z.string()),
  /** ids from the street down to this node, inclusive */
  path: z.array(z.string()),
  streetId: z.string(),
  communityId: z.optional(z.string()),
  /** grids: itself; buildings: the grid it is mapped to */
  gridId: z.optional(z.string()),
  compoundId: z.optional(z.string()),
  order: z.number(),
  /** names from the community down ("凤凰城社区 天河嘉城 3号楼"), so a page needs no extra reads */
  fullName: z.optional(z.string()),
  households: z.optional(z.number()),
  population: z.optional(z.number()),
  /** grid boundary as a closed ring of points */
  boundary: z.optional(z.array(GeoPoint)),
  center: z.optional(GeoPoint),
  hotline: z.optional(z.string()),
  /** grids: the responsible people shown on the 连心卡 */
  responsible: z.optional(z.array(CardPerson)),
  /** grids: when the grid's people serve ("工作日 8:30-17:30，周末轮值") */
  serviceHours: z.optional(z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type OrgNode = z.infer<typeof OrgNode>;

/** What the address cascader shows for one node. */
export interface OrgOption {
  id: string;
  name: string;
  type: OrgType;
  hasChildren: boolean;
}

/** True when `targetPath` (a node's or ticket's org path) lies inside the subtree of `scopeId`. */
export const isWithin = (scopeId: string, targetPath: readonly string[]): boolean => targetPath.includes(scopeId);

/** A grid's 连心卡 as a resident sees it. */
export interface LianxinCard {
  gridId: string;
  gridName: string;
  communityName: string;
  streetName: string;
  people: (Omit<CardPerson, 'photo'> & { photoUrl?: string })[];
  serviceHours?: string;
  communityHotline?: string;
  streetHotline?: string;
  households?: number;
  population?: number;
}
