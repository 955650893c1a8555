import { randomInt } from 'node:crypto';
import {
  DAY,
  DomainError,
  INVITE_ALPHABET,
  INVITE_CODE_LENGTH,
  INVITE_DEFAULT_DAYS,
  type Invitation,
  type Payload,
  type ResultOf,
} from '@lx/types';
import { getCloud, openapi } from '../../shared/cloud';
import type { ScopedContext } from '../../shared/dispatcher';
import { logError } from '../../shared/log';
import { addInvitation, setInvitationQr } from '../../shared/repo/invitations';
import { viewOf } from './invitations';

/** The mini-program page a scanned code opens; the code arrives as `scene`. */
export const REDEEM_PAGE = 'packages/account/pages/redeem/index';

/** A code from a CSPRNG: unguessable, and short enough to read out over the phone. */
export const drawCode = (): string =>
  Array.from({ length: INVITE_CODE_LENGTH }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join('');

/** Creates a one-time invitation for a role at a node, with its mini-program code. */
export async function invite(
  p: Payload<'admin', 'invite'>,
  ctx: ScopedContext<'admin', 'invite'>,
): Promise<ResultOf<'admin', 'invite'>> {
  const node = ctx.target;

  let inv: Invitation | undefined;
  for (let attempt = 0; attempt < 5 && !inv; attempt++) {
    const candidate: Invitation = {
      _id: drawCode(),
      role: p.role,
      orgId: node._id,
      orgPath: node.path,
      orgType: node.type,
      orgName: node.fullName ?? node.name,
      createdBy: ctx.openid,
      createdAt: ctx.now,
      expiresAt: ctx.now + (p.days ?? INVITE_DEFAULT_DAYS) * DAY,
    };
    // ctx.record: a retried invite answers this code (its picture is added to the answer later)
    const view = (await viewOf([candidate], ctx.now))[0];
    if (await addInvitation(candidate, ctx.record(view))) inv = candidate;
  }
  if (!inv) throw new DomainError('COMMON.CONFLICT');

  // the code works without its picture: a failed wxacode call is logged, not fatal
  try {
    const res = await openapi().wxacode.getUnlimited({
      scene: inv._id,
      page: REDEEM_PAGE,
      checkPath: false,
      width: 430,
    });
    const up = (await getCloud().uploadFile({
      cloudPath: `invitations/${inv._id}.png`,
      fileContent: Buffer.from(res.buffer),
    })) as { fileID: string };
    await setInvitationQr(inv._id, up.fileID);
    inv.qrFileId = up.fileID;
  } catch (e) {
    logError(ctx.requestId, 'admin.invite.qr', e, { role: p.role, orgId: p.orgId });
  }
  return (await viewOf([inv], ctx.now))[0];
}
