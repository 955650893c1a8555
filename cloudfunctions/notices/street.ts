/** The street office's id, for residents with no bound home (they hear street-wide notices only). */
import { DomainError } from '@lx/types';
import type { Caller } from '../shared/caller';
import { ttlCache } from '../shared/cache';
import { streetNode } from '../shared/repo/org';

// the street of a deployment never changes: one read per warm instance
const street = ttlCache<string>(Infinity);

export async function streetOf(caller: Caller, now: number): Promise<string> {
  if (caller.user.address) return caller.user.address.streetId;
  const fromGrant = caller.grants[0]?.orgPath[0];
  if (fromGrant) return fromGrant;
  return street.get(now, async () => {
    const s = await streetNode();
    if (!s) throw new DomainError('ORG.NOT_FOUND');
    return s._id;
  });
}
