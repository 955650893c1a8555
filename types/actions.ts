/**
 * The action map: cloud function → action → payload schema, who may call it, and result type. The client's
 * `callCloud` and the functions' dispatchers are both typed from here, so a renamed field breaks the
 * build instead of a user's request. Each domain keeps its schemas in `api/<function>.ts`; this file
 * only puts them together (one line per function in each of the three maps).
 */
import type * as z from 'zod/mini';
import { NOTICES_ACCESS, NOTICES_ACTIONS, type NoticesResults } from './api/notices';
import { ADMIN_ACCESS, ADMIN_ACTIONS, type AdminResults } from './api/admin';
import { ORG_ACCESS, ORG_ACTIONS, type OrgResults } from './api/org';
import { TICKETS_ACCESS, TICKETS_ACTIONS, type TicketsResults } from './api/tickets';
import { STATS_ACCESS, STATS_ACTIONS, type StatsResults } from './api/stats';
import { VISITS_ACCESS, VISITS_ACTIONS, type VisitsResults } from './api/visits';
import { PARTY_ACCESS, PARTY_ACTIONS, type PartyResults } from './api/party';
import type { AccessTable, TargetOf } from './permissions';

export * from './api/admin';
export * from './api/common';
export * from './api/notices';
export * from './api/org';
export * from './api/tickets';
export * from './api/stats';
export * from './api/visits';
export * from './api/party';

export const ACTION_SCHEMAS = {
  admin: ADMIN_ACTIONS,
  org: ORG_ACTIONS,
  tickets: TICKETS_ACTIONS,
  notices: NOTICES_ACTIONS,
  stats: STATS_ACTIONS,
  visits: VISITS_ACTIONS,
  party: PARTY_ACTIONS,
} as const;

/** Who may call each action (permissions.ts has the vocabulary; the dispatcher enforces it). */
export const ACTION_ACCESS = {
  admin: ADMIN_ACCESS,
  org: ORG_ACCESS,
  tickets: TICKETS_ACCESS,
  notices: NOTICES_ACCESS,
  stats: STATS_ACCESS,
  visits: VISITS_ACCESS,
  party: PARTY_ACCESS,
} as const satisfies { [F in keyof typeof ACTION_SCHEMAS]: AccessTable<(typeof ACTION_SCHEMAS)[F]> };

export interface ActionResults {
  admin: AdminResults;
  org: OrgResults;
  tickets: TicketsResults;
  notices: NoticesResults;
  stats: StatsResults;
  visits: VisitsResults;
  party: PartyResults;
}

export type FnName = keyof typeof ACTION_SCHEMAS;
export type ActionName<F extends FnName> = keyof (typeof ACTION_SCHEMAS)[F] & string;
type SchemaOf<F extends FnName, A extends ActionName<F>> = (typeof ACTION_SCHEMAS)[F][A];
/** What a caller sends (defaults may be omitted). */
export type PayloadIn<F extends FnName, A extends ActionName<F>> = z.input<SchemaOf<F, A> & z.ZodMiniType>;
/** What a handler receives after parsing. */
export type Payload<F extends FnName, A extends ActionName<F>> = z.output<SchemaOf<F, A> & z.ZodMiniType>;
export type ResultOf<F extends FnName, A extends ActionName<F>> = A extends keyof ActionResults[F]
  ? ActionResults[F][A]
  : never;

export type AccessOf<F extends FnName, A extends ActionName<F>> = (typeof ACTION_ACCESS)[F][A &
  keyof (typeof ACTION_ACCESS)[F]];
/** What the dispatcher read to authorize the call (an org node, a notice, a ticket …), for the handler. */
export type ActionTarget<F extends FnName, A extends ActionName<F>> = TargetOf<AccessOf<F, A>>;

/** The event a cloud function receives. */
export interface CloudEvent {
  action: string;
  payload?: unknown;
}
