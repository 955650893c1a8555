/**
 * `admin` actions: the deployment's administration (org tree, import, invitations and roles,
 * categories and time limits, the holiday calendar). A separate function so the resident-facing
 * `org` bundle stays small; who may call each is ADMIN_ACCESS (roles.ts: canGrant, GRANTERS,
 * ORG_EDITORS, CONFIGURERS).
 */
import * as z from 'zod/mini';
import { Category, CategoryLimits, ResponseHours } from '../category';
import type { InvitationStatus } from '../invitation';
import { INVITE_MAX_DAYS } from '../invitation';
import { CardPerson, GeoPoint, type OrgType } from '../org';
import type { AccessTable } from '../permissions';
import { RequestId } from '../requests';
import { CONFIGURERS, GRANTERS, ORG_EDITORS, ROLES, type Role } from '../roles';
import { CalendarDate, Empty, id, lineText, payloadObject } from './common';

const GrantRoleEnum = z.enum(
  ROLES.filter((r) => r !== 'resident') as [Exclude<Role, 'resident'>, ...Exclude<Role, 'resident'>[]],
  '请选择角色',
);
const count = (what: string) =>
  z.optional(
    z
      .number(`${what}应为数字`)
      .check(z.int(`${what}应为整数`), z.gte(0, `${what}不能为负数`), z.lte(100_000, `${what}过大`)),
  );
const name = lineText('名称', 1, 30);

export const InvitePayload = payloadObject({
  role: GrantRoleEnum,
  orgId: id('组织'),
  days: z.optional(
    z
      .number('有效期应为天数')
      .check(
        z.gte(1, '有效期至少 1 天'),
        z.lte(INVITE_MAX_DAYS, `有效期最多 ${INVITE_MAX_DAYS} 天`),
        z.int('有效期应为整数天'),
      ),
  ),
  requestId: RequestId,
});
export const CodePayload = payloadObject({
  code: z.string('请输入邀请码').check(z.minLength(1, '请输入邀请码'), z.maxLength(16, '邀请码格式不正确')),
});
export const RevokeRolePayload = payloadObject({
  userId: id('用户'),
  role: GrantRoleEnum,
  orgId: id('组织'),
  reason: z.optional(lineText('原因', 0, 100)),
});
export const StaffPayload = payloadObject({ orgId: id('组织') });
export const TreePayload = payloadObject({ parentId: z.optional(id('上级')) });
/** One node's full details, for the edit page (the tree shows only names and counts). */
export const NodePayload = payloadObject({ id: id('组织') });

export const SaveNodePayload = payloadObject({
  /** omitted: create a new node */
  id: z.optional(id('组织')),
  type: z.enum(['community', 'grid', 'compound', 'building'], '请选择类型'),
  parentId: id('上级'),
  name,
  /** buildings: the grid they belong to ('' unmaps) */
  gridId: z.optional(z.string('网格无效').check(z.maxLength(64, '网格无效'))),
  households: count('户数'),
  /** buildings: its rooms ("101-106,201-206", types/rooms.ts parseRooms); its households are made of them */
  rooms: z.optional(lineText('房号', 1, 4000)),
  population: count('人口'),
  /** grids: closed ring [[lng, lat] …] as points */
  boundary: z.optional(
    z
      .array(GeoPoint, '边界无效')
      .check(z.minLength(4, '边界至少需要 4 个点（首尾相同）'), z.maxLength(500, '边界点过多')),
  ),
  hotline: z.optional(lineText('电话', 0, 20, { tooLong: '电话不能超过 20 位' })),
  serviceHours: z.optional(lineText('服务时间', 0, 40)),
  responsible: z.optional(z.array(CardPerson, '负责人信息无效').check(z.maxLength(12, '最多 12 位负责人'))),
});

/** An import sheet as CSV text or an .xlsx file in base64 (the client reads the file; 512 KB cap). */
export const IMPORT_MAX_CHARS = 700_000;
export const ImportOrgPayload = payloadObject({
  format: z.enum(['csv', 'xlsx'], '请使用 CSV 或 Excel（.xlsx）文件'),
  content: z.string('文件为空').check(z.minLength(1, '文件为空'), z.maxLength(IMPORT_MAX_CHARS, '文件不能超过 512KB')),
  /** true: only validate and report, write nothing */
  dryRun: z.optional(z.boolean('请求格式不正确')),
});

export const SaveCategoryPayload = payloadObject({
  id: id('类别'),
  limits: z.optional(CategoryLimits),
  responseHours: z.optional(ResponseHours),
  active: z.optional(z.boolean('启用设置无效')),
}).check(
  // an update with nothing in it is refused here, not by the database (which calls it an error)
  z.refine((p) => p.limits !== undefined || p.responseHours !== undefined || p.active !== undefined, {
    error: '没有要保存的修改',
  }),
);

