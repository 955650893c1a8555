/**
 * The `party` function, members half (owner P1): 报到 (registration, approval, re-report, 撤销),
 * 认岗领责 (posts and claims), 红黄牌 and the quarterly service report.
 */
import type { AccessTable } from '../permissions';

export const PARTY_MEMBER_ACTIONS = {} as const;

export const PARTY_MEMBER_ACCESS = {} as const satisfies AccessTable<typeof PARTY_MEMBER_ACTIONS>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PartyMemberResults {}
