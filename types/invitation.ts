/**
 * Invitations: the only way to become staff. A one-time code for one role at one org node, with an
 * expiry; redeeming it adds the grant. The code is the document id, so it is unique by construction
 * and a redeem reads one document.
 */
import type { GrantTarget, Role } from './roles';

/** No 0/O, 1/I/L: the code is read aloud and typed by hand. 31^8 ≈ 8.5e11 codes. */
export const INVITE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const INVITE_CODE_LENGTH = 8;
export const INVITE_DEFAULT_DAYS = 7;
export const INVITE_MAX_DAYS = 30;

/** Upper-cases and drops spaces and dashes, so "abcd-efgh" as typed matches "ABCDEFGH". */
export const normalizeInviteCode = (raw: string): string => raw.toUpperCase().replace(/[\s-]/g, '');
export const isInviteCodeShape = (code: string): boolean =>
  code.length === INVITE_CODE_LENGTH && [...code].every((c) => INVITE_ALPHABET.includes(c));
/** "ABCD-EFGH" for display. */
export const formatInviteCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

export type Invitation = {
  _id: string;
  role: Exclude<Role, 'resident'>;
  orgId: string;
  orgPath: string[];
  orgType: GrantTarget['type'];
  orgName: string;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  /** a cloud file with the mini-program code (wxacode.getUnlimited); absent if it could not be made */
  qrFileId?: string;
  redeemedBy?: string;
  redeemedAt?: number;
  revokedBy?: string;
  revokedAt?: number;
};

export type InvitationStatus = 'open' | 'redeemed' | 'revoked' | 'expired';
export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  open: '待使用',
  redeemed: '已使用',
  revoked: '已作废',
  expired: '已过期',
};

export function invitationStatus(inv: Invitation, now: number): InvitationStatus {
  if (inv.redeemedAt) return 'redeemed';
  if (inv.revokedAt) return 'revoked';
  if (now >= inv.expiresAt) return 'expired';
  return 'open';
}

/** An append-only record of every grant and revocation (who, what, where, when, how). */
export interface RoleEvent {
  _id?: string;
  userId: string;
  action: 'grant' | 'revoke';
  role: Exclude<Role, 'resident'>;
  orgId: string;
  by: string;
  at: number;
  /** the invitation a grant came from */
  invitation?: string;
  reason?: string;
}
