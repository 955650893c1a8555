/**
 * The `party` function's contract: two halves kept in their own files (members: 报到, 认岗, 红黄牌,
 * report; service: activities, check-in, 微心愿, points), put together here as one function.
 */
import type { AccessTable } from '../permissions';
import { PARTY_MEMBER_ACCESS, PARTY_MEMBER_ACTIONS, type PartyMemberResults } from './party-members';
import { PARTY_SERVICE_ACCESS, PARTY_SERVICE_ACTIONS, type PartyServiceResults } from './party-service';

export * from './party-members';
export * from './party-service';

export const PARTY_ACTIONS = { ...PARTY_MEMBER_ACTIONS, ...PARTY_SERVICE_ACTIONS } as const;
export const PARTY_ACCESS = { ...PARTY_MEMBER_ACCESS, ...PARTY_SERVICE_ACCESS } as const satisfies AccessTable<
  typeof PARTY_ACTIONS
>;
export type PartyResults = PartyMemberResults & PartyServiceResults;
