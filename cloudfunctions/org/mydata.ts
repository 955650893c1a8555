/**
 * 我的数据 (issue 16, privacy): everything stored about the caller, in plain fields. Only their own
 * part of what they share with others: their events on their tickets, not the handlers' notes.
 */
import type { MyData, User } from '@lx/types';
import { ownDocuments, visitsOfHouseholds, type OwnDocuments } from '../shared/repo/account';

type Row = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

function ticketsOf(own: OwnDocuments): MyData['tickets'] {
  return own.tickets.map((t) => ({
    no: t.no,
    categoryName: t.categoryName,
    description: t.description,
    status: t.status,
    addressText: t.addressText,
    createdAt: t.createdAt,
    ...(t.reporterPhone ? { phone: t.reporterPhone } : {}),
    photos: t.photos,
    own: own.events
      .filter((e) => e.ticketId === t._id)
      .map((e) => ({ action: e.action, at: e.at, ...(e.note ? { note: e.note } : {}), photos: e.photos })),
  }));
}

function partyOf(own: OwnDocuments): MyData['party'] {
  return {
    registrations: own.registrations.map((r: Row) => ({
      communityName: str(r.communityName),
      status: str(r.status),
      name: str(r.name),
      phone: str(r.phone),
      workUnit: str(r.workUnit),
    })),
    points: own.totals.map((t: Row) => ({
      communityId: str(t.communityId),
      points: num(t.points),
      minutes: num(t.minutes),
    })),
    signups: own.signups.map((s: Row) => ({
      activityId: str(s.activityId),
      status: str(s.status),
      signedUpAt: num(s.signedUpAt),
    })),
    claims: own.claims.map((c: Row) => ({ postId: str(c.postId), status: str(c.status) })),
    wishes: own.wishes.map((w: Row) => ({ title: str(w.title), status: str(w.status), createdAt: num(w.createdAt) })),
  };
}

export async function myDataOf(user: User): Promise<MyData> {
  const own = await ownDocuments(user._id);
  const home = own.households[0];
  const visits = home ? await visitsOfHouseholds([home._id]) : [];
  return {
    profile: {
      nickname: user.nickname,
      ...(user.avatar ? { avatar: user.avatar } : {}),
      ...(user.realName ? { realName: user.realName } : {}),
      ...(user.phone ? { phone: user.phone } : {}),
      createdAt: user.createdAt,
    },
    ...(user.address ? { address: user.address } : {}),
    addressHistory: user.addressHistory,
    roles: user.roles.map((g) => ({ role: g.role, orgId: g.orgId })),
    subscriptions: user.subscriptions ?? {},
    tickets: ticketsOf(own),
    supported: own.supported
      .filter((t) => t.reporterId !== user._id)
      .map((t) => ({ no: t.no, categoryName: t.categoryName })),
    ...(home
      ? {
          household: {
            room: home.room,
            visits: visits.map((v) => ({
              dueAt: v.dueAt,
              status: v.status,
              ...(v.completedAt !== undefined ? { completedAt: v.completedAt } : {}),
            })),
          },
        }
      : {}),
    party: partyOf(own),
  };
}
