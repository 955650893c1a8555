/**
 * The residents a notice is for, found by their home's place on the user document (`address.*`,
 * indexed): counted when it is published (notices), listed door to door (notices), walked by the
 * pusher.
 */
import { COLLECTIONS, type User } from '@lx/types';
import { db } from '../cloud';
import { BY_ID, nextAfter, readAll } from './paging';

/** Users whose home answers to one of `targets`. */
export function scopeCondition(targets: readonly string[]): object {
  const _ = db().command;
  const t = [...targets];
  return _.or([
    { 'address.streetId': _.in(t) },
    { 'address.communityId': _.in(t) },
    { 'address.gridId': _.in(t) },
    { 'address.buildingId': _.in(t) },
  ]);
}

export interface AudienceCount {
  communityId: string;
  gridId: string | null;
  n: number;
}

/** Residents in scope per (community, grid): one aggregation instead of a count per grid. */
export async function audienceCounts(targets: readonly string[]): Promise<AudienceCount[]> {
  const _ = db().command as unknown as { aggregate: { sum(x: unknown): object } };
  const agg = (
    db().collection(COLLECTIONS.users) as unknown as {
      aggregate(): {
        match(c: object): { group(g: object): { limit(n: number): { end(): Promise<{ list: unknown[] }> } } };
      };
    }
  ).aggregate();
  const res = await agg
    .match(scopeCondition(targets))
    .group({ _id: { c: '$address.communityId', g: '$address.gridId' }, n: _.aggregate.sum(1) })
    .limit(1000)
    .end();
  return (res.list as { _id: { c: string; g?: string | null }; n: number }[]).map((r) => ({
    communityId: r._id.c,
    gridId: r._id.g ?? null,
    n: r.n,
  }));
}

/**
 * Households whose home answers to `targets`: distinct (building, room) of the residents in scope, a
 * home bound without a room as '' (the door-to-door list's householdKey). Counted by the database.
 */
export async function householdCount(targets: readonly string[]): Promise<number> {
  const $ = db().command as unknown as { aggregate: { ifNull(x: unknown[]): object } };
  const agg = (
    db().collection(COLLECTIONS.users) as unknown as {
      aggregate(): {
        match(c: object): { group(g: object): { count(f: string): { end(): Promise<{ list: unknown[] }> } } };
      };
    }
  ).aggregate();
  const res = await agg
    .match(scopeCondition(targets))
    .group({ _id: { b: '$address.buildingId', r: $.aggregate.ifNull(['$address.room', '']) } })
    .count('n')
    .end();
  return (res.list[0] as { n: number } | undefined)?.n ?? 0;
}

/** Residents whose home is in the grid (door-to-door list). */
export const residentsOfGrid = (gridId: string) =>
  readAll<User>(
    COLLECTIONS.users,
    { 'address.gridId': gridId },
    { batch: 1000, fields: { _id: true, nickname: true, realName: true, address: true } },
  );

/** The next residents in scope after `afterId`, in _id order (the pusher's walk). */
export async function residentsAfter(targets: readonly string[], afterId: string | undefined, limit: number) {
  const after = afterId ? { value: 0, id: afterId } : null;
  const rows = await nextAfter<User>(COLLECTIONS.users, scopeCondition(targets), BY_ID, after, limit, { _id: true });
  return rows.map((u) => u._id);
}
