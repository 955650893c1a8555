import type { OrgNode } from './org';
import { heldGrants, holdsRefusal, scopeDecision, subjectOf } from './permissions';
import type { RoleGrant } from './roles';

const grant = (role: RoleGrant['role'], orgPath: string[]): RoleGrant => ({
  role,
  orgId: orgPath[orgPath.length - 1],
  orgPath,
  grantedAt: 0,
  grantedBy: 'admin',
});
const node = (type: OrgNode['type'], path: string[]) =>
  subjectOf('org', { _id: path[path.length - 1], type, path } as OrgNode);

const community = grant('communityStaff', ['street', 'comm-a']);
const street = grant('streetStaff', ['street']);

describe('scope rules', () => {
  it('covers: a grant covers its node’s subtree, not its parent nor a neighbour', () => {
    expect(scopeDecision('covers', [community], node('grid', ['street', 'comm-a', 'grid-1']))).toEqual([community]);
    expect(scopeDecision('covers', [community], node('street', ['street']))).toBe('AUTH.OUT_OF_SCOPE');
    expect(scopeDecision('covers', [community], node('community', ['street', 'comm-b']))).toBe('AUTH.OUT_OF_SCOPE');
  });

  it('along: browsing down to one’s own part passes the nodes above it, never a neighbour', () => {
    expect(scopeDecision('along', [community], node('street', ['street']))).toEqual([community]);
    expect(scopeDecision('along', [community], node('community', ['street', 'comm-a']))).toEqual([community]);
    expect(scopeDecision('along', [community], node('community', ['street', 'comm-b']))).toBe('AUTH.OUT_OF_SCOPE');
  });

  it('reaches: a notice is seen by staff of the parts it reaches as well as its composers’', () => {
    const notice = subjectOf('notice', {
      _id: 'n1',
      orgPath: ['street', 'comm-b'],
      streetId: 'street',
      reachCommunities: ['comm-b'],
      reachGrids: ['grid-b1'],
    } as never);
    const gridWorker = grant('gridWorker', ['street', 'comm-b', 'grid-b1']);
    expect(scopeDecision('reaches', [gridWorker], notice)).toEqual([gridWorker]);
    expect(scopeDecision('reaches', [community], notice)).toBe('AUTH.OUT_OF_SCOPE');
  });

  it('grant: out of scope when no granting grant covers the node, not grantable when one does', () => {
    const comm = node('community', ['street', 'comm-a']);
    expect(scopeDecision('grant', [street], comm, 'communityStaff')).toEqual([street]);
    expect(scopeDecision('grant', [community], comm, 'communityStaff')).toBe('ROLE.NOT_GRANTABLE');
    expect(scopeDecision('grant', [community], node('community', ['street', 'comm-b']), 'partyMember')).toBe(
      'AUTH.OUT_OF_SCOPE',
    );
  });

  it('holds: the node asked for must be one the grants sit at (a queue of one’s own nodes)', () => {
    expect(holdsRefusal([community], 'comm-a')).toBeNull();
    expect(holdsRefusal([community], undefined)).toBeNull();
    expect(holdsRefusal([community], 'grid-1')).toBe('AUTH.OUT_OF_SCOPE');
  });

  it('a role picked by the payload narrows the held grants to it', () => {
    const both = [community, grant('gridWorker', ['street', 'comm-a', 'grid-1'])];
    expect(heldGrants(both, ['gridWorker', 'communityStaff']).length).toBe(2);
    expect(heldGrants(both, ['gridWorker', 'communityStaff'], 'gridWorker').map((g) => g.role)).toEqual(['gridWorker']);
    expect(heldGrants(both, ['gridWorker', 'communityStaff'], 'streetStaff')).toEqual([]);
  });
});
