/** The street office's id, for residents with no bound home (they hear street-wide notices only). */
import { DomainError } from '@lx/types';
import type { Caller } from '../shared/caller';
import { streetNode } from '../shared/repo/org';

// the street of a deployment never changes: one read per warm instance
let cached: string | null = null;

export async function streetOf(caller: Caller): Promise<string> {
  if (caller.user.address) return caller.user.address.streetId;
  const fromGrant = caller.grants[0]?.orgPath[0];
  if (fromGrant) return fromGrant;
  if (!cached) {
    const s = await streetNode();
    if (!s) throw new DomainError('ORG.NOT_FOUND');
    cached = s._id;
  }
  return cached;
}
