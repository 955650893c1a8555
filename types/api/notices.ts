/**
 * `notices` actions: compose, publish (and its reach, asked before), withdraw; residents' list,
 * detail and unread count; read figures.
 */
import * as z from 'zod/mini';
import {
  MAX_BLOCKS,
  MAX_NOTICE_IMAGES,
  MAX_TARGETS,
  NoticeCategory,
  PARAGRAPH_MAX,
  TITLE_MAX,
  type NoticeBlock,
  type NoticeCategory as NoticeCategoryT,
  type NoticeState,
} from '../notice';
import type { AccessTable } from '../permissions';
import { RequestId } from '../requests';
import { NOTICE_COMPOSERS, NOTICE_VIEWERS } from '../roles';
import type { Page } from '../ticket';
import { cursor, Empty, FileId, id, Instant, lineText, payloadObject, Room, visibleText } from './common';

/** a paragraph or an image; text is free text (hidden characters go, something must show) */
const Block = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('p'),
      text: visibleText('段落', 1, PARAGRAPH_MAX, {
        empty: '段落不能为空',
        tooLong: `每段不能超过 ${PARAGRAPH_MAX} 个字`,
      }),
    }),
    z.object({ type: z.literal('img'), fileId: FileId }),
  ],
  '正文内容无效',
);
const imagesOf = (body: readonly { type: string; fileId?: string }[]) => body.flatMap((b) => b.fileId ?? []);
/** the street's id for the whole street, or communities, grids, buildings */
const Targets = z
  .array(id('发布范围'), '请选择发布范围')
  .check(z.minLength(1, '请选择发布范围'), z.maxLength(MAX_TARGETS, `发布范围最多 ${MAX_TARGETS} 项`));

export const SaveNoticePayload = payloadObject({
  /** omitted: a new draft */
  id: z.optional(id('通知')),
  title: lineText('标题', 2, TITLE_MAX),
  body: z
    .array(Block, '请填写正文')
    .check(z.minLength(1, '请填写正文'), z.maxLength(MAX_BLOCKS, `正文不能超过 ${MAX_BLOCKS} 段`)),
  category: z._default(z.enum(NoticeCategory.options, '请选择类别'), 'notice'),
  targets: Targets,
  pinned: z._default(z.boolean('置顶设置无效'), false),
  /** epoch ms; omitted: when published */
  publishAt: z.optional(Instant('发布时间')),
  /** epoch ms; omitted: never */
  expiresAt: z.optional(Instant('截止时间')),
  /** one per save the user means (a retry sends the same): a new draft is created once */
  requestId: RequestId,
}).check(
  z.refine((p) => imagesOf(p.body).length <= MAX_NOTICE_IMAGES, {
    message: `最多插入 ${MAX_NOTICE_IMAGES} 张图片`,
    path: ['body'],
  }),
  z.refine((p) => new Set(imagesOf(p.body)).size === imagesOf(p.body).length, {
    message: '同一张图片不能重复插入',
    path: ['body'],
  }),
  z.refine((p) => !p.expiresAt || !p.publishAt || p.expiresAt > p.publishAt, {
    message: '截止时间须晚于发布时间',
    path: ['expiresAt'],
  }),
);

export const NoticeIdPayload = payloadObject({ id: id('通知') });
export const NoticeListPayload = payloadObject({ cursor });
export const DoorToDoorPayload = payloadObject({ id: id('通知'), gridId: z.optional(id('网格')) });
export const InformedPayload = payloadObject({
  id: id('通知'),
  buildingId: id('楼栋'),
  /** '' for a home bound without a room number */
  room: z._default(Room, ''),
});

/** 发布 asks first "将通知 7 户": the households a scope reaches, before anything is saved */
export const ReachPayload = payloadObject({ targets: Targets });
/** no grid: the author's street or community and its parts; a grid: that grid's buildings */
export const ScopesPayload = payloadObject({ gridId: z.optional(id('网格')) });

export const NOTICES_ACTIONS = {
  save: SaveNoticePayload,
  publish: NoticeIdPayload,
  withdraw: NoticeIdPayload,
  list: NoticeListPayload,
  detail: NoticeIdPayload,
  unread: Empty,
  managed: NoticeListPayload,
  figures: NoticeIdPayload,
  doorToDoor: DoorToDoorPayload,
  informed: InformedPayload,
  scopes: ScopesPayload,
  reach: ReachPayload,
} as const;

