/** `org` actions: who I am, the address tree, binding a home address. */
import * as z from 'zod/mini';
import type { OrgOption } from '../org';
import { SubscriptionKey } from '../subscriptions';
import type { Me } from '../user';
import { Empty, id } from './common';

export const OrgChildrenPayload = z.object({
  /** omitted: the communities of the street office */
  parentId: z.optional(id('上级')),
});
export const BindAddressPayload = z.object({
  buildingId: id('楼栋'),
  room: z.optional(z.string().check(z.trim(), z.maxLength(20, '门牌号不能超过 20 个字'))),
});

/** The templates the user accepted in WeChat's `requestSubscribeMessage` dialog just now. */
export const SubscribePayload = z.object({
  accepted: z.array(SubscriptionKey).check(z.minLength(1, '请至少选择一项提醒'), z.maxLength(3, '提醒项目无效')),
});

export const ORG_ACTIONS = {
  me: Empty,
  children: OrgChildrenPayload,
  bindAddress: BindAddressPayload,
  subscribe: SubscribePayload,
} as const;

export interface OrgResults {
  me: Me;
  children: OrgOption[];
  bindAddress: Me;
  /** credits now held per template */
  subscribe: { subscriptions: Partial<Record<SubscriptionKey, number>> };
}
