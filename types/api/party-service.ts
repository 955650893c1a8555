/**
 * The `party` function, service half (owner P2): activities (sign-up, rotating-code or location
 * check-in, check-out, hours), 微心愿 (三单制) and the points ledger (totals, leaderboard).
 */
import type { AccessTable } from '../permissions';

export const PARTY_SERVICE_ACTIONS = {} as const;

export const PARTY_SERVICE_ACCESS = {} as const satisfies AccessTable<typeof PARTY_SERVICE_ACTIONS>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PartyServiceResults {}
