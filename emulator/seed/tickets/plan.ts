/** What the ticket seed's parts share: its context, a ticket's plan, and China-time helpers. */
import type { Category, HolidayCalendar, OrgNode, TicketAction, TicketSource, Urgency } from '@lx/types';
import type { Phrase } from '../data';
import type { OrgIndex } from '../org';
import type { Rng } from '../prng';
import type { People } from '../users';

/** random tickets are filed over this many days before `now` */
export const TICKET_WINDOW_DAYS = 150;

export interface TicketCtx {
  rng: Rng;
  /** the tickets' ids: a stream of its own, so drawing them shifts nothing else of the seed */
  ids: Rng;
  now: number;
  cal: HolidayCalendar;
  org: OrgIndex;
  people: People;
  categories: Category[];
}

/** What is known when a ticket is filed; the rest is lived out by `simulate`. */
export interface Plan {
  createdAt: number;
  category: Category;
  urgency: Urgency;
  source: TicketSource;
  anonymous: boolean;
  reporterId: string;
  reporterPhone?: string;
  /** who files: the reporter, or a grid worker on their behalf (代办) */
  filerId: string;
  filerRole: string;
  building: OrgNode;
  description: string;
  /** how this kind of case goes: progress notes in order, resolution notes */
  phrase: Phrase;
  /** scripted tickets: actions at offsets from createdAt; random tickets: undefined */
  script?: Step[];
  order: number;
}

/** One scripted action; `simulate` asks the transition table for its event. */
export interface Step {
  /** offset from createdAt */
  after: number;
  action: Exclude<TicketAction, 'file'>;
  actor?: string;
  note?: string;
  /** verify: sent back */
  fail?: boolean;
}

/** Fills a description's placeholders ({b} building, {c} compound, …) for a building. */
export type Fill = (text: string, b: OrgNode) => string;

export const secs = (t: number): number => Math.round(t / 1000) * 1000;
