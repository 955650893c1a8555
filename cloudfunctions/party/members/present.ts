/** How the members half shows its documents, and the checks its handlers share. */
import {
  DomainError,
  isReportOverdue,
  type OrgNode,
  type Registration,
  type RegistrationView,
  registrationId,
} from '@lx/types';
import { getRegistration } from '../../shared/repo/party-members';

export const viewOf = (r: Registration, now: number): RegistrationView => ({ ...r, overdue: isReportOverdue(r, now) });

/** The registration of `userId` at the community, or PARTY.REGISTRATION_NOT_FOUND. */
export async function registrationOf(communityId: string, userId: string): Promise<Registration> {
  const r = await getRegistration(registrationId(communityId, userId));
  if (!r) throw new DomainError('PARTY.REGISTRATION_NOT_FOUND');
  return r;
}

/** The dispatcher read the org node the payload names; only a community takes 报到 and posts. */
export function communityOf(node: OrgNode | undefined | null): OrgNode {
  if (!node) throw new DomainError('ORG.NOT_FOUND');
  if (node.type !== 'community') throw new DomainError('PARTY.NOT_COMMUNITY');
  return node;
}
