/**
 * Ticket categories and their time limits, after the reference values of city management manuals
 * (PRODUCT.md): urgent safety hazards 2 h; exposed garbage 1 working day; broken or missing manhole
 * cover 24 h; neighbour disputes 3 days; consultation 3 working days; illegal construction 15 working
 * days; complex cases 15 days. Each higher level gets its own, usually longer, limit.
 */
import type { Category, TimeLimit } from '@lx/types';
import type { CategoryId } from './data';

const h = (value: number): TimeLimit => ({ value, unit: 'hours' });
const d = (value: number): TimeLimit => ({ value, unit: 'days' });
const wd = (value: number): TimeLimit => ({ value, unit: 'workdays' });
const lv = (grid: TimeLimit, community: TimeLimit, street: TimeLimit) => ({ grid, community, street });

type Def = Omit<Category, 'active' | 'order'> & { _id: CategoryId };

const DEFS: Def[] = [
  {
    _id: 'cat-garbage',
    name: '垃圾暴露',
    group: '市容环境',
    limits: { normal: lv(wd(1), wd(2), wd(3)), urgent: lv(h(4), h(12), h(24)) },
    responseHours: 2,
    requiresVerification: false,
    requiresAfterPhotos: true,
  },
  {
    _id: 'cat-occupy',
    name: '占道经营与乱堆乱放',
    group: '市容环境',
    limits: { normal: lv(wd(2), wd(3), wd(5)), urgent: lv(h(8), h(24), h(48)) },
    responseHours: 4,
    requiresVerification: false,
    requiresAfterPhotos: true,
  },
  {
    _id: 'cat-construction',
    name: '违法建设',
    group: '市容环境',
    // urgent: building work under way, stop it first
    limits: { normal: lv(wd(15), wd(20), wd(30)), urgent: lv(h(24), wd(3), wd(5)) },
    responseHours: 4,
    requiresVerification: true,
    requiresAfterPhotos: true,
  },
  {
    _id: 'cat-manhole',
    name: '井盖破损缺失',
    group: '公共设施',
    limits: { normal: lv(h(24), h(48), h(72)), urgent: lv(h(4), h(8), h(12)) },
    responseHours: 1,
    requiresVerification: true,
    requiresAfterPhotos: true,
  },
  {
    _id: 'cat-streetlight',
    name: '路灯照明故障',
    group: '公共设施',
    limits: { normal: lv(wd(3), wd(5), wd(7)), urgent: lv(h(24), h(48), h(72)) },
    responseHours: 4,
    requiresVerification: false,
    requiresAfterPhotos: true,
  },
  {
    _id: 'cat-road',
    name: '道路破损与积水',
    group: '公共设施',
    limits: { normal: lv(wd(5), wd(7), wd(10)), urgent: lv(h(24), h(48), h(72)) },
    responseHours: 4,
    requiresVerification: false,
    requiresAfterPhotos: true,
  },
  {
    _id: 'cat-hazard',
    name: '安全隐患',
    group: '安全隐患',
    limits: { normal: lv(h(24), h(48), h(72)), urgent: lv(h(2), h(4), h(8)) },
    responseHours: 1,
    requiresVerification: true,
    requiresAfterPhotos: true,
  },
  {
    _id: 'cat-dispute',
    name: '邻里纠纷',
    group: '邻里纠纷',
    limits: { normal: lv(d(3), d(5), d(15)), urgent: lv(h(24), h(48), d(5)) },
    responseHours: 4,
    requiresVerification: false,
    requiresAfterPhotos: false,
  },
  {
    _id: 'cat-property',
    name: '物业服务',
    group: '物业管理',
    limits: { normal: lv(wd(3), wd(5), d(15)), urgent: lv(h(24), h(48), h(72)) },
    responseHours: 4,
    requiresVerification: false,
    requiresAfterPhotos: true,
  },
  {
    _id: 'cat-elevator',
    name: '电梯故障',
    group: '物业管理',
    limits: { normal: lv(h(24), h(48), h(72)), urgent: lv(h(2), h(4), h(8)) },
    responseHours: 1,
    requiresVerification: true,
    requiresAfterPhotos: true,
  },
  {
    _id: 'cat-consult',
    name: '政策咨询',
    group: '咨询求助',
    limits: { normal: lv(wd(3), wd(5), wd(7)), urgent: lv(wd(1), wd(2), wd(3)) },
    responseHours: 8,
    requiresVerification: false,
    requiresAfterPhotos: false,
  },
  {
    _id: 'cat-help',
    name: '困难求助',
    group: '咨询求助',
    limits: { normal: lv(wd(5), wd(7), d(15)), urgent: lv(h(24), h(48), h(72)) },
    responseHours: 4,
    requiresVerification: false,
    requiresAfterPhotos: false,
  },
];

export const CATEGORIES: Category[] = DEFS.map((c, i) => ({ ...c, active: true, order: i + 1 }));

/** How often residents file each category (share of tickets). */
export const CATEGORY_WEIGHTS: Record<CategoryId, number> = {
  'cat-garbage': 20,
  'cat-occupy': 11,
  'cat-construction': 4,
  'cat-manhole': 5,
  'cat-streetlight': 9,
  'cat-road': 7,
  'cat-hazard': 8,
  'cat-dispute': 9,
  'cat-property': 12,
  'cat-elevator': 5,
  'cat-consult': 6,
  'cat-help': 4,
};
