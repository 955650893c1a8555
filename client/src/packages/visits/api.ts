/**
 * The visits function as this subpackage calls it: one place that knows the contract's action names
 * and answer shapes, so the pages and hooks stay plain.
 */
import { callCloud, type CloudResult } from '@/services/cloud';

export interface DueVisit {
  id: string;
  dueAt: number;
  householdId: string;
  /** 天河嘉城 3号楼 2单元 301 */
  householdLabel: string;
  /** 结对帮扶 / 重点户 / 回访 / 临时 */
  kindLabel: string;
  /** how far the visit got (0 = not started) */
  stepsDone: number;
}

export interface VisitConcern {
  id: string;
  text: string;
  tag: string;
  ticketId?: string;
  /** the category a 转为诉求 is filed under */
  categoryId?: string;
}

export interface VisitDetail {
  id: string;
  householdId: string;
  householdLabel: string;
  kindLabel: string;
  dueAt: number;
  /** the household's members' names (step 2's choices) */
  members: string[];
  /** the next step to record (1…5); 6 once all five are recorded */
  nextStep: number;
  status: string;
  statusLabel: string;
  steps: { n: number; at: number; byName: string; summary?: string }[];
  concerns: VisitConcern[];
}

type Dyn = (fn: string, action: string, payload: unknown) => Promise<CloudResult<unknown>>;
const call = callCloud as unknown as Dyn;

export const dueVisits = (cursor: string | undefined) =>
  call('visits', 'due', { ...(cursor ? { cursor } : {}) }) as Promise<
    CloudResult<{ items: DueVisit[]; hasMore: boolean; next?: string }>
  >;

export const visitDetail = (visitId: string) =>
  call('visits', 'visit', { visitId }) as Promise<CloudResult<VisitDetail>>;

export const sendStep = (payload: Record<string, unknown>) => call('visits', 'step', payload);

export interface HouseholdDetail {
  id: string;
  label: string;
  gridName: string;
  members: { name: string }[];
  /** staff only: absent for anyone else */
  tagLabels?: string[];
  visits: { id: string; at: number; byName: string; statusLabel: string; kindLabel: string }[];
  tickets: { id: string; no: string; statusLabel: string; description: string }[];
}

export interface CoverageRow {
  id: string;
  name: string;
  households: number;
  visited: number;
  /** visited ÷ households, 0…1; absent when the grid has no households */
  rate?: number;
}

export interface Coverage {
  org: { id: string; name: string; type: string };
  /** the window the numerator counts, in days (90) */
  windowDays: number;
  households: number;
  visited: number;
  rate?: number;
  rows: CoverageRow[];
}

export const householdDetail = (householdId: string) =>
  call('visits', 'household', { householdId }) as Promise<CloudResult<HouseholdDetail>>;

export const coverage = (orgId: string | undefined) =>
  call('visits', 'coverage', { ...(orgId ? { orgId } : {}) }) as Promise<CloudResult<Coverage>>;
