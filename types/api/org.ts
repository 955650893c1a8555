/** `org` actions: who I am, the address tree, binding a home address. */
import * as z from 'zod/mini';
import { GeoPoint, type LianxinCard, type OrgOption } from '../org';
import { SubscriptionKey } from '../subscriptions';
import { UPLOAD_EXTS } from '../upload';
import type { Me } from '../user';
import type { AccessTable } from '../permissions';
import type { Role } from '../roles';
import type { HomeAddress } from '../user';
import type { ReportFile } from './stats';
import { RequestId } from '../requests';
import { Empty, FileId, Phone, id, payloadObject, personName, Room } from './common';

export const OrgChildrenPayload = payloadObject({
  /** omitted: the communities of the street office */
  parentId: z.optional(id('上级')),
  /** only what lies in this grid (代办 starts in the worker's own grid): its compounds, its buildings */
  gridId: z.optional(id('网格')),
});
export const BindAddressPayload = payloadObject({
  buildingId: id('楼栋'),
  room: z.optional(Room),
});

/** The templates the user accepted in WeChat's `requestSubscribeMessage` dialog just now. */
export const SubscribePayload = payloadObject({
  accepted: z
    .array(z.enum(SubscriptionKey.options, '提醒项目无效'), '请至少选择一项提醒')
    .check(z.minLength(1, '请至少选择一项提醒'), z.maxLength(3, '提醒项目无效')),
});

export const RedeemPayload = payloadObject({
  code: z.string('请输入邀请码').check(z.trim(), z.minLength(1, '请输入邀请码'), z.maxLength(16, '邀请码格式不正确')),
});

/** A point the user picked on the map (WeChat's chooseLocation, GCJ-02 like the seed's boundaries). */
export const NearbyPayload = GeoPoint;

export const UpdateProfilePayload = payloadObject({
  nickname: z.optional(personName('昵称', 20)),
  /** a file ID from the avatar upload (WeChat's chooseAvatar gives a temporary file) */
  avatar: z.optional(FileId),
  /** '' removes it: the phone is kept only while the user wants it kept */
  phone: z.optional(z.union([Phone, z.literal('')], '请填写 11 位手机号码')),
});

/** A cloud path to upload one photo to (types/upload.ts): the picture's type, JPEG unless said. */
export const UploadSlotPayload = payloadObject({
  ext: z._default(z.enum(UPLOAD_EXTS, '只能上传 JPG、PNG 或 WEBP 格式的照片'), 'jpg'),
});

/** The grids of a community (分派网格 picks one; grid names are public, like the 连心卡). */
export const GridsPayload = payloadObject({ communityId: id('社区') });

// ---- privacy (issue 16): 我的数据 and 注销账号 (repo/account.ts)
/** 导出我的数据: one file per tap (a retry after a lost answer gets the same file) */
export const ExportMyDataPayload = payloadObject({ requestId: RequestId });
/** 注销账号: asked twice in the page, and `confirm` says the second answer was yes */
export const DeleteAccountPayload = payloadObject({
  confirm: z.literal(true, '请确认注销账号'),
  requestId: RequestId,
});

/** Everything stored about the caller, in plain fields (only the caller's own). */
export interface MyData {
  profile: { nickname: string; avatar?: string; realName?: string; phone?: string; createdAt: number };
  address?: HomeAddress;
  addressHistory: HomeAddress[];
  roles: { role: Role; orgId: string }[];
  /** one-time message credits left per template */
  subscriptions: Partial<Record<SubscriptionKey, number>>;
  /** what they reported, with their own part of each timeline (notes, photos) */
  tickets: {
    no: string;
    categoryName: string;
    description: string;
    status: string;
    addressText: string;
    createdAt: number;
    phone?: string;
    photos: string[];
    own: { action: string; at: number; note?: string; photos: string[] }[];
  }[];
  /** 附议: tickets they joined */
  supported: { no: string; categoryName: string }[];
  /** the household of their home and its visits (when, how it ended) */
  household?: { room: string; visits: { dueAt: number; status: string; completedAt?: number }[] };
  party: {
    registrations: { communityName: string; status: string; name: string; phone: string; workUnit: string }[];
    points: { communityId: string; points: number; minutes: number }[];
    signups: { activityId: string; status: string; signedUpAt: number }[];
    claims: { postId: string; status: string }[];
    wishes: { title: string; status: string; createdAt: number }[];
  };
}
// ---- end privacy

export const ORG_ACTIONS = {
  me: Empty,
  children: OrgChildrenPayload,
  grids: GridsPayload,
  bindAddress: BindAddressPayload,
  subscribe: SubscribePayload,
  redeem: RedeemPayload,
  card: Empty,
  nearby: NearbyPayload,
  updateProfile: UpdateProfilePayload,
  uploadSlot: UploadSlotPayload,
  // privacy (issue 16)
  myData: Empty,
  exportMyData: ExportMyDataPayload,
  deleteAccount: DeleteAccountPayload,
} as const;

/** Everyone's function: an identity for the address tree (a first visit registers), a user for the rest. */
export const ORG_ACCESS = {
  me: { who: 'identified' },
  children: { who: 'identified' },
  grids: { who: 'identified' },
  bindAddress: { who: 'signedIn' },
  subscribe: { who: 'signedIn' },
  // scanning a code may be a new colleague's very first act
  redeem: { who: 'identified', limits: ['redeem.wrong'] },
  card: { who: 'signedIn' },
  nearby: { who: 'identified' },
  updateProfile: { who: 'signedIn' },
  // every photo (ticket, avatar, notice) is uploaded to a slot: 60 an hour per user
  uploadSlot: { who: 'signedIn', limits: ['upload'] },
  // privacy (issue 16): only ever the caller's own data, so being signed in is the whole rule
  myData: { who: 'signedIn' },
  exportMyData: { who: 'signedIn', once: true },
  deleteAccount: { who: 'signedIn', once: true },
} as const satisfies AccessTable<typeof ORG_ACTIONS>;

/** A building near a point the user picked, for binding by location. */
export interface NearbyBuilding {
  id: string;
  /** "凤凰城社区 天河嘉城 3号楼" */
  fullName: string;
  gridName?: string;
  /** metres from the point */
  distance: number;
}

export interface OrgResults {
  me: Me;
  children: OrgOption[];
  grids: OrgOption[];
  bindAddress: Me;
  /** credits now held per template */
  subscribe: { subscriptions: Partial<Record<SubscriptionKey, number>> };
  redeem: { me: Me; role: Exclude<Role, 'resident'>; orgName: string };
  /** null: no address bound yet, or the building is not mapped to a grid */
  card: LianxinCard | null;
  nearby: { gridName?: string; communityName?: string; buildings: NearbyBuilding[] };
  updateProfile: Me;
  /** where to upload (weapp: Taro.cloud.uploadFile's cloudPath; h5: the gateway's /upload) */
  uploadSlot: { cloudPath: string };
  // privacy (issue 16)
  myData: MyData;
  exportMyData: Pick<ReportFile, 'fileID' | 'url' | 'fileName'>;
  /** the account is gone; its tickets stay, detached (已注销用户) */
  deleteAccount: { deleted: true; tickets: number };
}
