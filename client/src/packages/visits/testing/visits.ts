/** Visits as the contract answers them, for the subpackage's tests. */
import type { ComponentType } from 'react';
import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { DueItem, Me, Pairing, StaffView, StepRecord, VisitView } from '@lx/types';
import { resetMe } from '@/hooks/useMe';
import { networkFail } from '@/services/cloud';
import { renderPage } from '../../../../jest/render';

export const T0 = Date.UTC(2026, 10, 20, 2); // 2026-11-20 10:00 China time

export function visitView(over: Partial<VisitView> = {}): VisitView {
  return {
    _id: 'v1',
    householdId: 'h1',
    buildingId: 'b1',
    gridId: 'g1',
    communityId: 'c1',
    streetId: 's1',
    room: '2单元301',
    visitorId: 'u-zhao',
    source: 'pairing',
    dueAt: T0,
    status: 'due',
    steps: [],
    concerns: [],
    createdAt: T0 - 86_400_000,
    updatedAt: T0 - 86_400_000,
    nextStep: 1,
    ...over,
  };
}

/** A step record as the server keeps it. */
export const record = (step: StepRecord['step'], data: StepRecord['data'], at = T0): StepRecord => ({
  step,
  data,
  at,
  by: 'u-zhao',
  photos: [],
  requestId: `r${step}`,
});

/** A visit after steps 1–4 with the concerns heard, waiting for step 5. */
export const atStepFive = (concerns: VisitView['concerns']): VisitView =>
  visitView({
    status: 'inProgress',
    nextStep: 5,
    concerns,
    steps: [
      record(1, {}),
      record(2, { met: true, whom: '本人' }),
      record(3, { concerns: concerns.map((c) => ({ tag: c.tag, text: c.text })) }),
      record(4, { help: '讲解了高龄津贴怎么申请' }),
    ],
  });

export const dueItem = (id: string, dueAt: number, over: Partial<VisitView> = {}): DueItem => ({
  visit: visitView({ _id: id, dueAt, ...over }),
  bucket: 'later',
});

type Answer = { ok: true; data: unknown } | { ok: false; code: string; message: string };
/** One action's fake: its data, or a whole answer (a refusal, networkFail()) computed from the payload. */
export type Handler = (payload: Record<string, unknown>) => unknown;

/**
 * The cloud as a page test sees it: `handlers['visits.pair']` answers that action (its return is
 * the data, unless it is already an answer with `ok`); anything else is 不支持的操作. Every call is
 * recorded as `fn.action` with its payload, so a test can say what was sent.
 */
export function fakeCloud(call: jest.Mock, handlers: Record<string, Handler>) {
  const sent: { name: string; payload: Record<string, unknown> }[] = [];
  call.mockImplementation(async (fn: string, action: string, payload: Record<string, unknown>): Promise<Answer> => {
    const name = `${fn}.${action}`;
    sent.push({ name, payload });
    const h = handlers[name];
    if (!h) return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '不支持的操作' };
    const out = await h(payload);
    return out && typeof out === 'object' && 'ok' in out ? (out as Answer) : { ok: true, data: out };
  });
  return { sent, of: (name: string) => sent.filter((s) => s.name === name).map((s) => s.payload) };
}

/** A page of rows as the contract answers a paged action. */
export const page = <T>(items: T[], next?: string) => ({ items, hasMore: !!next, ...(next ? { next } : {}) });

/** A 结对帮扶 pairing as visits.pairings answers it. */
export const pairing = (id: string, over: Partial<Pairing> = {}): Pairing => ({
  _id: id,
  kind: 'pairing',
  householdId: 'h1',
  gridId: 'g1',
  communityId: 'c1',
  streetId: 's1',
  orgPath: ['s1', 'c1', 'g1'],
  visitorId: 'u-zhao',
  visitorRole: 'partyMember',
  everyDays: 30,
  active: true,
  since: T0,
  createdBy: 'u-chen',
  createdAt: T0,
  ...over,
});

/** 陈丽娟 as org.me answers her: community staff of 凤凰城社区. */
export const communityStaffMe: Me = {
  id: 'u-chen',
  nickname: '陈丽娟',
  roles: [{ role: 'communityStaff', orgId: 'c1', orgName: '凤凰城社区' }],
};

/** One admin.staff row. */
export const staffRow = (userId: string, name: string, role: StaffView['role'], orgId: string): StaffView => ({
  userId,
  name,
  role,
  orgId,
  grantedAt: T0,
});

/** Each page test starts afresh: no answers set, nobody signed in memory, nothing in storage. */
export function freshStart(call: jest.Mock) {
  call.mockReset();
  resetMe();
  Taro.clearStorageSync();
}

/**
 * A list page's two other states: its own words when `action` answers nothing (`empty`), and 重试 when
 * it fails; the other `handlers` answer as given.
 */
export async function showsEmptyAndError(
  call: jest.Mock,
  Page: ComponentType,
  o: { action: string; empty: unknown; text: string; handlers?: Record<string, Handler> },
) {
  fakeCloud(call, { ...o.handlers, [o.action]: () => o.empty });
  renderPage(Page);
  await screen.findByText(o.text);
  document.body.innerHTML = '';
  fakeCloud(call, { ...o.handlers, [o.action]: () => networkFail() });
  renderPage(Page);
  await screen.findByText('重试');
}
