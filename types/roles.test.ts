import { canConfigure, canEditOrg, canGrant, type RoleGrant } from './roles';
import { formatInviteCode, invitationStatus, isInviteCodeShape, normalizeInviteCode } from './invitation';

const g = (role: RoleGrant['role'], ...orgPath: string[]): RoleGrant => ({
  role,
  orgId: orgPath[orgPath.length - 1],
  orgPath,
  grantedAt: 0,
  grantedBy: 'x',
});
const STREET = { type: 'street' as const, path: ['s'] };
const COMM = { type: 'community' as const, path: ['s', 'c'] };
const GRID = { type: 'grid' as const, path: ['s', 'c', 'g'] };
const OTHER_GRID = { type: 'grid' as const, path: ['s', 'c2', 'g2'] };

describe('canGrant: nobody grants above or outside their own scope', () => {
  it('an admin grants anything inside the street, nothing in another street', () => {
    const admin = [g('admin', 's')];
    expect(canGrant(admin, 'admin', STREET)).toBe(true);
    expect(canGrant(admin, 'gridWorker', GRID)).toBe(true);
    expect(canGrant(admin, 'gridWorker', { type: 'grid', path: ['s2', 'c', 'g'] })).toBe(false);
  });

  it('street staff grant the roles below the street, not street staff or admins', () => {
    const st = [g('streetStaff', 's')];
    expect(canGrant(st, 'communityStaff', COMM)).toBe(true);
    expect(canGrant(st, 'supervisor', COMM)).toBe(true);
    expect(canGrant(st, 'supervisor', STREET)).toBe(false);
    expect(canGrant(st, 'streetStaff', STREET)).toBe(false);
    expect(canGrant(st, 'admin', STREET)).toBe(false);
  });

  it('community staff grant grid workers in their grids and party members in their community only', () => {
    const cs = [g('communityStaff', 's', 'c')];
    expect(canGrant(cs, 'gridWorker', GRID)).toBe(true);
    expect(canGrant(cs, 'gridWorker', OTHER_GRID)).toBe(false);
    expect(canGrant(cs, 'partyMember', COMM)).toBe(true);
    expect(canGrant(cs, 'communityStaff', COMM)).toBe(false);
    expect(canGrant(cs, 'supervisor', COMM)).toBe(false);
  });

  it('grid workers, supervisors and party members grant nothing', () => {
    for (const held of [g('gridWorker', 's', 'c', 'g'), g('supervisor', 's'), g('partyMember', 's', 'c')]) {
      expect(canGrant([held], 'gridWorker', GRID)).toBe(false);
      expect(canGrant([held], 'partyMember', COMM)).toBe(false);
    }
  });

  it('a role is never granted at a node type it cannot live at', () => {
    const admin = [g('admin', 's')];
    expect(canGrant(admin, 'gridWorker', COMM)).toBe(false);
    expect(canGrant(admin, 'communityStaff', GRID)).toBe(false);
    expect(canGrant(admin, 'gridWorker', { type: 'building', path: ['s', 'c', 'p', 'b'] })).toBe(false);
  });

  it('org edits are for admins and street staff in scope; configuration for admins', () => {
    expect(canEditOrg([g('streetStaff', 's')], COMM.path)).toBe(true);
    expect(canEditOrg([g('communityStaff', 's', 'c')], COMM.path)).toBe(false);
    expect(canConfigure([g('streetStaff', 's')])).toBe(false);
    expect(canConfigure([g('admin', 's')])).toBe(true);
  });
});

describe('invitation codes', () => {
  it('accept what people type: lower case, spaces and the dash of the printed form', () => {
    expect(normalizeInviteCode(' fhwg-3k7p ')).toBe('FHWG3K7P');
    expect(isInviteCodeShape('FHWG3K7P')).toBe(true);
    expect(isInviteCodeShape('FHWG3K7O')).toBe(false); // O is not in the alphabet (looks like 0)
    expect(formatInviteCode('FHWG3K7P')).toBe('FHWG-3K7P');
  });

  it('are used, voided or expired, in that order of precedence', () => {
    const base = { _id: 'X', role: 'gridWorker' as const, orgId: 'g', orgPath: [], orgType: 'grid' as const };
    const inv = { ...base, orgName: '', createdBy: 'a', createdAt: 0, expiresAt: 10 };
    expect(invitationStatus(inv, 5)).toBe('open');
    expect(invitationStatus(inv, 10)).toBe('expired');
    expect(invitationStatus({ ...inv, revokedAt: 3 }, 20)).toBe('revoked');
    expect(invitationStatus({ ...inv, redeemedAt: 3, revokedAt: 4 }, 20)).toBe('redeemed');
  });
});
