import { ERROR_CODES } from '@lx/types';
import { canRetry, errorKind, NETWORK_CODE } from './errors';

describe('what a failure is, and whether 重试 can help', () => {
  it('no answer and a server fault are worth asking again', () => {
    expect(errorKind(NETWORK_CODE)).toBe('network');
    expect(errorKind('COMMON.INTERNAL')).toBe('server');
    expect(errorKind('CONTENT.CHECK_UNAVAILABLE')).toBe('server');
    for (const code of [NETWORK_CODE, 'COMMON.INTERNAL', 'COMMON.RATE_LIMITED', 'COMMON.CONFLICT']) {
      expect(canRetry(code)).toBe(true);
    }
  });

  it('a permission refusal is never retried: every AUTH code, and the domain’s “not yours”', () => {
    const auth = ERROR_CODES.filter((c) => c.startsWith('AUTH.'));
    expect(auth).toEqual(expect.arrayContaining(['AUTH.FORBIDDEN', 'AUTH.OUT_OF_SCOPE']));
    for (const code of [...auth, 'ROLE.NOT_GRANTABLE', 'VISIT.NOT_ASSIGNED', 'PARTY.WISH_NOT_YOURS']) {
      expect([code, errorKind(code)]).toEqual([code, 'refused']);
      expect(canRetry(code)).toBe(false);
    }
  });

  it('a record that is not there is not found however often it is asked for', () => {
    const missing = ERROR_CODES.filter((c) => c.endsWith('NOT_FOUND'));
    expect(missing).toEqual(expect.arrayContaining(['TICKET.NOT_FOUND', 'NOTICE.NOT_FOUND', 'ORG.NOT_FOUND']));
    for (const code of missing) {
      expect([code, errorKind(code)]).toEqual([code, 'notFound']);
      expect(canRetry(code)).toBe(false);
    }
  });

  it('a wrong entry or a state that forbids the step is not retried', () => {
    for (const code of ['COMMON.VALIDATION', 'COMMON.BAD_REQUEST', 'TICKET.ILLEGAL_TRANSITION', 'INVITE.USED']) {
      expect([code, errorKind(code)]).toEqual([code, 'invalid']);
      expect(canRetry(code)).toBe(false);
    }
  });

  it('of all the server’s codes, only the server fault, the busy and the stale ones offer 重试', () => {
    expect(ERROR_CODES.filter(canRetry).sort()).toEqual(
      ['COMMON.CONFLICT', 'COMMON.INTERNAL', 'COMMON.RATE_LIMITED', 'CONTENT.CHECK_UNAVAILABLE'].sort(),
    );
  });
});
