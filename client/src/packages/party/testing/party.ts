/** The party function as the contract answers it, for this subpackage's page tests. */
import type { ActivityView, Me, PointEntryView, RegistrationView } from '@lx/types';
import { residentWithAddress } from '../../../../jest/fixtures';

export { fakeCloud, page } from '../../visits/testing/visits';

export const T0 = Date.UTC(2026, 10, 20, 2); // 2026-11-20 10:00 China time

/** 赵红梅, approved at 凤凰城社区 (c1). */
export const memberMe: Me = {
  ...residentWithAddress,
  id: 'u-zhao',
  nickname: '赵红梅',
  roles: [{ role: 'partyMember', orgId: 'c1', orgName: '凤凰城社区' }],
};

export const registration = (over: Partial<RegistrationView> = {}): RegistrationView => ({
  _id: 'c1:u-zhao',
  userId: 'u-zhao',
  communityId: 'c1',
  communityName: '凤凰城社区',
  streetId: 's1',
  orgPath: ['s1', 'c1'],
  name: '赵红梅',
  phone: '13800000000',
  workUnit: '市第一医院',
  partyOrg: '市第一医院第二党支部',
  type: 'inService',
  status: 'pending',
  submittedAt: T0,
  history: [],
  updatedAt: T0,
  overdue: false,
  ...over,
});

/** An activity in its check-in window now (opened a little before its start). */
export const activityNow = (over: Partial<ActivityView> = {}): ActivityView => {
  const now = Date.now();
  return {
    _id: 'a1',
    communityId: 'c1',
    streetId: 's1',
    orgPath: ['s1', 'c1'],
    title: '小区环境整治',
    category: '环境整治',
    startAt: now - 10 * 60_000,
    endAt: now + 2 * 3_600_000,
    place: { name: '社区广场', point: { lng: 113.6, lat: 34.7 }, radiusM: 200 },
    capacity: 50,
    hours: 2,
    signedUp: 10,
    status: 'open',
    createdBy: 'u-chen',
    createdAt: now - 86_400_000,
    updatedAt: now - 86_400_000,
    phase: 'checkInOpen',
    mine: { userId: 'u-zhao', name: '赵红梅', state: 'signedUp', signedUpAt: now - 3_600_000 },
    ...over,
  };
};

export const entry = (over: Partial<PointEntryView> = {}): PointEntryView => ({
  _id: 'activityHours|a1|u-zhao',
  userId: 'u-zhao',
  communityId: 'c1',
  rule: 'activityHours',
  source: { kind: 'activity', id: 'a1' },
  points: 15,
  minutes: 90,
  hours: 1.5,
  at: T0,
  by: 'u-chen',
  note: '小区环境整治',
  ruleLabel: '志愿活动',
  ...over,
});
