import * as z from 'zod/mini';
import { RoleGrant, type Role } from './roles';
import { SubscriptionKey } from './subscriptions';

/** A resident's bound home address; the names are kept so a page can show it without extra reads. */
export const HomeAddress = z.object({
  streetId: z.string(),
  communityId: z.string(),
  compoundId: z.string(),
  buildingId: z.string(),
  /** absent while the building is not mapped to a grid (its tickets go to the community's triage) */
  gridId: z.optional(z.string()),
  room: z.optional(z.string()),
  /** "凤凰城社区 天河嘉城 3号楼 2单元501" */
  text: z.string(),
  boundAt: z.number(),
});
export type HomeAddress = z.infer<typeof HomeAddress>;

export const User = z.object({
  /** the WeChat OPENID: one document per user, read by id when a call arrives */
  _id: z.string(),
  nickname: z.string(),
  avatar: z.optional(z.string()),
  /** real name, given by staff and party members only */
  realName: z.optional(z.string()),
  phone: z.optional(z.string()),
  roles: z.array(RoleGrant),
  address: z.optional(HomeAddress),
  /** earlier addresses, newest last: a change of address keeps the history */
  addressHistory: z.array(HomeAddress),
  /** one-time subscription-message credits left per template (see subscriptions.ts) */
  subscriptions: z.optional(z.partialRecord(SubscriptionKey, z.number())),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type User = z.infer<typeof User>;

/** What the client learns about the signed-in user. */
export interface Me {
  id: string;
  nickname: string;
  avatar?: string;
  /** a URL an <Image> can show for `avatar` */
  avatarUrl?: string;
  /** `orgPath`: the street, community … down to the grant's node (代办 opens on the worker's grid) */
  roles: { role: Role; orgId: string; orgName: string; orgPath?: string[] }[];
  address?: HomeAddress;
  /** earlier addresses, newest first */
  addressHistory?: HomeAddress[];
  realName?: string;
  /** only when the user gave it */
  phone?: string;
}