const composedNotice = { rule: 'covers', target: { kind: 'notice', field: 'id' } } as const;
const reachedNotice = { rule: 'reaches', target: { kind: 'notice', field: 'id' } } as const;
/** Residents read (detail itself tells a notice out of their scope as missing); staff compose and count. */
export const NOTICES_ACCESS = {
  // a new draft: its targets are checked one by one; an edit: the draft's own scope too
  save: {
    who: 'roles',
    roles: NOTICE_COMPOSERS,
    scope: { rule: 'covers', target: { kind: 'notice', field: 'id', absent: 'none' } },
    once: true,
  },
  publish: { who: 'roles', roles: NOTICE_COMPOSERS, scope: composedNotice },
  withdraw: { who: 'roles', roles: NOTICE_COMPOSERS, scope: composedNotice },
  list: { who: 'signedIn' },
  detail: { who: 'signedIn' },
  unread: { who: 'signedIn' },
  managed: { who: 'roles', roles: NOTICE_VIEWERS },
  figures: { who: 'roles', roles: NOTICE_VIEWERS, scope: reachedNotice },
  // and the grid (doorToDoor) or the building's grid (informed), checked by the handler
  doorToDoor: { who: 'roles', roles: NOTICE_VIEWERS, scope: reachedNotice },
  informed: { who: 'roles', roles: NOTICE_VIEWERS, scope: reachedNotice },
  // an unknown grid is refused like another community's: nothing to tell apart for the caller
  scopes: {
    who: 'roles',
    roles: NOTICE_COMPOSERS,
    scope: {
      rule: 'covers',
      target: { kind: 'org', field: 'gridId', absent: 'none', types: ['grid'], missing: 'AUTH.OUT_OF_SCOPE' },
    },
  },
  // read-only; its targets are checked one by one by the handler, as a new draft's (scope.ts)
  reach: { who: 'roles', roles: NOTICE_COMPOSERS },
} as const satisfies AccessTable<typeof NOTICES_ACTIONS>;

/** A row of the residents' list. */
export interface NoticeSummary {
  id: string;
  title: string;
  category: NoticeCategoryT;
  categoryLabel: string;
  pinned: boolean;
  publishAt: number;
  /** first words of the body */
  excerpt: string;
  orgName: string;
  read: boolean;
}

export interface NoticeDetail {
  id: string;
  title: string;
  category: NoticeCategoryT;
  categoryLabel: string;
  /** images carry a URL the client can show */
  body: (NoticeBlock | { type: 'img'; fileId: string; url?: string })[];
  pinned: boolean;
  publishAt: number;
  expiresAt?: number;
  orgName: string;
  state: NoticeState;
  stateLabel: string;
  /** staff view only: what the compose page needs to edit a draft */
  targets?: string[];
  targetNames?: string[];
  editable: boolean;
}

export interface ReadFigure {
  id: string;
  name: string;
  /** residents in scope */
  residents: number;
  read: number;
  /** whole percent */
  share: number;
  informed: number;
}

export interface ManagedNotice {
  id: string;
  title: string;
  categoryLabel: string;
  state: NoticeState;
  stateLabel: string;
  publishAt: number;
  pinned: boolean;
  targetNames: string[];
  orgName: string;
  residents: number;
  read: number;
  /** whole percent */
  share: number;
  informed: number;
  sent: number;
}

export interface NoticeFigures {
  id: string;
  title: string;
  state: NoticeState;
  overall: ReadFigure;
  communities: ReadFigure[];
  grids: ReadFigure[];
  push: { sent: number; noConsent: number; failed: number; done: boolean };
  /** grids whose door-to-door list the caller may open */
  myGrids: string[];
}

export interface DoorHousehold {
  room: string;
  /** masked: 张** */
  residents: string[];
  informed: boolean;
}
export interface DoorBuilding {
  buildingId: string;
  name: string;
  households: DoorHousehold[];
}
export interface DoorToDoor {
  noticeId: string;
  title: string;
  gridId: string;
  gridName: string;
  /** households in scope / read by someone / told in person */
  households: number;
  read: number;
  informed: number;
  /** buildings with households that have neither read nor been told */
  buildings: DoorBuilding[];
}

export interface NoticesResults {
  save: { id: string };
  publish: { id: string; state: NoticeState; pushed: number };
  withdraw: { id: string };
  list: Page<NoticeSummary>;
  detail: NoticeDetail;
  /** the unread count for the tab badge and the pinned/urgent ones for the home page's NoticeBar */
  unread: { count: number; bar: { id: string; title: string; categoryLabel: string }[] };
  managed: Page<ManagedNotice> & { canCompose: boolean };
  figures: NoticeFigures;
  doorToDoor: DoorToDoor;
  informed: { informed: boolean };
  /** what the caller may publish to: their street or community, then its communities or grids */
  scopes: { options: ScopeOption[] };
  /** households (building + room, as the door-to-door list counts them) whose home the targets reach */
  reach: { households: number };
}

export interface ScopeOption {
  id: string;
  name: string;
  type: 'street' | 'community' | 'grid' | 'building';
  /** the community a grid or building belongs to (for grouping) */
  communityId?: string;
  /** the grid a building is mapped to */
  gridId?: string;
}
