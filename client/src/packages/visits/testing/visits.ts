/** Visits as the contract answers them, for the subpackage's tests. */
import type { DueItem, StepRecord, VisitView } from '@lx/types';

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