export const SaveHolidaysPayload = payloadObject({
  holidays: z.array(CalendarDate, '请填写日期').check(z.maxLength(400, '日期过多')),
  workdays: z.array(CalendarDate, '请填写日期').check(z.maxLength(100, '日期过多')),
});

export const ADMIN_ACTIONS = {
  invite: InvitePayload,
  invitations: Empty,
  revokeInvitation: CodePayload,
  staff: StaffPayload,
  revokeRole: RevokeRolePayload,
  tree: TreePayload,
  node: NodePayload,
  saveNode: SaveNodePayload,
  importOrg: ImportOrgPayload,
  categories: Empty,
  saveCategory: SaveCategoryPayload,
  holidays: Empty,
  saveHolidays: SaveHolidaysPayload,
} as const;

const grantAt = { rule: 'grant', target: { kind: 'org', field: 'orgId' } } as const;
const configurers = { who: 'roles', roles: CONFIGURERS } as const;
export const ADMIN_ACCESS = {
  invite: { who: 'roles', roles: GRANTERS, scope: grantAt, once: true },
  invitations: { who: 'roles', roles: GRANTERS },
  revokeInvitation: {
    who: 'roles',
    roles: GRANTERS,
    scope: { rule: 'grant', target: { kind: 'invitation', field: 'code' } },
  },
  staff: { who: 'roles', roles: GRANTERS, scope: { rule: 'covers', target: { kind: 'org', field: 'orgId' } } },
  revokeRole: { who: 'roles', roles: GRANTERS, scope: grantAt },
  // down to one's own part of the tree, and inside it (community staff: their community only)
  tree: {
    who: 'roles',
    roles: GRANTERS,
    scope: { rule: 'along', target: { kind: 'org', field: 'parentId', absent: 'street' } },
  },
  // the edit page's details: the same rule as saving them
  node: { who: 'roles', roles: ORG_EDITORS, scope: { rule: 'covers', target: { kind: 'org', field: 'id' } } },
  // the parent; a moved node's old place is checked by the handler (a second node)
  saveNode: { who: 'roles', roles: ORG_EDITORS, scope: { rule: 'covers', target: { kind: 'org', field: 'parentId' } } },
  // every row is checked against the caller's subtree (out of scope: a rejected row, not a refusal)
  importOrg: { who: 'roles', roles: ORG_EDITORS },
  categories: configurers,
  saveCategory: configurers,
  holidays: configurers,
  saveHolidays: configurers,
} as const satisfies AccessTable<typeof ADMIN_ACTIONS>;

export interface InvitationView {
  code: string;
  role: Exclude<Role, 'resident'>;
  orgId: string;
  orgName: string;
  status: InvitationStatus;
  createdAt: number;
  expiresAt: number;
  qrUrl?: string;
  redeemedByName?: string;
  redeemedAt?: number;
}

export interface StaffView {
  userId: string;
  name: string;
  role: Exclude<Role, 'resident'>;
  orgId: string;
  grantedAt: number;
}

export interface TreeNodeView {
  id: string;
  type: OrgType;
  name: string;
  parentId: string | null;
  gridId?: string;
  households?: number;
  population?: number;
  hasBoundary: boolean;
  hasChildren: boolean;
}

/** What the edit page shows and sends back: the node with its 连心卡 fields. */
export interface NodeDetailView extends TreeNodeView {
  communityId?: string;
  /** "凤凰城社区 天河嘉城 3号楼" */
  fullName?: string;
  hotline?: string;
  serviceHours?: string;
  responsible?: CardPerson[];
  /** grids: how many points the stored boundary ring has (0: none); it is edited by import */
  boundaryPoints: number;
}

export interface ImportRowReport {
  /** the sheet's row number (the header is row 1) */
  row: number;
  ok: boolean;
  /** '新增' / '更新', or why it was rejected, in Chinese */
  message: string;
}
export interface ImportReport {
  total: number;
  created: number;
  updated: number;
  rejected: number;
  dryRun: boolean;
  rows: ImportRowReport[];
  /** the buildings' households made (or, dry run, to be made) of their rooms; kept: rooms gone, households still used */
  households?: { created: number; removed: number; kept: number };
}

export interface AdminResults {
  invite: InvitationView;
  invitations: InvitationView[];
  revokeInvitation: InvitationView;
  staff: StaffView[];
  revokeRole: { userId: string; remaining: number };
  tree: { parent: TreeNodeView | null; children: TreeNodeView[]; canEdit: boolean };
  node: NodeDetailView;
  saveNode: TreeNodeView;
  importOrg: ImportReport;
  categories: Category[];
  saveCategory: Category;
  /** warning: this year's or next year's calendar is missing (calendarWarning) */
  holidays: { holidays: string[]; workdays: string[]; updatedAt?: number; warning?: string };
  saveHolidays: { holidays: string[]; workdays: string[]; updatedAt: number; warning?: string };
}
