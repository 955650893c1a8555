/**
 * Error codes the emulator answers with. The strings are the service's own (docs.cloudbase.net
 * error-code pages); the SDK compares some of them (runTransaction retries on
 * DATABASE_TRANSACTION_CONFLICT, @cloudbase/database const/code.ts) and wx-server-sdk maps known
 * ones to numeric errCodes (DATABASE_REQUEST_FAILED → -502001, unknown ones → SYS_ERR -501001).
 */
export const DB_ERRORS = {
  REQUEST_FAILED: 'DATABASE_REQUEST_FAILED',
  INVALID_OPERATOR: 'DATABASE_INVALID_OPERRATOR', // sic: the service and the SDK spell it this way
  DUPLICATE_WRITE: 'DATABASE_DUPLICATE_WRITE',
  TRANSACTION_CONFLICT: 'DATABASE_TRANSACTION_CONFLICT',
  TRANSACTION_FAIL: 'DATABASE_TRANSACTION_FAIL',
  COLLECTION_NOT_EXIST: 'DATABASE_COLLECTION_NOT_EXIST',
  COLLECTION_ALREADY_EXIST: 'DATABASE_COLLECTION_ALREADY_EXIST',
  INVALID_PARAM: 'INVALID_PARAM',
  INVALID_ACTION: 'INVALID_ACTION',
} as const;

export type DbErrorCode = (typeof DB_ERRORS)[keyof typeof DB_ERRORS];

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DbError';
  }
}

/** The SQLite constraint errors that mean "a document with this key already exists". */
export function isDuplicateKeyError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
