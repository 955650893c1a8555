/**
 * The party function as the staff pages' tests see it (types/api/party-*.ts results). The fake cloud
 * itself is the visits subpackage's (one fake for every page test).
 */
import { cstInstant, type Me } from '@lx/types';
import type {
  ActivityView,
  CardView,
  CheckInCode,
  MemberRecord,
  RegistrationView,
  Roster,
  WishView,
} from '../staffApi';

export { fakeCloud, freshStart, page } from '../../visits/testing/visits';

export const T0 = cstInstant('2026-11-20', '10:00');

/** 陈丽娟: community staff of 河南路社区. */
export const staffMe: Me = {
  id: 'u-chen',
  nickname: '陈丽娟',
  roles: [{ role: 'communityStaff', orgId: 'c1', orgName: '河南路社区' }],
};

export const registration = (over: Partial<RegistrationView>): RegistrationView => ({
  _id: 'c1:u-zhao',
  userId: 'u-zhao',
  communityId: 'c1',
  communityName: '河南路社区',
  streetId: 's1',
  orgPath: ['s1', 'c1'],
  name: '赵红梅',
  phone: '13800000001',
  workUnit: '市第一人民医院',
  partyOrg: '市一院党委',
  type: 'inService',
  status: 'pending',
  submittedAt: T0 - 86_400_000,
  history: [{ kind: 'submit', by: 'u-zhao', at: T0 - 86_400_000 }],
  updatedAt: T0 - 86_400_000,
  overdue: false,
  ...over,
});

export const card = (over: Partial<CardView> = {}): CardView => ({
  _id: 'c1:u-li',
  userId: 'u-li',
  communityId: 'c1',
  orgPath: ['s1', 'c1'],
  color: 'yellow',
  since: cstInstant('2026-04-01'),
  givenAt: cstInstant('2026-10-01'),
  updatedAt: T0,
  name: '李建国',
  phone: '13800000002',
  workUnit: '河南路小学',
  months: 7,
  ...over,
});

export const record = (over: Partial<MemberRecord> = {}): MemberRecord => ({
  registration: registration({ status: 'approved', userId: 'u-li', name: '李建国', dueAt: T0 + 86_400_000 * 90 }),
  history: [
    { kind: 'submit', by: 'u-li', at: cstInstant('2026-03-01') },
    { kind: 'approve', by: 'u-chen', at: cstInstant('2026-03-02') },
  ],
  posts: [
    { postId: 'p1', title: '环境整治岗', category: '环境整治', status: 'active', signedAt: cstInstant('2026-03-05') },
  ],
  totals: {
    userId: 'u-li',
    communityId: 'c1',
    points: 12,
    hours: 4,
    minutes: 240,
    activities: 2,
    wishes: 1,
    visits: 0,
    tickets: 0,
  },
  card: { color: 'yellow', since: cstInstant('2026-04-01'), months: 7 },
  ...over,
});

export const activity = (over: Partial<ActivityView> = {}): ActivityView => ({
  _id: 'a1',
  communityId: 'c1',
  streetId: 's1',
  orgPath: ['s1', 'c1'],
  title: '河南路环境整治',
  category: '环境整治',
  startAt: T0 - 3_600_000,
  endAt: T0 + 3_600_000,
  place: { name: '河南路社区广场', point: { lng: 113.64, lat: 34.75 }, radiusM: 200 },
  capacity: 30,
  hours: 2,
  signedUp: 2,
  status: 'open',
  createdBy: 'u-chen',
  createdAt: T0 - 86_400_000,
  updatedAt: T0 - 86_400_000,
  phase: 'checkInOpen',
  ...over,
});

export const roster = (over: Partial<Roster> = {}): Roster => ({
  activity: activity(),
  signups: [
    {
      userId: 'u-zhao',
      name: '赵红梅',
      state: 'checkedIn',
      signedUpAt: T0 - 86_400_000,
      checkInAt: T0 - 3_000_000,
      checkInMethod: 'code',
    },
    { userId: 'u-li', name: '李建国', state: 'signedUp', signedUpAt: T0 - 86_400_000 },
  ],
  counts: { signedUp: 2, checkedIn: 1, checkedOut: 0 },
  ...over,
});

/** The code of the slot holding `serverNow` (30 s slots), as checkInCode answers it. */
export const code = (digits: string, serverNow: number): CheckInCode => {
  const slot = Math.floor(serverNow / 30_000);
  return { code: digits, qrText: `lxparty:checkin:a1:${digits}`, validUntil: (slot + 2) * 30_000, serverNow };
};

export const wish = (over: Partial<WishView> = {}): WishView => ({
  _id: 'w1',
  communityId: 'c1',
  streetId: 's1',
  orgPath: ['s1', 'c1'],
  residentId: 'u-res',
  title: '帮忙修理轮椅',
  detail: '家里老人的轮椅刹车坏了，想请人帮忙修一下',
  status: 'posted',
  statusLabel: '待审核',
  createdAt: T0 - 3_600_000,
  updatedAt: T0 - 3_600_000,
  can: { edit: false, review: true, claim: false, complete: false, confirm: false },
  history: [{ action: 'post', by: 'u-res', at: T0 - 3_600_000 }],
  ...over,
});
