/**
 * 报到: a resident reports to a community, its staff approve (the `partyMember` grant at the community
 * comes with it, in the same transaction) or reject with a reason; the member re-reports every six
 * months; 撤销 by the member or the community keeps the history and takes the grant away.
 */
import {
  cstDate,
  DomainError,
  MEMBERSHIP_TYPE_LABELS,
  newRegistration,
  type Payload,
  type Registration,
  type RegistrationDetails,
  registrationId,
  type ResultOf,
} from '@lx/types';
import type { ScopedContext } from '../../shared/dispatcher';
import { notify } from '../../shared/notify';
import { getNode } from '../../shared/repo/org';
import {
  approveRegistration,
  registrationsOfUser,
  registrationsPage,
  rejectRegistration,
  rereportRegistration,
  submitRegistration,
  withdrawRegistration,
} from '../../shared/repo/party-members';
import { usersWithGrant } from '../../shared/repo/users';
import { communityOf, registrationOf, viewOf } from './present';

type Ctx<A extends 'register' | 'registrations' | 'review' | 'rereport' | 'withdraw' | 'dismiss'> = ScopedContext<
  'party',
  A
>;

/** The pages the messages open (the party subpackage). */
export const MEMBER_PAGE = 'packages/party/pages/register/index';
export const REVIEW_PAGE = 'packages/party/pages/review/index';

const detailsOf = (p: RegistrationDetails): RegistrationDetails => ({
  name: p.name,
  phone: p.phone,
  workUnit: p.workUnit,
  partyOrg: p.partyOrg,
  type: p.type,
});

export async function register(
  p: Payload<'party', 'register'>,
  ctx: Ctx<'register'>,
): Promise<ResultOf<'party', 'register'>> {
  const caller = await ctx.caller();
  const community = communityOf(await getNode(p.communityId));
  const details = detailsOf(p);
  const submit = { kind: 'submit' as const, by: caller.openid, at: ctx.now, details };
  const reg = await submitRegistration(
    (prev): Registration =>
      prev
        ? {
            ...prev,
            ...details,
            status: 'pending',
            submittedAt: ctx.now,
            history: [...prev.history, submit],
            updatedAt: ctx.now,
          }
        : newRegistration(community, caller.openid, details, ctx.now),
    // the first answer for this requestId is the registration as submitted now
    ctx.record({ id: registrationId(community._id, caller.openid), status: 'pending' }),
  );
  for (const u of await usersWithGrant(community._id, ['communityStaff'])) {
    await notify({
      touser: u._id,
      template: 'partyTask',
      values: [`${reg.name}申请党员报到`, '待审核', cstDate(ctx.now), MEMBERSHIP_TYPE_LABELS[reg.type]],
      page: REVIEW_PAGE,
    });
  }
  return { id: reg._id, status: reg.status };
}

export async function myRegistrations(
  _: Payload<'party', 'myRegistrations'>,
  ctx: ScopedContext<'party', 'myRegistrations'>,
): Promise<ResultOf<'party', 'myRegistrations'>> {
  const caller = await ctx.caller();
  const all = await registrationsOfUser(caller.openid);
  return all.sort((a, b) => b.submittedAt - a.submittedAt).map((r) => viewOf(r, ctx.now));
}

export async function registrations(
  p: Payload<'party', 'registrations'>,
  ctx: Ctx<'registrations'>,
): Promise<ResultOf<'party', 'registrations'>> {
  const community = communityOf(ctx.target);
  const page = await registrationsPage(community._id, p.status, ctx.now, p.cursor, 20);
  return { ...page, items: page.items.map((r) => viewOf(r, ctx.now)) };
}

export async function review(p: Payload<'party', 'review'>, ctx: Ctx<'review'>): Promise<ResultOf<'party', 'review'>> {
  const community = communityOf(ctx.target);
  const id = (await registrationOf(community._id, p.userId))._id;
  const reg =
    p.decision === 'approve'
      ? await approveRegistration(id, ctx.openid, ctx.now)
      : await rejectRegistration(id, ctx.openid, p.reason, ctx.now);
  await notify({
    touser: reg.userId,
    template: 'partyTask',
    values: [
      `${reg.communityName}党员报到`,
      p.decision === 'approve' ? '已通过' : '未通过',
      cstDate(reg.dueAt ?? ctx.now),
      p.decision === 'approve' ? '请每半年向社区再次报到' : p.reason,
    ],
    page: MEMBER_PAGE,
  });
  return viewOf(reg, ctx.now);
}

export async function rereport(
  p: Payload<'party', 'rereport'>,
  ctx: Ctx<'rereport'>,
): Promise<ResultOf<'party', 'rereport'>> {
  const reg = await registrationOf(p.communityId, ctx.openid);
  return viewOf(await rereportRegistration(reg._id, detailsOf(p), ctx.now), ctx.now);
}

export async function withdraw(
  p: Payload<'party', 'withdraw'>,
  ctx: Ctx<'withdraw'>,
): Promise<ResultOf<'party', 'withdraw'>> {
  const reg = await registrationOf(p.communityId, ctx.openid);
  return viewOf(await withdrawRegistration(reg._id, ctx.openid, p.reason, ctx.now), ctx.now);
}

export async function dismiss(
  p: Payload<'party', 'dismiss'>,
  ctx: Ctx<'dismiss'>,
): Promise<ResultOf<'party', 'dismiss'>> {
  const community = communityOf(ctx.target);
  const reg = await registrationOf(community._id, p.userId);
  if (reg.status !== 'approved') throw new DomainError('PARTY.NOT_APPROVED');
  const done = await withdrawRegistration(reg._id, ctx.openid, p.reason, ctx.now);
  await notify({
    touser: done.userId,
    template: 'partyTask',
    values: [`${done.communityName}党员报到`, '已撤销', cstDate(ctx.now), p.reason],
    page: MEMBER_PAGE,
  });
  return viewOf(done, ctx.now);
}
