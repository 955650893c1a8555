import {
  DomainError,
  invitationStatus,
  type Invitation,
  type InvitationView,
  type Payload,
  type ResultOf,
} from '@lx/types';
import type { ActionContext } from '../../shared/context';
import type { ScopedContext } from '../../shared/dispatcher';
import { tempUrls } from '../../shared/files';
import { invitationsBy, revokeInvitation as revoke } from '../../shared/repo/invitations';
import { findUser } from '../../shared/repo/users';

export async function viewOf(list: Invitation[], now: number): Promise<InvitationView[]> {
  const urls = await tempUrls(list.map((i) => i.qrFileId ?? '').filter(Boolean));
  const names = new Map<string, string>();
  for (const id of new Set(list.map((i) => i.redeemedBy).filter((x): x is string => !!x))) {
    const u = await findUser(id);
    if (u) names.set(id, u.realName ?? u.nickname);
  }
  return list.map((i) => ({
    code: i._id,
    role: i.role,
    orgId: i.orgId,
    orgName: i.orgName,
    status: invitationStatus(i, now),
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
    ...(i.qrFileId && urls[i.qrFileId] ? { qrUrl: urls[i.qrFileId] } : {}),
    ...(i.redeemedBy ? { redeemedByName: names.get(i.redeemedBy) ?? '' } : {}),
    ...(i.redeemedAt ? { redeemedAt: i.redeemedAt } : {}),
  }));
}

/** The invitations the caller created, newest first. */
export async function invitations(_: unknown, ctx: ActionContext): Promise<ResultOf<'admin', 'invitations'>> {
  return viewOf(await invitationsBy(ctx.openid), ctx.now);
}

/** Voids an unused invitation: whoever could have created it may void it. */
export async function revokeInvitation(
  p: Payload<'admin', 'revokeInvitation'>,
  ctx: ScopedContext<'admin', 'revokeInvitation'>,
): Promise<ResultOf<'admin', 'revokeInvitation'>> {
  const inv = ctx.target;
  const status = invitationStatus(inv, ctx.now);
  if (status === 'redeemed') throw new DomainError('INVITE.USED');
  if (status === 'revoked') throw new DomainError('INVITE.REVOKED');
  await revoke(inv._id, ctx.openid, ctx.now);
  return (await viewOf([{ ...inv, revokedBy: ctx.openid, revokedAt: ctx.now }], ctx.now))[0];
}
