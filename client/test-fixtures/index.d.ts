/** Types for index.js (plain CommonJS, shared by jest, weapp-smoke and look.mjs). */
import type { Me, NodeDetailView, TicketDetail, TimelineEntry } from '@lx/types';

export const HOUR: number;
export function homeAddress(boundAt?: number): NonNullable<Me['address']>;
export const GRID_WORKER_ROLE: Me['roles'][number];
export function timelineEntry(seq: number, over?: Partial<TimelineEntry>): TimelineEntry;
export function filedAndAccepted(at: number, acceptedAt: number, note?: string): TimelineEntry[];
export const HELD_BY_GRID: Pick<
  TicketDetail,
  'source' | 'anonymous' | 'handlerOrgId' | 'handlerOrgName' | 'communityId' | 'gridId'
>;
export function gridDetail(over?: Partial<NodeDetailView>): NodeDetailView;
export const UNKNOWN_ACTION: { ok: false; code: 'COMMON.UNKNOWN_ACTION'; message: string };
export const CHROMIUM_ARGS: readonly string[];
