/** Invitations (the code is the document id) and the redeem transaction. */
import { COLLECTIONS, DomainError, invitationStatus, type Invitation, type RoleGrant, type User } from '@lx/types';
import { db } from '../cloud';
import { NO_WRITE, type TxWrite } from './tx';

const invitations = () => db().collection(COLLECTIONS.invitations);

export async function getInvitation(code: string): Promise<Invitation | null> {
  const res = await invitations().where({ _id: code }).limit(1).get();
  return (res.data[0] as Invitation | undefined) ?? null;
}

/**
 * Adds a new invitation, with the writes that commit with it (ctx.record: the invite request's first
 * answer); false when the code is already taken (the caller draws another).
 */
export async function addInvitation(inv: Invitation, also: TxWrite = NO_WRITE): Promise<boolean> {
  try {
    await db().runTransaction(async (tx) => {
      await tx.collection(COLLECTIONS.invitations).add({ data: { ...inv } });
      await also(tx);
    });
    return true;
  } catch (e) {
    if (/DUPLICATE|E11000|exist/i.test(String((e as { message?: unknown })?.message ?? ''))) return false;
    throw e;
  }
}

export async function setInvitationQr(code: string, qrFileId: string): Promise<void> {
  await invitations().doc(code).update({ data: { qrFileId } });
}

export async function invitationsBy(createdBy: string, limit = 50): Promise<Invitation[]> {
  const res = await invitations().where({ createdBy }).orderBy('createdAt', 'desc').limit(limit).get();
  return res.data as Invitation[];
}

export async function revokeInvitation(code: string, by: string, now: number): Promise<void> {
  await invitations()
    .doc(code)
    .update({ data: { revokedBy: by, revokedAt: now } });
}

/**
 * Redeem: in one transaction the invitation is marked used and the grant added to the user, with
 * its role event. Status is checked again inside, so two redeems of one code at once cannot both win
 * (the second sees it used, or conflicts and retries and then sees it used).
 */
export async function redeemInvitation(
  code: string,
  userId: string,
  now: number,
): Promise<{ inv: Invitation; user: User }> {
  return db().runTransaction(async (tx) => {
    const inv = (await tx.collection(COLLECTIONS.invitations).doc(code).get()).data as Invitation;
    const status = invitationStatus(inv, now);
    if (status === 'redeemed') throw new DomainError('INVITE.USED');
    if (status === 'revoked') throw new DomainError('INVITE.REVOKED');
    if (status === 'expired') throw new DomainError('INVITE.EXPIRED');
    const user = (await tx.collection(COLLECTIONS.users).doc(userId).get()).data as User;
    if (user.roles.some((g) => g.role === inv.role && g.orgId === inv.orgId))
      throw new DomainError('ROLE.ALREADY_HELD');
    const grant: RoleGrant = {
      role: inv.role,
      orgId: inv.orgId,
      orgPath: inv.orgPath,
      grantedAt: now,
      grantedBy: inv.createdBy,
    };
    const roles = [...user.roles, grant];
    await tx
      .collection(COLLECTIONS.invitations)
      .doc(code)
      .update({ data: { redeemedBy: userId, redeemedAt: now } });
    await tx
      .collection(COLLECTIONS.users)
      .doc(userId)
      .update({ data: { roles, updatedAt: now } });
    await tx.collection(COLLECTIONS.roleEvents).add({
      data: { userId, action: 'grant', role: inv.role, orgId: inv.orgId, by: inv.createdBy, at: now, invitation: code },
    });
    return { inv: { ...inv, redeemedBy: userId, redeemedAt: now }, user: { ...user, roles, updatedAt: now } };
  });
}
